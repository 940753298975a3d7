//! Encodings (CPython: `Python/codecs.c`, the `encodings` package's name
//! lookup in `Lib/encodings/__init__.py` and `aliases.py`, and the UTF-8,
//! ASCII and Latin-1 codecs of `Objects/unicodeobject.c`), with the error
//! handlers `strict`, `ignore`, `replace`, `xmlcharrefreplace` and
//! `backslashreplace`.
//!
//! The codecs work on code points and bytes and report failures as
//! [`CodecError`]; [`Vm::codec_error`] turns one into the exception CPython
//! raises, with the `(encoding, object, start, end, reason)` arguments of
//! `UnicodeEncodeError` and `UnicodeDecodeError`.

use super::object::Value;
use super::typeobject::PyType;
use super::unicodeobject;
use crate::vm::{PyErr, PyResult, Vm};

/// The codecs glasspy has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

/// Names the `encodings` package maps to these codecs' modules (from 2.7's
/// `Lib/encodings/aliases.py`).
const ALIASES: &[(&str, &str)] = &[
    ("646", "ascii"),
    ("ansi_x3.4_1968", "ascii"),
    ("ansi_x3_4_1968", "ascii"),
    ("ansi_x3.4_1986", "ascii"),
    ("cp367", "ascii"),
    ("csascii", "ascii"),
    ("ibm367", "ascii"),
    ("iso646_us", "ascii"),
    ("iso_646.irv_1991", "ascii"),
    ("iso_ir_6", "ascii"),
    ("us", "ascii"),
    ("us_ascii", "ascii"),
    ("8859", "latin_1"),
    ("cp819", "latin_1"),
    ("csisolatin1", "latin_1"),
    ("ibm819", "latin_1"),
    ("iso8859", "latin_1"),
    ("iso8859_1", "latin_1"),
    ("iso_8859_1", "latin_1"),
    ("iso_8859_1_1987", "latin_1"),
    ("iso_ir_100", "latin_1"),
    ("l1", "latin_1"),
    ("latin", "latin_1"),
    ("latin1", "latin_1"),
    ("u8", "utf_8"),
    ("utf", "utf_8"),
    ("utf8", "utf_8"),
    ("utf8_ucs2", "utf_8"),
    ("utf8_ucs4", "utf_8"),
];

fn module(name: &str) -> Option<Codec> {
    match name {
        "utf_8" => Some(Codec::Utf8),
        "ascii" => Some(Codec::Ascii),
        "latin_1" => Some(Codec::Latin1),
        _ => None,
    }
}

/// The codec an encoding name selects, found as `codecs.lookup` finds it:
/// the name in lower case (`normalizestring`), every run of characters
/// other than letters, digits and `.` made one `_` and stripped from the
/// ends (`normalize_encoding`), then an alias or a module of that name.
pub fn lookup(name: &[u8]) -> Option<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut separated = false;
    for &b in name {
        let b = b.to_ascii_lowercase();
        if b.is_ascii_alphanumeric() || b == b'.' {
            if separated && !norm.is_empty() {
                norm.push('_');
            }
            separated = false;
            norm.push(char::from(b));
        } else {
            separated = true;
        }
    }
    let alias = |n: &str| ALIASES.iter().find(|(a, _)| *a == n).map(|(_, m)| *m);
    let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    let found = aliased
        .into_iter()
        .chain([norm.as_str()])
        .filter(|m| !m.is_empty() && !m.contains('.'))
        .find_map(module);
    found
}

/// What a codec does about characters or bytes it cannot handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    XmlCharRefReplace,
    BackslashReplace,
}

/// `PyCodec_LookupError`: the handler registered under `errors`.
fn handler(errors: &[u8]) -> Result<Handler, CodecError> {
    match errors {
        b"strict" => Ok(Handler::Strict),
        b"ignore" => Ok(Handler::Ignore),
        b"replace" => Ok(Handler::Replace),
        b"xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        b"backslashreplace" => Ok(Handler::BackslashReplace),
        _ => Err(CodecError::UnknownHandler(errors.to_vec())),
    }
}

/// The handler, looked up at the first error as CPython does (an unknown
/// name is only an error when there is something to handle).
fn handler_once(cache: &mut Option<Handler>, errors: &[u8]) -> Result<Handler, CodecError> {
    match *cache {
        Some(h) => Ok(h),
        None => {
            let h = handler(errors)?;
            *cache = Some(h);
            Ok(h)
        }
    }
}

/// Why encoding or decoding failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeEncodeError`: characters `start..end` cannot be encoded.
    Encode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `UnicodeDecodeError`: bytes `start..end` cannot be decoded.
    Decode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `LookupError`: no error handler has this name.
    UnknownHandler(Vec<u8>),
    /// `TypeError`: the handler only handles encoding errors.
    EncodeOnlyHandler,
}

/// Encodes code points (`PyUnicode_Encode*`).
pub fn encode(codec: Codec, chars: &[u32], errors: &[u8]) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Utf8 => Ok(unicodeobject::encode_utf8(chars)),
        Codec::Ascii => encode_ucs1(chars, errors, 128),
        Codec::Latin1 => encode_ucs1(chars, errors, 256),
    }
}

/// `unicode_encode_ucs1`: ASCII (`limit` 128) or Latin-1 (256). Each run of
/// characters at or above the limit is one error.
fn encode_ucs1(chars: &[u32], errors: &[u8], limit: u32) -> Result<Vec<u8>, CodecError> {
    let (encoding, reason) = if limit == 256 {
        ("latin-1", "ordinal not in range(256)")
    } else {
        ("ascii", "ordinal not in range(128)")
    };
    let mut out = Vec::with_capacity(chars.len());
    let mut cache = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] >= limit {
            end += 1;
        }
        match handler_once(&mut cache, errors)? {
            Handler::Strict => {
                return Err(CodecError::Encode {
                    encoding,
                    start,
                    end,
                    reason,
                })
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + (end - start), b'?'),
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            Handler::BackslashReplace => {
                for &c in &chars[start..end] {
                    let escaped = if c >= 0x10000 {
                        format!("\\U{c:08x}")
                    } else if c >= 0x100 {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\x{c:02x}")
                    };
                    out.extend_from_slice(escaped.as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// Decodes bytes (`PyUnicode_Decode*`).
pub fn decode(codec: Codec, bytes: &[u8], errors: &[u8]) -> Result<Vec<u32>, CodecError> {
    match codec {
        Codec::Latin1 => Ok(bytes.iter().map(|&b| u32::from(b)).collect()),
        Codec::Ascii | Codec::Utf8 => {
            let mut out = Vec::with_capacity(bytes.len());
            let mut cache = None;
            let mut i = 0;
            while i < bytes.len() {
                let step = if codec == Codec::Utf8 {
                    unicodeobject::decode_utf8_one(bytes, i).map_err(|e| ("utf8", e.end, e.reason))
                } else if bytes[i] < 0x80 {
                    Ok((u32::from(bytes[i]), 1))
                } else {
                    Err(("ascii", i + 1, "ordinal not in range(128)"))
                };
                match step {
                    Ok((ch, len)) => {
                        out.push(ch);
                        i += len;
                    }
                    Err((encoding, end, reason)) => {
                        match handler_once(&mut cache, errors)? {
                            Handler::Strict => {
                                return Err(CodecError::Decode {
                                    encoding,
                                    start: i,
                                    end,
                                    reason,
                                })
                            }
                            Handler::Ignore => {}
                            Handler::Replace => out.push(0xfffd),
                            Handler::XmlCharRefReplace | Handler::BackslashReplace => {
                                return Err(CodecError::EncodeOnlyHandler)
                            }
                        }
                        i = end;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// Where `UnicodeEncodeError`'s and `UnicodeDecodeError`'s fields are in `args`.
fn unicode_error_index(key: &str) -> Option<usize> {
    ["encoding", "object", "start", "end", "reason"]
        .iter()
        .position(|k| *k == key)
}

impl Vm {
    /// `codecs.lookup(encoding)`: the codec, or `LookupError`.
    pub fn lookup_codec(&self, encoding: &[u8]) -> PyResult<Codec> {
        lookup(encoding).ok_or_else(|| {
            let message = [b"unknown encoding: ", encoding].concat();
            self.lookup_error(&message)
        })
    }

    /// The exception for a codec failure on `object`, the whole string
    /// being encoded or decoded.
    pub fn codec_error(&self, err: CodecError, object: Value) -> PyErr {
        match err {
            CodecError::Encode {
                encoding,
                start,
                end,
                reason,
            } => self.unicode_error(
                &self.exc.unicode_encode_error.clone(),
                encoding,
                object,
                start,
                end,
                reason,
            ),
            CodecError::Decode {
                encoding,
                start,
                end,
                reason,
            } => self.unicode_error(
                &self.exc.unicode_decode_error.clone(),
                encoding,
                object,
                start,
                end,
                reason,
            ),
            CodecError::UnknownHandler(name) => {
                self.lookup_error(&[b"unknown error handler name '", &name[..], b"'"].concat())
            }
            CodecError::EncodeOnlyHandler => {
                self.type_error("don't know how to handle UnicodeDecodeError in error callback")
            }
        }
    }

    /// A `LookupError` whose message holds the bytes of a name as given.
    fn lookup_error(&self, message: &[u8]) -> PyErr {
        let args = Value::tuple(vec![Value::bytes(message)]);
        self.new_error_args(&self.exc.lookup_error.clone(), args)
    }

    fn unicode_error(
        &self,
        typ: &std::rc::Rc<PyType>,
        encoding: &str,
        object: Value,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let args = Value::tuple(vec![
            Value::str(encoding),
            object,
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ]);
        self.new_error_args(typ, args)
    }

    /// Encodes `chars`, the code points of `object`, raising what CPython raises.
    pub fn encode_chars(
        &self,
        codec: Codec,
        chars: &[u32],
        object: impl FnOnce() -> Value,
        errors: &[u8],
    ) -> PyResult<Vec<u8>> {
        encode(codec, chars, errors).map_err(|e| self.codec_error(e, object()))
    }

    /// Decodes `bytes`, the bytes of `object`, raising what CPython raises.
    pub fn decode_bytes(
        &self,
        codec: Codec,
        bytes: &[u8],
        object: impl FnOnce() -> Value,
        errors: &[u8],
    ) -> PyResult<Vec<u32>> {
        decode(codec, bytes, errors).map_err(|e| self.codec_error(e, object()))
    }

    /// `UnicodeEncodeError.encoding` and its fellows, kept in the exception's
    /// `args` as CPython's constructor receives them.
    pub fn unicode_error_attr(
        &self,
        class: &std::rc::Rc<PyType>,
        args: &Value,
        key: &str,
    ) -> Option<Value> {
        let index = unicode_error_index(key)?;
        if !class.is_subtype(&self.exc.unicode_encode_error)
            && !class.is_subtype(&self.exc.unicode_decode_error)
        {
            return None;
        }
        match args {
            Value::Tuple(t) if t.len() == 5 => t.items.get(index).cloned(),
            _ => None,
        }
    }

    /// `str()` of a `UnicodeEncodeError` or `UnicodeDecodeError`
    /// (`UnicodeEncodeError_str`, `UnicodeDecodeError_str`), if `v` is one
    /// with its five fields in place.
    pub fn unicode_error_str(&mut self, v: &Value) -> PyResult<Option<Vec<u8>>> {
        let t = self.type_of(v);
        let encode = t.is_subtype(&self.exc.unicode_encode_error);
        if !encode && !t.is_subtype(&self.exc.unicode_decode_error) {
            return Ok(None);
        }
        let mut fields = Vec::with_capacity(5);
        for key in ["encoding", "object", "start", "end", "reason"] {
            let name = std::rc::Rc::new(super::stringobject::PyStr::from(key));
            match self.getattr(v, &name) {
                Ok(f) => fields.push(f),
                Err(_) => return Ok(None),
            }
        }
        let (Value::Int(start), Value::Int(end)) = (&fields[2], &fields[3]) else {
            return Ok(None);
        };
        let (start, end) = (*start, *end);
        let encoding = self.str(&fields[0])?;
        let reason = self.str(&fields[4])?;
        let one =
            |len: usize| start >= 0 && (start as usize) < len && start.checked_add(1) == Some(end);
        let last = end.wrapping_sub(1);
        let middle = match &fields[1] {
            Value::Unicode(u) if encode => {
                if one(u.chars.len()) {
                    let c = u.chars[start as usize];
                    let shown = if c <= 0xff {
                        format!("x{c:02x}")
                    } else if c <= 0xffff {
                        format!("u{c:04x}")
                    } else {
                        format!("U{c:08x}")
                    };
                    format!("' codec can't encode character u'\\{shown}' in position {start}: ")
                } else {
                    format!("' codec can't encode characters in position {start}-{last}: ")
                }
            }
            Value::Str(s) if !encode => {
                if one(s.len()) {
                    let byte = s.as_bytes()[start as usize];
                    format!("' codec can't decode byte 0x{byte:02x} in position {start}: ")
                } else {
                    format!("' codec can't decode bytes in position {start}-{last}: ")
                }
            }
            _ => return Ok(None),
        };
        let parts: [&[u8]; 4] = [
            b"'",
            encoding.as_bytes(),
            middle.as_bytes(),
            reason.as_bytes(),
        ];
        Ok(Some(parts.concat()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for name in [
            "utf-8",
            "UTF-8",
            "utf8",
            "U8",
            "utf_8",
            " utf 8 ",
            "UTF8_ucs4",
            "utf",
        ] {
            assert_eq!(lookup(name.as_bytes()), Some(Codec::Utf8), "{name}");
        }
        for name in ["ascii", "US-ASCII", "646", "ANSI_X3.4-1968", "iso-ir-6"] {
            assert_eq!(lookup(name.as_bytes()), Some(Codec::Ascii), "{name}");
        }
        for name in [
            "latin-1",
            "latin1",
            "Latin 1",
            "latin",
            "l1",
            "iso-8859-1",
            "ISO8859-1",
            "iso_8859-1:1987",
            "8859",
        ] {
            assert_eq!(lookup(name.as_bytes()), Some(Codec::Latin1), "{name}");
        }
        for name in ["", "foo", "utf.8", "  UTF-8x", "utf-16", "\u{e9}"] {
            assert_eq!(lookup(name.as_bytes()), None, "{name}");
        }
    }

    #[test]
    fn encoding_errors() {
        let chars = [0x78, 0xe9, 0xe9, 0x79, 0x20ac];
        assert_eq!(
            encode(Codec::Ascii, &chars, b"strict"),
            Err(CodecError::Encode {
                encoding: "ascii",
                start: 1,
                end: 3,
                reason: "ordinal not in range(128)"
            })
        );
        assert_eq!(encode(Codec::Ascii, &chars, b"replace").unwrap(), b"x??y?");
        assert_eq!(encode(Codec::Ascii, &chars, b"ignore").unwrap(), b"xy");
        assert_eq!(
            encode(Codec::Ascii, &chars, b"xmlcharrefreplace").unwrap(),
            b"x&#233;&#233;y&#8364;"
        );
        assert_eq!(
            encode(Codec::Latin1, &[0xe9, 0x20ac, 0x1f600], b"backslashreplace").unwrap(),
            b"\xe9\\u20ac\\U0001f600"
        );
        assert_eq!(encode(Codec::Ascii, &[0x61], b"nonsense").unwrap(), b"a");
        assert_eq!(
            encode(Codec::Ascii, &[0xe9], b"nonsense"),
            Err(CodecError::UnknownHandler(b"nonsense".to_vec()))
        );
        assert_eq!(
            encode(Codec::Utf8, &[0xe9], b"nonsense").unwrap(),
            b"\xc3\xa9"
        );
    }

    #[test]
    fn decoding_errors() {
        assert_eq!(
            decode(Codec::Utf8, b"\xc3x\xff", b"replace").unwrap(),
            vec![0xfffd, 0x78, 0xfffd]
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xc3x\xff", b"ignore").unwrap(),
            vec![0x78]
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xe0\x80\x80", b"replace").unwrap(),
            vec![0xfffd, 0xfffd]
        );
        assert_eq!(
            decode(Codec::Ascii, b"\xc3x", b"replace").unwrap(),
            vec![0xfffd, 0x78]
        );
        assert_eq!(
            decode(Codec::Latin1, b"\xff\xfe", b"strict").unwrap(),
            vec![0xff, 0xfe]
        );
        assert_eq!(
            decode(Codec::Ascii, b"ab\x80\x80", b"strict"),
            Err(CodecError::Decode {
                encoding: "ascii",
                start: 2,
                end: 3,
                reason: "ordinal not in range(128)"
            })
        );
        assert_eq!(
            decode(Codec::Utf8, b"\xff", b"xmlcharrefreplace"),
            Err(CodecError::EncodeOnlyHandler)
        );
    }
}

//! Encodings (CPython: `Python/codecs.c`, the `encodings` package's name
//! lookup in `Lib/encodings/__init__.py` and `aliases.py`, the codecs of
//! `Objects/unicodeobject.c` and `string_escape` from
//! `Objects/stringobject.c`): UTF-8 (and `utf-8-sig`), ASCII, Latin-1,
//! UTF-16 and UTF-32 (with a byte order mark, little- or big-endian),
//! `unicode_escape`, `raw_unicode_escape` and `string_escape`, with the
//! error handlers `strict`, `ignore`, `replace`, `xmlcharrefreplace` and
//! `backslashreplace`.
//!
//! The codecs work on code points and bytes and report failures as
//! [`CodecError`]; [`Vm::codec_error`] turns one into the exception CPython
//! raises, with the `(encoding, object, start, end, reason)` arguments of
//! `UnicodeEncodeError` and `UnicodeDecodeError`.

use super::object::Value;
use super::typeobject::PyType;
use super::unicodename;
use super::unicodeobject;
use crate::vm::{PyErr, PyResult, Vm};

/// The codecs glasspy has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// `utf-8-sig`: UTF-8 behind a byte order mark.
    Utf8Sig,
    /// `utf-16`: a byte order mark, then little-endian (or what the mark says).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    UnicodeEscape,
    RawUnicodeEscape,
    /// `string_escape`: bytes to bytes (`Objects/stringobject.c`'s
    /// `PyString_DecodeEscape`, and the repr without its quotes).
    StringEscape,
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
    ("u16", "utf_16"),
    ("utf16", "utf_16"),
    ("unicodebigunmarked", "utf_16_be"),
    ("utf_16be", "utf_16_be"),
    ("unicodelittleunmarked", "utf_16_le"),
    ("utf_16le", "utf_16_le"),
    ("u32", "utf_32"),
    ("utf32", "utf_32"),
    ("utf_32be", "utf_32_be"),
    ("utf_32le", "utf_32_le"),
];

fn module(name: &str) -> Option<Codec> {
    match name {
        "utf_8" => Some(Codec::Utf8),
        "ascii" => Some(Codec::Ascii),
        "latin_1" => Some(Codec::Latin1),
        "utf_8_sig" => Some(Codec::Utf8Sig),
        "utf_16" => Some(Codec::Utf16),
        "utf_16_le" => Some(Codec::Utf16Le),
        "utf_16_be" => Some(Codec::Utf16Be),
        "utf_32" => Some(Codec::Utf32),
        "utf_32_le" => Some(Codec::Utf32Le),
        "utf_32_be" => Some(Codec::Utf32Be),
        "unicode_escape" => Some(Codec::UnicodeEscape),
        "raw_unicode_escape" => Some(Codec::RawUnicodeEscape),
        "string_escape" => Some(Codec::StringEscape),
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
    /// `ValueError` with this message (`string_escape`'s errors).
    Value(String),
}

/// Encodes code points (`PyUnicode_Encode*`).
pub fn encode(codec: Codec, chars: &[u32], errors: &[u8]) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Utf8 => Ok(unicodeobject::encode_utf8(chars)),
        Codec::Ascii => encode_ucs1(chars, errors, 128),
        Codec::Latin1 => encode_ucs1(chars, errors, 256),
        Codec::Utf8Sig => Ok([&b"\xef\xbb\xbf"[..], &unicodeobject::encode_utf8(chars)].concat()),
        Codec::Utf16 => Ok(encode_utf16(chars, Order::Bom)),
        Codec::Utf16Le => Ok(encode_utf16(chars, Order::Little)),
        Codec::Utf16Be => Ok(encode_utf16(chars, Order::Big)),
        Codec::Utf32 => Ok(encode_utf32(chars, Order::Bom)),
        Codec::Utf32Le => Ok(encode_utf32(chars, Order::Little)),
        Codec::Utf32Be => Ok(encode_utf32(chars, Order::Big)),
        Codec::UnicodeEscape => Ok(encode_unicode_escape(chars)),
        Codec::RawUnicodeEscape => Ok(encode_raw_unicode_escape(chars)),
        // Only byte strings reach this codec (see `Codec::is_bytes_codec`).
        Codec::StringEscape => {
            let bytes: Vec<u8> = chars.iter().map(|&c| c as u8).collect();
            Ok(string_escape_encode(&bytes))
        }
    }
}

impl Codec {
    /// A codec from byte strings to byte strings (`string_escape`).
    pub fn is_bytes_codec(self) -> bool {
        self == Codec::StringEscape
    }
}

/// The byte order of the UTF-16 and UTF-32 codecs: `Bom` writes a byte order
/// mark, then little-endian units (reading, the mark chooses the order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    Bom,
    Little,
    Big,
}

/// UTF-16; lone surrogates pass through, as in 2.7.
fn encode_utf16(chars: &[u32], order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * chars.len() + 2);
    let mut unit = |u: u16| match order {
        Order::Big => out.extend_from_slice(&u.to_be_bytes()),
        _ => out.extend_from_slice(&u.to_le_bytes()),
    };
    if order == Order::Bom {
        unit(0xfeff);
    }
    for &c in chars {
        if c >= 0x10000 {
            let v = c - 0x10000;
            unit(0xd800 | (v >> 10) as u16);
            unit(0xdc00 | (v & 0x3ff) as u16);
        } else {
            unit(c as u16);
        }
    }
    out
}

/// UTF-32, every code point as it is.
fn encode_utf32(chars: &[u32], order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * chars.len() + 4);
    let bom = (order == Order::Bom).then_some(0xfeff);
    for c in bom.into_iter().chain(chars.iter().copied()) {
        match order {
            Order::Big => out.extend_from_slice(&c.to_be_bytes()),
            _ => out.extend_from_slice(&c.to_le_bytes()),
        }
    }
    out
}

/// `\xXX`, `\uXXXX` or `\UXXXXXXXX`, the shortest that holds `c`.
fn push_hex_escape(out: &mut Vec<u8>, c: u32) {
    let text = if c >= 0x10000 {
        format!("\\U{c:08x}")
    } else if c >= 0x100 {
        format!("\\u{c:04x}")
    } else {
        format!("\\x{c:02x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// `unicode_escape`: printable ASCII as it is (quotes too), the usual
/// escapes for backslash, tab, newline and carriage return, hex otherwise.
fn encode_unicode_escape(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    for &c in chars {
        match c {
            0x5c => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0d => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c as u8),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out
}

/// `raw_unicode_escape`: Latin-1 as bytes, the rest as `\u` or `\U` escapes.
fn encode_raw_unicode_escape(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    for &c in chars {
        if c < 0x100 {
            out.push(c as u8);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// `string_escape` encoding: the body of a byte string's repr between single
/// quotes.
pub fn string_escape_encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for &b in bytes {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => push_hex_escape(&mut out, u32::from(b)),
        }
    }
    out
}

/// The value of an ASCII hex digit.
fn hex_value(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// The escape for a character after a backslash shared by `string_escape`
/// and `unicode_escape` (`\a`, `\n`, ...), or `None`.
fn simple_escape(b: u8) -> Option<u8> {
    Some(match b {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'b' => 0x08,
        b'f' => 0x0c,
        b't' => b'\t',
        b'n' => b'\n',
        b'r' => b'\r',
        b'v' => 0x0b,
        b'a' => 0x07,
        _ => return None,
    })
}

/// Up to three octal digits from `i`: their value and where they end.
fn octal_escape(bytes: &[u8], mut i: usize) -> (u32, usize) {
    let mut value = 0u32;
    let start = i;
    while i < bytes.len() && i < start + 3 && (b'0'..=b'7').contains(&bytes[i]) {
        value = value * 8 + u32::from(bytes[i] - b'0');
        i += 1;
    }
    (value, i)
}

/// `string_escape` decoding (`PyString_DecodeEscape`): a bad `\x` escape is
/// a `ValueError` unless `errors` is `ignore` or `replace`; a trailing
/// backslash always is.
pub fn string_escape_decode(bytes: &[u8], errors: &[u8]) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&b) = bytes.get(i) else {
            return Err(CodecError::Value("Trailing \\ in string".into()));
        };
        i += 1;
        if b == b'\n' {
            continue;
        }
        if let Some(e) = simple_escape(b) {
            out.push(e);
        } else if (b'0'..=b'7').contains(&b) {
            let (value, end) = octal_escape(bytes, i - 1);
            out.push(value as u8);
            i = end;
        } else if b == b'x' {
            let digits = bytes[i..]
                .iter()
                .take(2)
                .take_while(|&&d| hex_value(d).is_some());
            let digits: Vec<u32> = digits.filter_map(|&d| hex_value(d)).collect();
            i += digits.len();
            if let [hi, lo] = digits[..] {
                out.push((hi * 16 + lo) as u8);
                continue;
            }
            match errors {
                b"strict" => return Err(CodecError::Value("invalid \\x escape".into())),
                b"replace" => out.push(b'?'),
                b"ignore" => {}
                _ => {
                    return Err(CodecError::Value(format!(
                        "decoding error; unknown error handling code: {}",
                        String::from_utf8_lossy(errors)
                    )))
                }
            }
        } else {
            out.push(b'\\');
            out.push(b);
        }
    }
    Ok(out)
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

/// A decoding failure at one place: the bytes `start..end` and why.
type DecodeFault = (usize, usize, &'static str);

/// Runs a decoder one step at a time (each step reads from a position,
/// appends what it decodes and says where the next step starts), handing
/// each fault to the error handler as `unicode_decode_call_errorhandler`
/// does: `replace` puts U+FFFD in, `ignore` nothing, and decoding goes on
/// after the fault.
fn decode_with(
    encoding: &'static str,
    bytes: &[u8],
    start: usize,
    errors: &[u8],
    mut step: impl FnMut(&[u8], usize, &mut Vec<u32>) -> Result<usize, DecodeFault>,
) -> Result<Vec<u32>, CodecError> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut cache = None;
    let mut i = start;
    while i < bytes.len() {
        match step(bytes, i, &mut out) {
            Ok(next) => i = next,
            Err((start, end, reason)) => {
                match handler_once(&mut cache, errors)? {
                    Handler::Strict => {
                        return Err(CodecError::Decode {
                            encoding,
                            start,
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

/// Decodes bytes (`PyUnicode_Decode*`).
pub fn decode(codec: Codec, bytes: &[u8], errors: &[u8]) -> Result<Vec<u32>, CodecError> {
    match codec {
        Codec::Latin1 => Ok(bytes.iter().map(|&b| u32::from(b)).collect()),
        Codec::Ascii => decode_with("ascii", bytes, 0, errors, |bytes, i, out| {
            if bytes[i] < 0x80 {
                out.push(u32::from(bytes[i]));
                Ok(i + 1)
            } else {
                Err((i, i + 1, "ordinal not in range(128)"))
            }
        }),
        Codec::Utf8 | Codec::Utf8Sig => {
            let start = if codec == Codec::Utf8Sig && bytes.starts_with(b"\xef\xbb\xbf") {
                3
            } else {
                0
            };
            decode_with("utf8", bytes, start, errors, |bytes, i, out| {
                match unicodeobject::decode_utf8_one(bytes, i) {
                    Ok((ch, len)) => {
                        out.push(ch);
                        Ok(i + len)
                    }
                    Err(e) => Err((i, e.end, e.reason)),
                }
            })
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (order, start) = match codec {
                Codec::Utf16Le => (Order::Little, 0),
                Codec::Utf16Be => (Order::Big, 0),
                _ => match bytes {
                    [0xff, 0xfe, ..] => (Order::Little, 2),
                    [0xfe, 0xff, ..] => (Order::Big, 2),
                    _ => (Order::Little, 0),
                },
            };
            decode_with("utf16", bytes, start, errors, |bytes, i, out| {
                decode_utf16_one(bytes, i, order == Order::Big, out)
            })
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (order, start) = match codec {
                Codec::Utf32Le => (Order::Little, 0),
                Codec::Utf32Be => (Order::Big, 0),
                _ => match bytes {
                    [0xff, 0xfe, 0, 0, ..] => (Order::Little, 4),
                    [0, 0, 0xfe, 0xff, ..] => (Order::Big, 4),
                    _ => (Order::Little, 0),
                },
            };
            decode_with("utf32", bytes, start, errors, |bytes, i, out| {
                let Some(unit) = bytes.get(i..i + 4) else {
                    return Err((i, bytes.len(), "truncated data"));
                };
                let unit = [unit[0], unit[1], unit[2], unit[3]];
                let c = if order == Order::Big {
                    u32::from_be_bytes(unit)
                } else {
                    u32::from_le_bytes(unit)
                };
                if c > 0x10ffff {
                    return Err((i, i + 4, "code point not in range(0x110000)"));
                }
                out.push(c);
                Ok(i + 4)
            })
        }
        Codec::UnicodeEscape => decode_with("unicodeescape", bytes, 0, errors, unicode_escape_step),
        Codec::RawUnicodeEscape => decode_with(
            "rawunicodeescape",
            bytes,
            0,
            errors,
            raw_unicode_escape_step,
        ),
        // Only byte strings reach this codec (see `Codec::is_bytes_codec`).
        Codec::StringEscape => {
            let decoded = string_escape_decode(bytes, errors)?;
            Ok(decoded.into_iter().map(u32::from).collect())
        }
    }
}

/// One UTF-16 character (one unit, or a surrogate pair) from `i`.
fn decode_utf16_one(
    bytes: &[u8],
    i: usize,
    big: bool,
    out: &mut Vec<u32>,
) -> Result<usize, DecodeFault> {
    let unit = |j: usize| -> Option<u32> {
        let b = bytes.get(j..j + 2)?;
        Some(if big {
            u32::from(u16::from_be_bytes([b[0], b[1]]))
        } else {
            u32::from(u16::from_le_bytes([b[0], b[1]]))
        })
    };
    let Some(first) = unit(i) else {
        return Err((i, bytes.len(), "truncated data"));
    };
    if !(0xd800..0xe000).contains(&first) {
        out.push(first);
        return Ok(i + 2);
    }
    // A surrogate needs a second unit before 2.7 looks at which it is.
    let Some(second) = unit(i + 2) else {
        return Err((i, bytes.len(), "unexpected end of data"));
    };
    if first >= 0xdc00 {
        return Err((i, i + 2, "illegal encoding"));
    }
    if (0xdc00..0xe000).contains(&second) {
        out.push(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00));
        Ok(i + 4)
    } else {
        Err((i, i + 2, "illegal UTF-16 surrogate"))
    }
}

/// `count` hex digits from `from` (after `\x`, `\u` or `\U` at `start`):
/// their value, or the fault ending at the first byte that is not one.
fn hex_digits(
    bytes: &[u8],
    start: usize,
    from: usize,
    count: usize,
    reason: &'static str,
) -> Result<u32, DecodeFault> {
    let mut value = 0u32;
    for j in from..from + count {
        match bytes.get(j).copied().and_then(hex_value) {
            Some(d) => value = (value << 4) | d,
            None => return Err((start, j.min(bytes.len()), reason)),
        }
    }
    Ok(value)
}

/// One character or escape of `unicode_escape` from `i`
/// (`PyUnicode_DecodeUnicodeEscape`); bytes that are not ASCII stand for
/// themselves, as in Latin-1.
fn unicode_escape_step(bytes: &[u8], i: usize, out: &mut Vec<u32>) -> Result<usize, DecodeFault> {
    if bytes[i] != b'\\' {
        out.push(u32::from(bytes[i]));
        return Ok(i + 1);
    }
    let Some(&b) = bytes.get(i + 1) else {
        return Err((i, i + 1, "\\ at end of string"));
    };
    let next = i + 2;
    if b == b'\n' {
        return Ok(next);
    }
    if let Some(e) = simple_escape(b) {
        out.push(u32::from(e));
        return Ok(next);
    }
    let (count, reason) = match b {
        b'0'..=b'7' => {
            let (value, end) = octal_escape(bytes, i + 1);
            out.push(value);
            return Ok(end);
        }
        b'x' => (2, "truncated \\xXX escape"),
        b'u' => (4, "truncated \\uXXXX escape"),
        b'U' => (8, "truncated \\UXXXXXXXX escape"),
        b'N' => return named_escape(bytes, i, out),
        _ => {
            out.push(u32::from(b'\\'));
            out.push(u32::from(b));
            return Ok(next);
        }
    };
    let value = hex_digits(bytes, i, next, count, reason)?;
    if value > 0x10ffff {
        return Err((i, next + count, "illegal Unicode character"));
    }
    out.push(value);
    Ok(next + count)
}

/// `\N{name}` at `i`.
fn named_escape(bytes: &[u8], i: usize, out: &mut Vec<u32>) -> Result<usize, DecodeFault> {
    const MALFORMED: &str = "malformed \\N character escape";
    let open = i + 2;
    if bytes.get(open) != Some(&b'{') {
        return Err((i, open, MALFORMED));
    }
    let close = bytes[open + 1..]
        .iter()
        .position(|&b| b == b'}')
        .map(|p| open + 1 + p);
    match close {
        Some(close) if close > open + 1 => match unicodename::lookup(&bytes[open + 1..close]) {
            Some(c) => {
                out.push(c);
                Ok(close + 1)
            }
            None => Err((i, close + 1, "unknown Unicode character name")),
        },
        Some(close) => Err((i, close, MALFORMED)),
        None => Err((i, bytes.len(), MALFORMED)),
    }
}

/// One character or escape of `raw_unicode_escape` from `i`: only `\u` and
/// `\U` after an odd number of backslashes are escapes.
fn raw_unicode_escape_step(
    bytes: &[u8],
    i: usize,
    out: &mut Vec<u32>,
) -> Result<usize, DecodeFault> {
    if bytes[i] != b'\\' {
        out.push(u32::from(bytes[i]));
        return Ok(i + 1);
    }
    let run = bytes[i..].iter().take_while(|&&b| b == b'\\').count();
    let after = i + run;
    let escape = run % 2 == 1 && matches!(bytes.get(after), Some(b'u' | b'U'));
    if !escape {
        out.extend(std::iter::repeat_n(u32::from(b'\\'), run));
        return Ok(after);
    }
    out.extend(std::iter::repeat_n(u32::from(b'\\'), run - 1));
    let start = after - 1;
    let count = if bytes[after] == b'u' { 4 } else { 8 };
    let value = hex_digits(bytes, start, after + 1, count, "truncated \\uXXXX")?;
    if value > 0x10ffff {
        return Err((start, after + 1 + count, "\\Uxxxxxxxx out of range"));
    }
    out.push(value);
    Ok(after + 1 + count)
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
            CodecError::Value(message) => self.value_error(message),
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
        for name in ["", "foo", "utf.8", "  UTF-8x", "utf-17", "\u{e9}"] {
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

    fn decode_err(codec: Codec, bytes: &[u8]) -> (&'static str, usize, usize, &'static str) {
        match decode(codec, bytes, b"strict") {
            Err(CodecError::Decode {
                encoding,
                start,
                end,
                reason,
            }) => (encoding, start, end, reason),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf16_and_utf32() {
        let chars = [0x61, 0xe9, 0x2603, 0x1f600, 0xffff];
        for codec in [
            Codec::Utf16,
            Codec::Utf16Le,
            Codec::Utf16Be,
            Codec::Utf32,
            Codec::Utf32Le,
            Codec::Utf32Be,
        ] {
            let bytes = encode(codec, &chars, b"strict").unwrap();
            assert_eq!(
                decode(codec, &bytes, b"strict").unwrap(),
                chars,
                "{codec:?}"
            );
        }
        assert_eq!(
            encode(Codec::Utf16, &[0x68], b"strict").unwrap(),
            b"\xff\xfeh\x00"
        );
        assert_eq!(
            encode(Codec::Utf16Be, &[0x1f600], b"strict").unwrap(),
            b"\xd8\x3d\xde\x00"
        );
        assert_eq!(
            decode(Codec::Utf16, b"\xfe\xff\x00h", b"strict").unwrap(),
            [0x68]
        );
        assert_eq!(
            decode_err(Codec::Utf16, b"abc"),
            ("utf16", 2, 3, "truncated data")
        );
        assert_eq!(
            decode(Codec::Utf16, b"abc", b"replace").unwrap(),
            [0x6261, 0xfffd]
        );
        assert_eq!(decode(Codec::Utf16, b"abc", b"ignore").unwrap(), [0x6261]);
        assert_eq!(
            decode_err(Codec::Utf16Le, b"\x00\xd8a\x00"),
            ("utf16", 0, 2, "illegal UTF-16 surrogate")
        );
        assert_eq!(
            decode(Codec::Utf16Le, b"\x00\xd8a\x00", b"replace").unwrap(),
            [0xfffd, 0x61]
        );
        assert_eq!(
            decode_err(Codec::Utf16Le, b"\x00\xdca\x00"),
            ("utf16", 0, 2, "illegal encoding")
        );
        assert_eq!(
            decode_err(Codec::Utf16Be, b"\xdc\x00"),
            ("utf16", 0, 2, "unexpected end of data")
        );
        assert_eq!(
            decode_err(Codec::Utf16Le, b"\x00\xd8a"),
            ("utf16", 0, 3, "unexpected end of data")
        );
        assert_eq!(
            decode_err(Codec::Utf32Le, b"\x00\x00\x11\x00"),
            ("utf32", 0, 4, "code point not in range(0x110000)")
        );
        assert_eq!(
            decode_err(Codec::Utf32, b"abc"),
            ("utf32", 0, 3, "truncated data")
        );
        assert_eq!(
            decode(Codec::Utf8Sig, b"\xef\xbb\xbfa", b"strict").unwrap(),
            [0x61]
        );
    }

    #[test]
    fn escape_codecs() {
        let chars = [0x9, 0x27, 0x5c, 0xe9, 0x2603, 0x1f600];
        let escaped = encode(Codec::UnicodeEscape, &chars, b"strict").unwrap();
        assert_eq!(escaped, b"\\t'\\\\\\xe9\\u2603\\U0001f600");
        assert_eq!(
            decode(Codec::UnicodeEscape, &escaped, b"strict").unwrap(),
            chars
        );
        let raw = encode(Codec::RawUnicodeEscape, &chars, b"strict").unwrap();
        assert_eq!(raw, b"\t'\\\xe9\\u2603\\U0001f600");
        assert_eq!(
            decode(Codec::RawUnicodeEscape, &raw, b"strict").unwrap(),
            chars
        );
        assert_eq!(
            decode(Codec::UnicodeEscape, b"\\N{SNOWMAN}\\q\\101", b"strict").unwrap(),
            [0x2603, 0x5c, 0x71, 0x41]
        );
        assert_eq!(
            decode_err(Codec::UnicodeEscape, b"\\u12xy"),
            ("unicodeescape", 0, 4, "truncated \\uXXXX escape")
        );
        assert_eq!(
            decode(Codec::UnicodeEscape, b"\\u12xy", b"replace").unwrap(),
            [0xfffd, 0x78, 0x79]
        );
        assert_eq!(
            decode(Codec::UnicodeEscape, b"\\u12xy", b"ignore").unwrap(),
            [0x78, 0x79]
        );
        assert_eq!(
            decode_err(Codec::UnicodeEscape, b"a\\"),
            ("unicodeescape", 1, 2, "\\ at end of string")
        );
        assert_eq!(
            decode_err(Codec::UnicodeEscape, b"\\U00110000"),
            ("unicodeescape", 0, 10, "illegal Unicode character")
        );
        assert_eq!(
            decode_err(Codec::UnicodeEscape, b"\\N{NO SUCH NAME}"),
            ("unicodeescape", 0, 16, "unknown Unicode character name")
        );
        assert_eq!(
            decode_err(Codec::UnicodeEscape, b"\\N{}"),
            ("unicodeescape", 0, 3, "malformed \\N character escape")
        );
        assert_eq!(
            decode_err(Codec::RawUnicodeEscape, b"\\u12"),
            ("rawunicodeescape", 0, 4, "truncated \\uXXXX")
        );
        assert_eq!(
            decode(Codec::RawUnicodeEscape, b"\\\\u0041\\", b"strict").unwrap(),
            [0x5c, 0x5c, 0x75, 0x30, 0x30, 0x34, 0x31, 0x5c]
        );
        assert_eq!(string_escape_encode(b"a'\n\xff"), b"a\\'\\n\\xff");
        assert_eq!(
            string_escape_decode(b"a\\nb\\x41\\\\\\777", b"strict").unwrap(),
            b"a\nbA\\\xff"
        );
        assert_eq!(
            string_escape_decode(b"\\x4", b"strict"),
            Err(CodecError::Value("invalid \\x escape".into()))
        );
        assert_eq!(string_escape_decode(b"\\x4z", b"replace").unwrap(), b"?z");
        assert_eq!(string_escape_decode(b"\\xzz", b"ignore").unwrap(), b"zz");
        assert_eq!(
            string_escape_decode(b"a\\", b"ignore"),
            Err(CodecError::Value("Trailing \\ in string".into()))
        );
    }
}

//! `unicode` (CPython: `Objects/unicodeobject.c`), as in a UCS-4 build:
//! a sequence of code points, where lone surrogates are allowed.

use crate::objects::stringobject::push_hex;
use std::cell::Cell;

/// A unicode string, with its hash and the quote of its repr each found
/// once.
pub struct PyUnicode {
    pub chars: Box<[u32]>,
    /// The hash, or -1 before it is computed (no string hashes to -1).
    hash: Cell<i64>,
    /// The quote `repr` uses, or 0 before it is found.
    quote: Cell<u8>,
}

impl PyUnicode {
    pub fn new(chars: Box<[u32]>) -> PyUnicode {
        PyUnicode {
            chars,
            hash: Cell::new(-1),
            quote: Cell::new(0),
        }
    }

    /// The quote the repr of the string uses (see [`repr_quote`]).
    pub fn quote(&self) -> char {
        match self.quote.get() {
            0 => {
                let q = repr_quote(&self.chars);
                self.quote.set(q as u8);
                q
            }
            q => char::from(q),
        }
    }

    /// `hash(u)`: the `str` algorithm over code points, so `hash(u'a') == hash('a')`.
    pub fn hash(&self) -> i64 {
        match self.hash.get() {
            -1 => {
                let h = super::hashing::hash_unicode(&self.chars);
                self.hash.set(h);
                h
            }
            h => h,
        }
    }

    /// The text, with lone surrogates replaced.
    pub fn to_text(&self) -> String {
        self.chars
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect()
    }
}

/// `repr()` of a unicode string, as CPython 2.7's `unicode_repr` escapes it.
pub fn repr(chars: &[u32]) -> String {
    let mut out = String::with_capacity(chars.len() + 3);
    repr_into(&mut out, chars, usize::MAX);
    out
}

/// Appends the repr of `chars` to `out`, stopping once `out` is longer
/// than `budget` bytes (see `stringobject::repr_into`).
pub fn repr_into(out: &mut String, chars: &[u32], budget: usize) {
    repr_quoted_into(out, chars, repr_quote(chars), budget);
}

/// The quote a unicode string's repr uses: `"` if it holds a `'` and no
/// `"`, else `'`.
pub fn repr_quote(chars: &[u32]) -> char {
    let has = |c: char| chars.contains(&u32::from(c));
    if has('\'') && !has('"') {
        '"'
    } else {
        '\''
    }
}

/// [`repr_into`] with the quote already known.
pub fn repr_quoted_into(out: &mut String, chars: &[u32], quote: char, budget: usize) {
    out.push('u');
    out.push(quote);
    for &ch in chars {
        if out.len() > budget {
            return;
        }
        match ch {
            _ if ch == u32::from(quote) || ch == u32::from('\\') => {
                out.push('\\');
                out.push(char::from(ch as u8));
            }
            0x10000.. => {
                out.push_str("\\U");
                push_hex(out, ch, 8);
            }
            256.. => {
                out.push_str("\\u");
                push_hex(out, ch, 4);
            }
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(ch as u8)),
            _ => {
                out.push_str("\\x");
                push_hex(out, ch, 2);
            }
        }
    }
    out.push(quote);
}

/// Why UTF-8 bytes could not be decoded, and where: the bytes
/// `start..end` are what an error handler replaces.
#[derive(Debug, PartialEq, Eq)]
pub struct Utf8Error {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// `utf8_code_length`: how many bytes a sequence starting with `b` has
/// (0 for bytes that cannot start one).
fn utf8_code_length(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

/// Decodes the UTF-8 sequence at `bytes[i]` (which must exist) as CPython
/// 2.7's `PyUnicode_DecodeUTF8Stateful` does: the code point and the
/// sequence length, or the error with the byte range CPython reports.
/// Encoded surrogates are accepted (2.7 writes them too); overlong forms
/// and code points above U+10FFFF are not.
pub fn decode_utf8_one(bytes: &[u8], i: usize) -> Result<(u32, usize), Utf8Error> {
    let s = &bytes[i..];
    let s0 = s[0];
    let n = utf8_code_length(s0);
    let cont = |k: usize| s.get(k).is_some_and(|&b| b & 0xc0 == 0x80);
    let error = |len: usize, reason: &'static str| Utf8Error {
        start: i,
        end: i + len,
        reason,
    };
    if n == 1 {
        return Ok((u32::from(s0), 1));
    }
    if n == 0 {
        return Err(error(1, "invalid start byte"));
    }
    if n > s.len() {
        let mut len = 1;
        while len < s.len() && cont(len) {
            len += 1;
        }
        return Err(error(len, "unexpected end of data"));
    }
    let bits = |k: usize| u32::from(s[k] & 0x3f);
    match n {
        2 => {
            if !cont(1) {
                return Err(error(1, "invalid continuation byte"));
            }
            Ok(((u32::from(s0 & 0x1f) << 6) | bits(1), 2))
        }
        3 => {
            if !cont(1) || !cont(2) || (s0 == 0xe0 && s[1] < 0xa0) {
                return Err(error(
                    if cont(1) { 2 } else { 1 },
                    "invalid continuation byte",
                ));
            }
            Ok(((u32::from(s0 & 0x0f) << 12) | (bits(1) << 6) | bits(2), 3))
        }
        _ => {
            if !cont(1)
                || !cont(2)
                || !cont(3)
                || (s0 == 0xf0 && s[1] < 0x90)
                || (s0 == 0xf4 && s[1] > 0x8f)
            {
                let len = match (cont(1), cont(2)) {
                    (false, _) => 1,
                    (true, false) => 2,
                    (true, true) => 3,
                };
                return Err(error(len, "invalid continuation byte"));
            }
            Ok((
                (u32::from(s0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3),
                4,
            ))
        }
    }
}

/// Decodes UTF-8 strictly, as CPython 2.7's codec does.
pub fn decode_utf8(bytes: &[u8]) -> Result<Vec<u32>, Utf8Error> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let (ch, len) = decode_utf8_one(bytes, i)?;
        out.push(ch);
        i += len;
    }
    Ok(out)
}

/// Encodes code points as CPython 2.7's `PyUnicode_EncodeUTF8` does: lone
/// surrogates are written as they are, a high surrogate followed by a low
/// one as the code point they make.
pub fn encode_utf8(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let mut ch = chars[i];
        i += 1;
        if ch < 0x80 {
            out.push(ch as u8);
        } else if ch < 0x800 {
            out.extend([0xc0 | (ch >> 6) as u8, 0x80 | (ch & 0x3f) as u8]);
        } else {
            if (0xd800..=0xdbff).contains(&ch) {
                if let Some(&low @ 0xdc00..=0xdfff) = chars.get(i) {
                    ch = (((ch - 0xd800) << 10) | (low - 0xdc00)) + 0x10000;
                    i += 1;
                }
            }
            if ch < 0x10000 {
                out.extend([
                    0xe0 | (ch >> 12) as u8,
                    0x80 | ((ch >> 6) & 0x3f) as u8,
                    0x80 | (ch & 0x3f) as u8,
                ]);
            } else {
                out.extend([
                    0xf0 | (ch >> 18) as u8,
                    0x80 | ((ch >> 12) & 0x3f) as u8,
                    0x80 | ((ch >> 6) & 0x3f) as u8,
                    0x80 | (ch & 0x3f) as u8,
                ]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<u32> {
        s.chars().map(u32::from).collect()
    }

    #[test]
    fn reprs() {
        assert_eq!(repr(&chars("abc")), "u'abc'");
        assert_eq!(
            repr(&chars("\u{e9}\u{20ac}\u{1f600}")),
            "u'\\xe9\\u20ac\\U0001f600'"
        );
        assert_eq!(repr(&chars("it's")), "u\"it's\"");
        assert_eq!(repr(&[0xd800]), "u'\\ud800'");
        assert_eq!(repr(&chars("\t\x7f\\")), "u'\\t\\x7f\\\\'");
    }

    #[test]
    fn decodes_surrogates_like_cpython_27() {
        assert_eq!(decode_utf8(b"\xed\xa0\x80").unwrap(), vec![0xd800]);
        assert_eq!(
            decode_utf8("\u{e9}\u{1f600}".as_bytes()).unwrap(),
            vec![0xe9, 0x1f600]
        );
        assert!(decode_utf8(b"\xc0\x80").is_err());
        assert!(decode_utf8(b"\xe2\x82").is_err());
        assert!(decode_utf8(b"\xf4\x90\x80\x80").is_err());
    }

    #[test]
    fn utf8_error_ranges_are_cpythons() {
        let err = |b: &[u8]| {
            let e = decode_utf8(b).unwrap_err();
            (e.start, e.end, e.reason)
        };
        assert_eq!(err(b"\xff"), (0, 1, "invalid start byte"));
        assert_eq!(err(b"\xc0\x80"), (0, 1, "invalid start byte"));
        assert_eq!(err(b"a\xe2\x82"), (1, 3, "unexpected end of data"));
        assert_eq!(err(b"\xf0\x9fx"), (0, 2, "unexpected end of data"));
        assert_eq!(err(b"\xe0\x80\x80"), (0, 2, "invalid continuation byte"));
        assert_eq!(
            err(b"\xf4\x90\x80\x80"),
            (0, 3, "invalid continuation byte")
        );
        assert_eq!(err(b"\xf0\x9f\x98x"), (0, 3, "invalid continuation byte"));
        assert_eq!(err(b"\xc3x"), (0, 1, "invalid continuation byte"));
    }

    #[test]
    fn encodes_like_cpython_27() {
        assert_eq!(
            encode_utf8(&[0xe9, 0x20ac, 0x1f600]),
            "\u{e9}\u{20ac}\u{1f600}".as_bytes()
        );
        assert_eq!(encode_utf8(&[0xd800]), b"\xed\xa0\x80");
        assert_eq!(encode_utf8(&[0xd83d, 0xde00]), b"\xf0\x9f\x98\x80");
        assert_eq!(encode_utf8(&[0xde00, 0xd83d]), b"\xed\xb8\x80\xed\xa0\xbd");
    }
}

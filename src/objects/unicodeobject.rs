//! `unicode` (CPython: `Objects/unicodeobject.c`), as in a UCS-4 build:
//! a sequence of code points, where lone surrogates are allowed.

use std::cell::Cell;

/// A unicode string, with its hash computed once.
pub struct PyUnicode {
    pub chars: Box<[u32]>,
    hash: Cell<Option<i64>>,
}

impl PyUnicode {
    pub fn new(chars: Box<[u32]>) -> PyUnicode {
        PyUnicode {
            chars,
            hash: Cell::new(None),
        }
    }

    /// `hash(u)`: the `str` algorithm over code points, so `hash(u'a') == hash('a')`.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let Some(&first) = self.chars.first() else {
            return 0;
        };
        let mut x: i64 = i64::from(first) << 7;
        for &c in self.chars.iter() {
            x = x.wrapping_mul(1000003) ^ i64::from(c);
        }
        x ^= self.chars.len() as i64;
        let h = if x == -1 { -2 } else { x };
        self.hash.set(Some(h));
        h
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
    let has = |c: char| chars.contains(&u32::from(c));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(chars.len() + 3);
    out.push('u');
    out.push(quote);
    for &ch in chars {
        match ch {
            _ if ch == u32::from(quote) || ch == u32::from('\\') => {
                out.push('\\');
                out.push(char::from(ch as u8));
            }
            0x10000.. => out.push_str(&format!("\\U{ch:08x}")),
            256.. => out.push_str(&format!("\\u{ch:04x}")),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x20..=0x7e => out.push(char::from(ch as u8)),
            _ => out.push_str(&format!("\\x{ch:02x}")),
        }
    }
    out.push(quote);
    out
}

/// Why UTF-8 bytes could not be decoded, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct Utf8Error {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Decodes UTF-8 as CPython 2.7's strict codec does: encoded surrogates are
/// accepted (2.7 writes them too), overlong forms and code points above
/// U+10FFFF are not.
pub fn decode_utf8(bytes: &[u8]) -> Result<Vec<u32>, Utf8Error> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b0 = bytes[i];
        let (len, min, initial) = match b0 {
            0x00..=0x7f => {
                out.push(u32::from(b0));
                i += 1;
                continue;
            }
            0xc2..=0xdf => (2, 0x80, u32::from(b0 & 0x1f)),
            0xe0..=0xef => (3, 0x800, u32::from(b0 & 0x0f)),
            0xf0..=0xf4 => (4, 0x10000, u32::from(b0 & 0x07)),
            _ => {
                return Err(Utf8Error {
                    start: i,
                    end: i + 1,
                    reason: "invalid start byte",
                })
            }
        };
        if i + len > bytes.len() {
            return Err(Utf8Error {
                start: i,
                end: bytes.len(),
                reason: "unexpected end of data",
            });
        }
        let mut ch = initial;
        for k in 1..len {
            let b = bytes[i + k];
            if b & 0xc0 != 0x80 {
                return Err(Utf8Error {
                    start: i,
                    end: i + k,
                    reason: "invalid continuation byte",
                });
            }
            ch = (ch << 6) | u32::from(b & 0x3f);
        }
        if ch < min || ch > 0x10ffff {
            return Err(Utf8Error {
                start: i,
                end: i + len,
                reason: "invalid continuation byte",
            });
        }
        out.push(ch);
        i += len;
    }
    Ok(out)
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
}

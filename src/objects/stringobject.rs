//! `str` (CPython: `Objects/stringobject.c`).

use std::cell::Cell;
use std::rc::Rc;

/// A byte string, with its hash computed once.
pub struct PyStr {
    pub bytes: Box<[u8]>,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(bytes: Box<[u8]>) -> PyStr {
        PyStr {
            bytes,
            hash: Cell::new(None),
        }
    }

    /// A new shared `str` holding `text`'s bytes (for names made in Rust).
    pub fn named(text: &str) -> Rc<PyStr> {
        Rc::new(PyStr::new(text.as_bytes().into()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The text, for names and messages (bytes that are not UTF-8 are replaced).
    pub fn to_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.bytes)
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Appends `tail` to the string in place when nothing else refers to it
    /// (CPython: `_PyString_Resize` as `string_concatenate` uses it), and
    /// says whether it could. The buffer grows by exactly `tail`, so the
    /// allocator can often extend it where it stands.
    pub fn append_if_unique(this: &mut Rc<PyStr>, tail: &[u8]) -> bool {
        let Some(s) = Rc::get_mut(this) else {
            return false;
        };
        let mut bytes = std::mem::take(&mut s.bytes).into_vec();
        bytes.reserve_exact(tail.len());
        bytes.extend_from_slice(tail);
        s.bytes = bytes.into_boxed_slice();
        s.hash.set(None);
        true
    }

    /// `hash(s)`, as CPython 2.7 computes it (cached like `ob_shash`).
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = super::hashing::hash_bytes(&self.bytes);
        self.hash.set(Some(h));
        h
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::new(s.as_bytes().into())
    }
}

/// `repr()` of a byte string: single quotes unless the bytes hold a `'` and no
/// `"`; `\t`, `\n`, `\r` by name; other bytes outside printable ASCII as `\xNN`.
pub fn repr(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    repr_into(&mut out, bytes, usize::MAX);
    out
}

/// Appends the repr of `bytes` to `out`, stopping once `out` is longer
/// than `budget` bytes: a caller that shortens the repr need not escape
/// all of a long string.
pub fn repr_into(out: &mut String, bytes: &[u8], budget: usize) {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push(char::from(quote));
    for &b in bytes {
        if out.len() > budget {
            return;
        }
        match b {
            b'\\' => out.push_str("\\\\"),
            _ if b == quote => {
                out.push('\\');
                out.push(char::from(b));
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b' '..=0x7e => out.push(char::from(b)),
            _ => {
                out.push_str("\\x");
                push_hex(out, u32::from(b), 2);
            }
        }
    }
    out.push(char::from(quote));
}

/// Appends `n` as `width` lowercase hex digits.
pub fn push_hex(out: &mut String, n: u32, width: u32) {
    for shift in (0..width).rev() {
        let digit = (n >> (shift * 4)) & 0xf;
        out.push(char::from_digit(digit, 16).unwrap_or('?'));
    }
}

#[cfg(test)]
mod tests {
    use super::{repr, PyStr};
    use std::rc::Rc;

    #[test]
    fn appends_in_place_only_when_unshared() {
        let mut s = Rc::new(PyStr::from("ab"));
        let before = s.hash();
        assert!(PyStr::append_if_unique(&mut s, b"cd"));
        assert_eq!(s.as_bytes(), b"abcd");
        // The cached hash is the new string's, not the old one's.
        assert_ne!(s.hash(), before);
        assert_eq!(s.hash(), PyStr::from("abcd").hash());

        let alias = s.clone();
        assert!(!PyStr::append_if_unique(&mut s, b"ef"));
        assert_eq!(alias.as_bytes(), b"abcd");
        assert_eq!(s.as_bytes(), b"abcd");
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(repr(b"abc"), "'abc'");
        assert_eq!(repr(b"it's"), "\"it's\"");
        assert_eq!(repr(b"it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(
            repr(b"a\\b\t\n\r\x00\x7f\xff"),
            "'a\\\\b\\t\\n\\r\\x00\\x7f\\xff'"
        );
        assert_eq!(
            repr(b"|\x00\x00|\x01\x00\x16}\x02\x00|\x02\x00S"),
            "'|\\x00\\x00|\\x01\\x00\\x16}\\x02\\x00|\\x02\\x00S'"
        );
    }
}

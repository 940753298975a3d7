//! `str` (CPython: `Objects/stringobject.c`).

use std::cell::Cell;
use std::rc::Rc;

/// A byte string, with its hash and the quote of its repr each found once.
pub struct PyStr {
    pub bytes: Box<[u8]>,
    /// The hash, or -1 before it is computed (no string hashes to -1).
    hash: Cell<i64>,
    /// The quote `repr` uses, or 0 before it is found: a watched stack
    /// shows a long string's repr, cut short, at every step.
    quote: Cell<u8>,
}

impl PyStr {
    pub fn new(bytes: Box<[u8]>) -> PyStr {
        PyStr {
            bytes,
            hash: Cell::new(-1),
            quote: Cell::new(0),
        }
    }

    /// The quote the repr of the string uses (see [`repr_quote`]).
    pub fn quote(&self) -> u8 {
        match self.quote.get() {
            0 => {
                let q = repr_quote(&self.bytes);
                self.quote.set(q);
                q
            }
            q => q,
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
        s.hash.set(-1);
        s.quote.set(0);
        true
    }

    /// `hash(s)`, as CPython 2.7 computes it (cached like `ob_shash`).
    pub fn hash(&self) -> i64 {
        match self.hash.get() {
            -1 => {
                let h = super::hashing::hash_bytes(&self.bytes);
                self.hash.set(h);
                h
            }
            h => h,
        }
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

/// The quote a byte string's repr uses: `"` if the bytes hold a `'` and
/// no `"`, else `'`.
pub fn repr_quote(bytes: &[u8]) -> u8 {
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

/// Appends the repr of `bytes` to `out`, stopping once `out` is longer
/// than `budget` bytes: a caller that shortens the repr need not escape
/// all of a long string.
pub fn repr_into(out: &mut String, bytes: &[u8], budget: usize) {
    repr_quoted_into(out, bytes, repr_quote(bytes), budget);
}

/// [`repr_into`] with the quote already known.
pub fn repr_quoted_into(out: &mut String, bytes: &[u8], quote: u8, budget: usize) {
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
    fn the_remembered_quote_follows_appends() {
        let mut s = Rc::new(PyStr::from("it"));
        assert_eq!(s.quote(), b'\'');
        assert!(PyStr::append_if_unique(&mut s, b"'s"));
        assert_eq!(s.quote(), b'"');
        assert!(PyStr::append_if_unique(&mut s, b" \"x\""));
        assert_eq!(s.quote(), b'\'');
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

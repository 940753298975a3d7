//! `str` (CPython: `Objects/stringobject.c`).

/// `repr()` of a byte string: single quotes unless the bytes hold a `'` and no
/// `"`; `\t`, `\n`, `\r` by name; other bytes outside printable ASCII as `\xNN`.
pub fn repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(char::from(quote));
    for &b in bytes {
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
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::repr;

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

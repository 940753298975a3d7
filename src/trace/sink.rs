//! Where a trace goes: a byte buffer written out in large blocks, so that a
//! trace of any length streams in constant memory, and the escaping that
//! JSON strings need.

use std::io::Write;

/// Bytes are written to the destination once this many are waiting.
const BLOCK: usize = 1 << 16;

/// A buffered trace destination that remembers its first write error.
pub struct Sink {
    buf: Vec<u8>,
    out: Box<dyn Write>,
    /// Write each event out at once (a terminal shows it as it happens).
    eager: bool,
    /// The first error writing failed with; nothing is written after it.
    pub error: Option<std::io::Error>,
}

impl Sink {
    pub fn new(out: Box<dyn Write>, eager: bool) -> Sink {
        Sink {
            buf: Vec::with_capacity(BLOCK + 4096),
            out,
            eager,
            error: None,
        }
    }

    /// The buffer to append an event to.
    #[inline]
    pub fn buf(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }

    /// Called after each event: writes the buffer out when it is full.
    #[inline]
    pub fn end_event(&mut self) {
        if self.eager || self.buf.len() >= BLOCK {
            self.write_out();
        }
    }

    fn write_out(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(&self.buf) {
                self.error = Some(e);
            }
        }
        self.buf.clear();
    }

    /// Writes everything out.
    pub fn flush(&mut self) {
        self.write_out();
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
    }
}

/// Appends `s` as the inside of a JSON string (RFC 8259): `"` and `\`
/// escaped, control characters as `\n`, `\t`, ... or `\u00XX`.
pub fn json_escape(out: &mut Vec<u8>, bytes: &[u8]) {
    // Most text needs no escaping; finding that out is a quick scan.
    if !bytes
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f)
    {
        out.extend_from_slice(bytes);
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escaped: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f | 0x7f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        } else {
            out.extend_from_slice(escaped);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Appends `"s"`, escaped.
pub fn json_string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    json_escape(out, s.as_bytes());
    out.push(b'"');
}

/// Appends the decimal digits of `n`.
#[inline]
pub fn write_u64(out: &mut Vec<u8>, n: u64) {
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    let mut digits = [0u8; 20];
    let at = crate::vm::describe::decimal_digits(n, &mut digits);
    out.extend_from_slice(&digits[at..]);
}

/// Adds one to the decimal number in `digits` (ASCII, most significant
/// first), in place: cheaper than formatting a counter anew each time.
pub fn increment_decimal(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// Appends the decimal digits of `n`, with a sign if negative.
#[inline]
pub fn write_i64(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    write_u64(out, n.unsigned_abs());
}

/// Appends `n` right-aligned in `width` columns.
pub fn write_padded(out: &mut Vec<u8>, n: i64, width: usize) {
    let mut digits = [0u8; 21];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        digits[i] = b'-';
    }
    let len = digits.len() - i;
    pad(out, width.saturating_sub(len));
    out.extend_from_slice(&digits[i..]);
}

/// Appends `n` spaces.
#[inline]
pub fn pad(out: &mut Vec<u8>, n: usize) {
    out.resize(out.len() + n, b' ');
}

/// Appends `s` left-aligned in `width` columns (by characters).
pub fn write_left(out: &mut Vec<u8>, s: &str, width: usize) {
    out.extend_from_slice(s.as_bytes());
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    pad(out, width.saturating_sub(n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_json_requires() {
        let mut out = Vec::new();
        json_string(&mut out, "a\"b\\c\nd\u{1}e\u{7f}\u{e9}");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a\\\"b\\\\c\\nd\\u0001e\\u007f\u{e9}\""
        );
    }

    #[test]
    fn counts_in_decimal() {
        let mut digits = b"0".to_vec();
        for n in 1..=1234u64 {
            increment_decimal(&mut digits);
            let mut expected = Vec::new();
            write_u64(&mut expected, n);
            assert_eq!(digits, expected);
        }
    }

    #[test]
    fn numbers_and_padding() {
        let mut out = Vec::new();
        write_i64(&mut out, -120);
        out.push(b' ');
        write_u64(&mut out, 0);
        out.push(b' ');
        for n in [7, 10, 99, 100, 12345, u64::MAX] {
            write_u64(&mut out, n);
            out.push(b' ');
        }
        write_padded(&mut out, 42, 5);
        write_left(&mut out, "ab", 4);
        out.push(b'|');
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "-120 0 7 10 99 100 12345 18446744073709551615    42ab  |"
        );
    }
}

//! Where a trace goes: a text buffer written out in large blocks, so that a
//! trace of any length streams in constant memory, and the escaping that
//! JSON strings need.
//!
//! The buffer is a `String`, so that the describers the debugger also uses
//! (`src/vm/describe.rs`) write operands and reprs straight into it.

use std::io::Write;

/// Bytes are written to the destination once this many are waiting.
const BLOCK: usize = 1 << 18;

/// A buffered trace destination that remembers its first write error.
pub struct Sink {
    buf: String,
    out: Box<dyn Write>,
    /// Write each event out at once (a terminal shows it as it happens).
    eager: bool,
    /// The first error writing failed with; nothing is written after it.
    pub error: Option<std::io::Error>,
}

impl Sink {
    pub fn new(out: Box<dyn Write>, eager: bool) -> Sink {
        Sink {
            buf: String::with_capacity(BLOCK + 4096),
            out,
            eager,
            error: None,
        }
    }

    /// The buffer to append an event to.
    #[inline]
    pub fn buf(&mut self) -> &mut String {
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
            if let Err(e) = self.out.write_all(self.buf.as_bytes()) {
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

/// Whether a character must be escaped inside a JSON string (RFC 8259
/// asks it of `"`, `\` and the control characters; DEL is escaped too).
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f
}

/// Appends `s` as the inside of a JSON string: `"` and `\` escaped,
/// control characters as `\n`, `\t`, ... or `\u00XX`.
pub fn json_escape(out: &mut String, s: &str) {
    // Most text needs no escaping; finding that out is a quick scan.
    if !s.bytes().any(needs_escape) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' | '\u{7f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c as u8 >> 4)]));
                out.push(char::from(HEX[usize::from(c as u8 & 15)]));
            }
            _ => out.push(c),
        }
    }
}

/// Escapes for a JSON string what was appended to `out` from `start` on:
/// text is written into the buffer first and, in the rare case it needs
/// it, escaped after.
#[inline]
pub fn escape_from(out: &mut String, start: usize) {
    if out.as_bytes()[start..].iter().any(|&b| needs_escape(b)) {
        let raw = out.split_off(start);
        json_escape(out, &raw);
    }
}

/// Appends `"s"`, escaped.
pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    json_escape(out, s);
    out.push('"');
}

/// Appends the decimal digits of `n`.
#[inline]
pub fn write_u64(out: &mut String, n: u64) {
    if n < 10 {
        out.push(char::from(b'0' + n as u8));
    } else {
        out.push_str(itoa::Buffer::new().format(n));
    }
}

/// Appends the decimal digits of `n`, with a sign if negative.
#[inline]
pub fn write_i64(out: &mut String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Appends `n` right-aligned in `width` columns.
pub fn write_padded(out: &mut String, n: i64, width: usize) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    pad(out, width.saturating_sub(digits.len()));
    out.push_str(digits);
}

/// Appends `n` spaces.
#[inline]
pub fn pad(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > SPACES.len() {
        out.push_str(SPACES);
        n -= SPACES.len();
    }
    out.push_str(&SPACES[..n]);
}

/// Appends `s` left-aligned in `width` columns (by characters).
pub fn write_left(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
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
        let mut out = String::new();
        json_string(&mut out, "a\"b\\c\nd\u{1}e\u{7f}\u{e9}");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001e\\u007f\u{e9}\"");
        let mut out = String::from("{\"x\":\"");
        let start = out.len();
        out.push_str("plain");
        escape_from(&mut out, start);
        out.push_str("\",\"y\":\"");
        let start = out.len();
        out.push_str("tab\there \"q\" \u{e9}");
        escape_from(&mut out, start);
        assert_eq!(out, "{\"x\":\"plain\",\"y\":\"tab\\there \\\"q\\\" \u{e9}");
    }

    #[test]
    fn numbers_and_padding() {
        let mut out = String::new();
        write_i64(&mut out, -120);
        out.push(' ');
        write_u64(&mut out, 0);
        out.push(' ');
        for n in [7, 10, 99, 100, 12345, u64::MAX] {
            write_u64(&mut out, n);
            out.push(' ');
        }
        write_padded(&mut out, 42, 5);
        write_left(&mut out, "ab", 4);
        out.push('|');
        pad(&mut out, 70);
        out.push('|');
        assert_eq!(
            out,
            format!(
                "-120 0 7 10 99 100 12345 18446744073709551615    42ab  |{}|",
                " ".repeat(70)
            )
        );
    }
}

//! Character properties for `unicode` methods (CPython: `Objects/unicodectype.c`
//! over `Objects/unicodetype_db.h`): the `Py_UNICODE_IS*` tests and the
//! simple, one-to-one case mappings of CPython 2.7's Unicode 5.2.0 database.
//!
//! The table (`unicodetype_db.rs`) is generated from python2.7 itself, so
//! `u'\xdf'.upper()` stays `u'\xdf'` and `u'\u0130'.lower()` is `u'i'`, as in
//! 2.7, where Rust's `char` methods (full mappings, newer Unicode) differ.

use super::unicodetype_db::{TypeRecord, RECORDS, RUNS};

const ALPHA: u16 = 1;
const DECIMAL: u16 = 1 << 1;
const DIGIT: u16 = 1 << 2;
const NUMERIC: u16 = 1 << 3;
const SPACE: u16 = 1 << 4;
const LOWER: u16 = 1 << 5;
const UPPER: u16 = 1 << 6;
const TITLE: u16 = 1 << 7;
const LINEBREAK: u16 = 1 << 8;

/// The type record of a code point (`gettyperecord`); values past U+10FFFF
/// have the empty record.
fn record(ch: u32) -> TypeRecord {
    if ch > 0x10ffff {
        return RECORDS[0];
    }
    let run = RUNS.partition_point(|&(start, _)| start <= ch);
    // RUNS starts at 0, so `run` is at least 1.
    RECORDS[RUNS[run.saturating_sub(1)].1 as usize]
}

fn has(ch: u32, flag: u16) -> bool {
    record(ch).0 & flag != 0
}

/// Applies a case offset; a record never maps outside the code space.
fn offset(ch: u32, delta: i32) -> u32 {
    ch.checked_add_signed(delta).unwrap_or(ch)
}

pub fn is_alpha(ch: u32) -> bool {
    has(ch, ALPHA)
}

pub fn is_decimal(ch: u32) -> bool {
    has(ch, DECIMAL)
}

pub fn is_digit(ch: u32) -> bool {
    has(ch, DIGIT)
}

pub fn is_numeric(ch: u32) -> bool {
    has(ch, NUMERIC)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(ch: u32) -> bool {
    has(ch, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// `Py_UNICODE_ISSPACE`; for ASCII this includes `\x1c`–`\x1f`.
pub fn is_space(ch: u32) -> bool {
    has(ch, SPACE)
}

pub fn is_lower(ch: u32) -> bool {
    has(ch, LOWER)
}

pub fn is_upper(ch: u32) -> bool {
    has(ch, UPPER)
}

pub fn is_title(ch: u32) -> bool {
    has(ch, TITLE)
}

/// `Py_UNICODE_ISLINEBREAK`: `\n \x0b \x0c \r \x1c \x1d \x1e \x85 \u2028 \u2029`.
pub fn is_linebreak(ch: u32) -> bool {
    has(ch, LINEBREAK)
}

/// The decimal digit value, if the character is a decimal digit.
pub fn to_decimal(ch: u32) -> Option<u32> {
    u32::try_from(record(ch).1).ok()
}

pub fn to_upper(ch: u32) -> u32 {
    offset(ch, record(ch).2)
}

pub fn to_lower(ch: u32) -> u32 {
    offset(ch, record(ch).3)
}

pub fn to_title(ch: u32) -> u32 {
    offset(ch, record(ch).4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii() {
        assert!(is_alpha(u32::from('a')) && is_lower(u32::from('a')) && !is_upper(u32::from('a')));
        assert_eq!(to_upper(u32::from('a')), u32::from('A'));
        assert_eq!(to_lower(u32::from('Z')), u32::from('z'));
        assert_eq!(to_decimal(u32::from('7')), Some(7));
        assert_eq!(to_decimal(u32::from('x')), None);
        for ch in [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20] {
            assert!(is_space(ch), "{ch:#x}");
        }
        assert!(!is_space(u32::from('a')));
        assert!(is_linebreak(0x0a) && is_linebreak(0x1c) && !is_linebreak(0x1f));
    }

    #[test]
    fn latin1_greek_cyrillic() {
        // 2.7 has only simple mappings: sharp s has no single-letter upper case.
        assert_eq!(to_upper(0xdf), 0xdf);
        assert_eq!(to_upper(0xb5), 0x39c);
        assert_eq!(to_upper(0xff), 0x178);
        assert_eq!(to_lower(0xc9), 0xe9);
        assert_eq!(to_lower(0x130), u32::from('i'));
        assert_eq!(to_lower(0x3a3), 0x3c3);
        assert_eq!(to_upper(0x3c2), 0x3a3);
        assert_eq!(to_upper(0x1f80), 0x1f88);
        assert_eq!(to_lower(0x416), 0x436);
        assert_eq!(to_upper(0x451), 0x401);
        assert_eq!(to_title(0x1c6), 0x1c5);
        assert!(is_title(0x1c5) && !is_upper(0x1c5) && !is_lower(0x1c5));
    }

    #[test]
    fn numbers_and_edges() {
        assert!(is_digit(0xb2) && !is_decimal(0xb2) && is_numeric(0xb2));
        assert!(is_numeric(0xbd) && !is_digit(0xbd));
        assert_eq!(to_decimal(0x661), Some(1));
        assert!(is_space(0x3000) && !is_space(0x200b));
        assert!(is_linebreak(0x2028) && is_linebreak(0x85));
        assert_eq!(to_upper(0x10ffff), 0x10ffff);
        assert_eq!(to_upper(0x11_0000), 0x11_0000);
        assert_eq!(to_upper(u32::MAX), u32::MAX);
        assert!(!is_alpha(0xd800));
    }
}

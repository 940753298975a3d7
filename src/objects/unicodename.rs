//! Character names for the `\N{name}` escape (CPython: the name lookup of
//! `Modules/unicodedata.c`, Unicode 5.2.0).
//!
//! Names come from `unicodename_db.bin`, written by
//! `scripts/gen_unicode_names.py` (its layout is described there), except
//! those of CJK unified ideographs and Hangul syllables, which are built
//! from the code point. Table names match in any case; the built ones only
//! in upper case, as in 2.7.

static DB: &[u8] = include_bytes!("unicodename_db.bin");

/// The CJK unified ideographs of Unicode 5.2.0.
const CJK_RANGES: [(u32, u32); 4] = [
    (0x3400, 0x4db5),
    (0x4e00, 0x9fcb),
    (0x20000, 0x2a6d6),
    (0x2a700, 0x2b734),
];

const HANGUL_BASE: u32 = 0xac00;
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The code point named `name`, if any.
pub fn lookup(name: &[u8]) -> Option<u32> {
    if let Some(hex) = name.strip_prefix(b"CJK UNIFIED IDEOGRAPH-") {
        return cjk(hex);
    }
    if let Some(rest) = name.strip_prefix(b"HANGUL SYLLABLE ") {
        return hangul(rest);
    }
    table_lookup(name)
}

fn cjk(hex: &[u8]) -> Option<u32> {
    if !(4..=5).contains(&hex.len()) {
        return None;
    }
    let mut value = 0u32;
    for &b in hex {
        let d = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'F' => b - b'A' + 10,
            _ => return None,
        };
        value = value * 16 + u32::from(d);
    }
    CJK_RANGES
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&value))
        .then_some(value)
}

/// The longest jamo short name `rest` starts with, and its index.
fn longest_jamo(rest: &[u8], names: &[&str]) -> Option<(usize, usize)> {
    names
        .iter()
        .enumerate()
        .filter(|(_, n)| rest.starts_with(n.as_bytes()))
        .max_by_key(|(_, n)| n.len())
        .map(|(i, n)| (i, n.len()))
}

fn hangul(name: &[u8]) -> Option<u32> {
    let (l, a) = longest_jamo(name, &JAMO_L)?;
    let (v, b) = longest_jamo(&name[a..], &JAMO_V)?;
    let (t, c) = longest_jamo(&name[a + b..], &JAMO_T)?;
    if a + b + c != name.len() {
        return None;
    }
    Some(HANGUL_BASE + ((l * 21 + v) * 28 + t) as u32)
}

/// A name of the table, compared word by word without building names.
fn table_lookup(name: &[u8]) -> Option<u32> {
    let upper: Vec<u8> = name.to_ascii_uppercase();
    let word_count = usize::from(u16::from_le_bytes([*DB.first()?, *DB.get(1)?]));
    let mut words: Vec<&[u8]> = Vec::with_capacity(word_count);
    let mut i = 2;
    for _ in 0..word_count {
        let len = usize::from(*DB.get(i)?);
        words.push(DB.get(i + 1..i + 1 + len)?);
        i += 1 + len;
    }
    while i < DB.len() {
        let rec = DB.get(i..i + 4)?;
        let cp = u32::from_le_bytes([rec[0], rec[1], rec[2], 0]);
        let n = usize::from(rec[3]);
        i += 4;
        let mut pos = 0;
        let mut matches = true;
        for k in 0..n {
            let first = *DB.get(i)?;
            let index = if first < 0x80 {
                i += 1;
                usize::from(first)
            } else {
                let second = *DB.get(i + 1)?;
                i += 2;
                (usize::from(first & 0x7f) << 8) | usize::from(second)
            };
            if !matches {
                continue;
            }
            let word = words.get(index)?;
            if k > 0 {
                matches = upper.get(pos) == Some(&b' ');
                pos += 1;
            }
            matches = matches && upper.get(pos..pos + word.len()) == Some(word);
            pos += word.len();
        }
        if matches && pos == upper.len() {
            return Some(cp);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn names() {
        assert_eq!(lookup(b"SNOWMAN"), Some(0x2603));
        assert_eq!(lookup(b"snowman"), Some(0x2603));
        assert_eq!(lookup(b"LATIN SMALL LETTER A"), Some(0x61));
        assert_eq!(lookup(b"LATIN SMALL LETTER"), None);
        assert_eq!(lookup(b"SPACE"), Some(0x20));
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-4E00"), Some(0x4e00));
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-9FCC"), None);
        assert_eq!(lookup(b"CJK UNIFIED IDEOGRAPH-2B734"), Some(0x2b734));
        assert_eq!(lookup(b"HANGUL SYLLABLE GAG"), Some(0xac01));
        assert_eq!(lookup(b"HANGUL SYLLABLE A"), Some(0xc544));
        assert_eq!(lookup(b"HANGUL SYLLABLE "), None);
        assert_eq!(lookup(b"NO SUCH CHARACTER NAME"), None);
        assert_eq!(lookup(b""), None);
    }
}

//! The hash functions of CPython 2.7 as a 64-bit build computes them with hash
//! randomization off (the 2.7 default): `hash(x)` for `str`, `unicode`, `int`,
//! `long`, `float`, `tuple` and `frozenset`.
//!
//! A hash is a C `long` (`i64`) and all arithmetic wraps as it does in C.
//! `-1` is the error value of a C hash function, so every function here turns
//! a result of `-1` into `-2` (the frozenset hash uses `590923713` instead).
//! `bool` hashes as its int value (`True` is 1, `False` is 0).

use num_bigint::BigInt;

/// `1000003`: the multiplier of the string and tuple hashes.
const MULTIPLIER: i64 = 1_000_003;

/// A C hash function's result: `-1` means "error", so a real `-1` becomes `-2`.
fn not_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// The string hash over a sequence of code units, shared by `str` (bytes) and
/// `unicode` (code points). Empty is 0; otherwise the first unit shifted left
/// by 7 seeds the value, each unit is mixed in with `x = (1000003*x) ^ unit`,
/// and the length is xored in at the end.
fn hash_units(units: impl ExactSizeIterator<Item = u32> + Clone) -> i64 {
    let len = units.len();
    let mut iter = units.clone();
    let Some(first) = iter.next() else {
        return 0;
    };
    let mut x = i64::from(first) << 7;
    for unit in units {
        x = MULTIPLIER.wrapping_mul(x) ^ i64::from(unit);
    }
    // A length above i64::MAX cannot exist; the C code xors in a Py_ssize_t.
    x ^= i64::try_from(len).unwrap_or(i64::MAX);
    not_minus_one(x)
}

/// `hash(s)` for a `str` (CPython: `string_hash` in `Objects/stringobject.c`).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    hash_units(bytes.iter().map(|&b| u32::from(b)))
}

/// `hash(u)` for a `unicode` of a UCS-4 build, one unit per code point
/// (CPython: `unicode_hash` in `Objects/unicodeobject.c`). An ASCII `unicode`
/// hashes like the equal `str`, as it must since they compare equal.
pub fn hash_unicode(code_points: &[u32]) -> i64 {
    hash_units(code_points.iter().copied())
}

/// `hash(i)` for an `int` (or `bool`): the value itself (CPython: `int_hash`
/// in `Objects/intobject.c`).
pub fn hash_int(value: i64) -> i64 {
    not_minus_one(value)
}

/// `hash(n)` for a `long` (CPython: `long_hash` in `Objects/longobject.c`).
///
/// CPython folds the digits into an unsigned `long` with a circular shift and
/// an end-around carry, which yields `|n|` modulo `2**64 - 1`, except that a
/// nonzero multiple of `2**64 - 1` gives `2**64 - 1` rather than 0. Adding
/// the 64-bit limbs of `|n|` with an end-around carry (ones' complement
/// addition, since `2**64` is 1 modulo `2**64 - 1`) gives exactly that
/// value. The sign is then applied by negating, modulo `2**64`. So a long
/// that fits an int hashes like the int.
pub fn hash_long(value: &BigInt) -> i64 {
    let mut x: u64 = 0;
    for limb in value.magnitude().iter_u64_digits() {
        let (sum, carry) = x.overflowing_add(limb);
        // With a carry, `sum` is at most 2**64 - 2, so adding 1 cannot overflow.
        x = sum.wrapping_add(u64::from(carry));
    }
    if value.sign() == num_bigint::Sign::Minus {
        x = x.wrapping_neg();
    }
    not_minus_one(x as i64)
}

/// `hash(x)` for a `float` (CPython: `_Py_HashDouble` in `Objects/object.c`).
///
/// Infinities hash to 314159 and -271828, NaN to 0. An integral value hashes
/// like the equal int (or, beyond `LONG_MAX/2`, the equal long). Otherwise
/// `frexp` splits `x` into `m * 2**e` with `0.5 <= |m| < 1`, and the hash is
/// the top 31 bits of `m`, plus the next 31 bits, plus `e << 15`.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x < 0.0 { -271_828 } else { 314_159 };
    }
    if x.fract() == 0.0 {
        // `LONG_MAX/2` is 2**62 - 1, which becomes 2**62 as a double.
        let limit = 4_611_686_018_427_387_904.0_f64;
        if x > limit || -x > limit {
            return hash_long(&integral_to_bigint(x));
        }
        return not_minus_one(x as i64);
    }
    let (mantissa, exponent) = frexp(x);
    let two_31 = 2_147_483_648.0_f64;
    let scaled = mantissa * two_31;
    let high = scaled as i64; // truncates toward zero, as a C cast does
    let low = ((scaled - high as f64) * two_31) as i64;
    not_minus_one(high + low + i64::from(exponent) * 32_768)
}

/// C's `frexp` for a finite, nonzero `x`: `(m, e)` with `x = m * 2**e` and
/// `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * 18_446_744_073_709_551_616.0); // 2**64
        return (m, e - 64);
    }
    // Set the exponent field so the value lies in [0.5, 1).
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, biased - 1022)
}

/// The exact integer value of an integral, finite float.
fn integral_to_bigint(x: f64) -> BigInt {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // Integral floats this large are normal numbers: value = 1.fraction * 2**(biased-1023).
    let significand = BigInt::from(fraction | (1 << 52));
    let shift = biased - 1075;
    let magnitude = if shift >= 0 {
        significand << shift.unsigned_abs()
    } else {
        significand >> shift.unsigned_abs()
    };
    if x < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// The tuple hash computed one item hash at a time (CPython: `tuplehash` in
/// `Objects/tupleobject.c`). The multiplier grows by `82520 + 2*k` after each
/// item, where `k` counts the items still to come, so the length must be
/// known up front.
///
/// ```
/// use glasspy::objects::hashing::{hash_int, TupleHasher};
/// let mut h = TupleHasher::new(2);
/// h.add(hash_int(1));
/// h.add(hash_int(2));
/// assert_eq!(h.finish(), 3713081631934410656);
/// ```
#[derive(Debug, Clone)]
pub struct TupleHasher {
    x: i64,
    mult: i64,
    remaining: i64,
}

impl TupleHasher {
    /// Starts the hash of a tuple of `len` items.
    pub fn new(len: usize) -> Self {
        TupleHasher {
            x: 0x345678,
            mult: MULTIPLIER,
            remaining: i64::try_from(len).unwrap_or(i64::MAX),
        }
    }

    /// Mixes in the hash of the next item.
    pub fn add(&mut self, item_hash: i64) {
        self.remaining = self.remaining.wrapping_sub(1);
        self.x = (self.x ^ item_hash).wrapping_mul(self.mult);
        self.mult = self
            .mult
            .wrapping_add(82_520)
            .wrapping_add(self.remaining)
            .wrapping_add(self.remaining);
    }

    /// The tuple's hash.
    pub fn finish(&self) -> i64 {
        not_minus_one(self.x.wrapping_add(97_531))
    }
}

/// `hash(t)` for a tuple whose items hash to `item_hashes`, in order
/// (CPython: `tuplehash`). `hash(()) == 3527539`.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut hasher = TupleHasher::new(item_hashes.len());
    for &h in item_hashes {
        hasher.add(h);
    }
    hasher.finish()
}

/// `hash(f)` for a frozenset whose entries have the stored hashes
/// `entry_hashes` (CPython: `frozenset_hash` in `Objects/setobject.c`).
///
/// Each entry hash `h` is spread as `(h ^ (h << 16) ^ 89869747) * 3644798167`
/// and xored into `1927868237 * (n + 1)`; the result is `h * 69069 +
/// 907133923`, with `-1` turned into `590923713`. Xor does not depend on the
/// order, so neither does the hash.
pub fn hash_frozenset(entry_hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut spread: i64 = 0;
    let mut count: i64 = 0;
    for h in entry_hashes {
        spread ^= (h ^ h.wrapping_shl(16) ^ 89_869_747).wrapping_mul(3_644_798_167);
        count = count.wrapping_add(1);
    }
    let mut hash = 1_927_868_237_i64.wrapping_mul(count.wrapping_add(1)) ^ spread;
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == -1 {
        590_923_713
    } else {
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> BigInt {
        text.parse().unwrap()
    }

    #[test]
    fn str_hashes() {
        // python2.7 -c 'print [hash(s) for s in ["", "a", "abc", "\x00", "\xff\xfe", "hello world", "glasspy"]]'
        let cases: [(&[u8], i64); 7] = [
            (b"", 0),
            (b"a", 12416037344),
            (b"abc", 1453079729188098211),
            (b"\x00", 1),
            (b"\xff\xfe", 32640195839293889),
            (b"hello world", -2324238377118044897),
            (b"glasspy", 2687580606229626074),
        ];
        for (s, h) in cases {
            assert_eq!(hash_bytes(s), h, "{s:?}");
        }
    }

    #[test]
    fn unicode_hashes() {
        // python2.7 -c 'print [hash(u) for u in [u"", u"a", u"abc", u"\xe9", u"\u20ac", u"\U0001F600", u"\ud800", u"a\U0010ffffb"]]'
        let cases: [(&[u32], i64); 8] = [
            (&[], 0),
            (&[0x61], 12416037344),
            (&[0x61, 0x62, 0x63], 1453079729188098211),
            (&[0xe9], 29824089448),
            (&[0x20ac], 1070595220141),
            (&[0x1f600], 16449585346049),
            (&[0xd800], 7077909288961),
            (&[0x61, 0x10ffff, 0x62], 1453080769730219829),
        ];
        for (u, h) in cases {
            assert_eq!(hash_unicode(u), h, "{u:?}");
        }
    }

    #[test]
    fn int_hashes() {
        // python2.7 -c 'print [hash(i) for i in [0, 1, -1, -2, 2**62, -2**63, 2**63-1, 123456789]]'
        let cases = [
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (1 << 62, 4611686018427387904),
            (i64::MIN, i64::MIN),
            (i64::MAX, i64::MAX),
            (123456789, 123456789),
        ];
        for (i, h) in cases {
            assert_eq!(hash_int(i), h, "{i}");
        }
    }

    #[test]
    fn long_hashes() {
        // python2.7 -c 'print [hash(l) for l in [0L, 1L, -1L, -2L, 2**63, -2**63, 2**64-1, 2**64,
        //   2**64+1, -(2**64), 2**128+5, -(2**70), 2**65-2, 3**100, -(3**100), 2**63-1]]'
        let three_100 = "515377520732011331036461129765621272702107522001";
        let cases = [
            ("0".to_string(), 0),
            ("1".to_string(), 1),
            ("-1".to_string(), -2),
            ("-2".to_string(), -2),
            ("9223372036854775808".to_string(), i64::MIN),
            ("-9223372036854775808".to_string(), i64::MIN),
            ("18446744073709551615".to_string(), -2),
            ("18446744073709551616".to_string(), 1),
            ("18446744073709551617".to_string(), 2),
            ("-18446744073709551616".to_string(), -2),
            ("340282366920938463463374607431768211461".to_string(), 6),
            ("-1180591620717411303424".to_string(), -64),
            ("36893488147419103230".to_string(), -2),
            (three_100.to_string(), 4452905185710202641),
            (format!("-{three_100}"), -4452905185710202641),
            ("9223372036854775807".to_string(), i64::MAX),
        ];
        for (text, h) in cases {
            assert_eq!(hash_long(&big(&text)), h, "{text}");
        }
    }

    #[test]
    fn float_hashes() {
        // python2.7 -c 'print [hash(f) for f in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e100, -1e100,
        //   2.0**62, 2.0**62+2048, 2.0**63, 2.0**64, 1e-300, 5e-324, float("inf"), float("-inf"),
        //   float("nan"), 3.141592653589793, -2.5, 1e16]]'
        let cases = [
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1610645504),
            (-1.5, -1610579968),
            (0.1, 2576882278),
            (1e100, -5970202163673034167),
            (-1e100, 5970202163673034167),
            (4611686018427387904.0, 4611686018427387904),
            (4611686018427389952.0, 4611686018427389952),
            (9223372036854775808.0, i64::MIN),
            (18446744073709551616.0, 1),
            (1e-300, 3316461835),
            (5e-324, 1038581760),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -271828),
            (f64::NAN, 0),
            (std::f64::consts::PI, 1826823505),
            (-2.5, -1342111744),
            (1e16, 10000000000000000),
        ];
        for (x, h) in cases {
            assert_eq!(hash_float(x), h, "{x:e}");
        }
    }

    #[test]
    fn tuple_hashes() {
        // python2.7 -c 'print [hash(t) for t in [(), (1,), (1,2), (-1,), ("a", 1), ((1,2),(3,)), (1.5, 2L**64, "x")]]'
        let one_two = hash_tuple(&[1, 2]);
        let cases: [(Vec<i64>, i64); 7] = [
            (vec![], 3527539),
            (vec![1], 3430019387558),
            (vec![1, 2], 3713081631934410656),
            (vec![hash_int(-1)], -3430020192499),
            (vec![hash_bytes(b"a"), 1], -3828833845468547008),
            (vec![one_two, hash_tuple(&[3])], 8911505428751851407),
            (
                vec![
                    hash_float(1.5),
                    hash_long(&big("18446744073709551616")),
                    hash_bytes(b"x"),
                ],
                -6607093516199502631,
            ),
        ];
        for (items, h) in cases {
            assert_eq!(hash_tuple(&items), h, "{items:?}");
        }
    }

    #[test]
    fn frozenset_hashes() {
        // python2.7 -c 'print [hash(frozenset(x)) for x in [[], [1], [1,2], [1,2,3], ["a","b"], [-1], [2**64]]]'
        let cases: [(Vec<i64>, i64); 7] = [
            (vec![], 133156838395276),
            (vec![1], -8166288242918962057),
            (vec![1, 2], -1834016341293975159),
            (vec![3, 1, 2], -7699079583225461316),
            (
                vec![hash_bytes(b"a"), hash_bytes(b"b")],
                3138257626259684061,
            ),
            (vec![hash_int(-1)], -1682204383405476832),
            (
                vec![hash_long(&big("18446744073709551616"))],
                -8166288242918962057,
            ),
        ];
        for (items, h) in cases {
            assert_eq!(hash_frozenset(items.iter().copied()), h, "{items:?}");
        }
    }
}

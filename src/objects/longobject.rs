//! `long` (CPython: `Objects/longobject.c`): operations on unbounded
//! integers, as `num_bigint::BigInt`s. [`super::intobject::Integer`] calls
//! these for every operation with a `long` operand and for `int` operations
//! that overflow a C long.
//!
//! **Size limit.** CPython computes until memory runs out, which for
//! `2 ** (2 ** 62)` means swapping for hours and for `1 << sys.maxint` an
//! immediate `MemoryError`. Here a result longer than [`MAX_BITS`] bits
//! raises `MemoryError` at once instead; below that the values are CPython's.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer as _;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::intobject::{
    digit_value, is_c_space, memory_error, overflow, type_error, value_error, zero_division,
    ErrKind, IntOrFloat, Integer, NumError, NumResult,
};
use super::stringobject;

/// The largest result, in bits, that is computed (2**28 bits: 32 MiB, about
/// 80 million decimal digits). Larger ones raise `MemoryError`.
pub const MAX_BITS: u64 = 1 << 28;

/// `long_repr`: decimal digits and `L`.
pub fn repr(a: &BigInt) -> String {
    format!("{a}L")
}

/// `_PyLong_Format`: `a` in base 2, 8, 10 or 16, with `-` before the prefix
/// (`0b`, `0x`, and for base 8 `0o` when `newstyle` or else `0` unless the
/// value is zero) and `L` after when `add_l`.
pub fn format(a: &BigInt, base: u32, add_l: bool, newstyle: bool) -> String {
    let mut out = String::new();
    if a.is_negative() {
        out.push('-');
    }
    match base {
        2 => out.push_str("0b"),
        8 if newstyle => out.push_str("0o"),
        8 if !a.is_zero() => out.push('0'),
        16 => out.push_str("0x"),
        _ => {}
    }
    out.push_str(&a.magnitude().to_str_radix(base));
    if add_l {
        out.push('L');
    }
    out
}

fn check_bits(bits: u64) -> NumResult<()> {
    if bits > MAX_BITS {
        Err(memory_error())
    } else {
        Ok(())
    }
}

/// `long_mul`.
pub fn mul(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    check_bits(a.bits().saturating_add(b.bits()))?;
    Ok(a * b)
}

/// `l_divmod`: floor quotient and remainder with the divisor's sign;
/// `ZeroDivisionError: long division or modulo by zero`.
pub fn divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(zero_division("long division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// `~a` (`long_invert`): `-(a+1)`.
pub fn invert(a: &BigInt) -> BigInt {
    -(a + BigInt::one())
}

/// `PyLong_AsSsize_t`: a shift count or index as a C `Py_ssize_t`.
pub fn as_ssize_t(a: &BigInt) -> NumResult<i64> {
    a.to_i64()
        .ok_or_else(|| overflow("long int too large to convert to int"))
}

/// `long_lshift`: `ValueError: negative shift count`; a count beyond a
/// `Py_ssize_t` raises `OverflowError`.
pub fn lshift(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    let shift = as_ssize_t(b)?;
    if shift < 0 {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    check_bits(a.bits().saturating_add(shift as u64))?;
    Ok(a << (shift as usize))
}

/// `long_rshift`: the floor of `a / 2**b`; a negative `a` is shifted as
/// `~(~a >> b)`, as CPython does (so its errors come from that inner shift).
pub fn rshift(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if a.is_negative() {
        return Ok(invert(&rshift(&invert(a), b)?));
    }
    let shift = as_ssize_t(b)?;
    if shift < 0 {
        return Err(value_error("negative shift count"));
    }
    if shift as u64 >= a.bits() {
        return Ok(BigInt::zero());
    }
    Ok(a >> (shift as usize))
}

/// `long_pow`. A negative exponent raises `TypeError` when there is a
/// modulus and otherwise gives `negative_exponent()`, the float power
/// (CPython hands the original operands to `float_pow`). A zero modulus
/// raises `ValueError`; the result has the modulus's sign.
pub fn pow(
    a: &BigInt,
    b: &BigInt,
    c: Option<&BigInt>,
    negative_exponent: impl FnOnce() -> NumResult<f64>,
) -> NumResult<IntOrFloat> {
    let long = |x: BigInt| Ok(IntOrFloat::Integer(Integer::Long(x)));
    if b.is_negative() {
        if c.is_some() {
            return Err(type_error(
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        return negative_exponent().map(IntOrFloat::Float);
    }
    if let Some(c) = c {
        if c.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let m = c.abs();
        let z = a.mod_floor(&m).modpow(b, &m);
        if c.is_negative() && !z.is_zero() {
            return long(z - m);
        }
        return long(z);
    }
    if a.is_zero() {
        return long(if b.is_zero() {
            BigInt::one()
        } else {
            BigInt::zero()
        });
    }
    if a.magnitude().is_one() {
        let negative = a.is_negative() && b.is_odd();
        return long(if negative {
            -BigInt::one()
        } else {
            BigInt::one()
        });
    }
    // |a| >= 2, so the result has about b * log2|a| bits: at least b.
    let exponent = b
        .to_u64()
        .filter(|&e| e <= MAX_BITS)
        .ok_or_else(memory_error)?;
    if exponent as f64 * log2_magnitude(a) >= MAX_BITS as f64 {
        return Err(memory_error());
    }
    // `exponent` fits: it is at most MAX_BITS.
    long(num_traits::pow(a.clone(), exponent as usize))
}

/// log2|a| for a nonzero `a`, from its top 64 bits.
fn log2_magnitude(a: &BigInt) -> f64 {
    let shift = a.bits().saturating_sub(64);
    let top = (a.magnitude() >> shift).to_u64().unwrap_or(u64::MAX);
    shift as f64 + (top as f64).log2()
}

/// `x * 2**e` for an `x` whose product is exactly representable (C's `ldexp`
/// in that case), scaling in steps that stay exact.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let two_to = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1023 {
        x *= two_to(1023);
        e -= 1023;
    }
    while e < -1022 {
        x *= two_to(-1022);
        e += 1022;
    }
    x * two_to(e)
}

/// `a / b` for `a, b > 0`, correctly rounded (half to even) as
/// `long_true_divide` and `PyLong_AsDouble` give it; `None` if it rounds to
/// 2**1024 or more.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    // 2**(diff-1) < a/b < 2**(diff+1)
    let diff = a.bits() as i128 - b.bits() as i128;
    if diff > MAX_EXP as i128 {
        return None;
    }
    if diff < (MIN_EXP - MANT_DIG - 1) as i128 {
        return Some(0.0);
    }
    let diff = diff as i64;
    // x = floor(a / b / 2**shift) has 55 or 56 bits, or fewer for subnormals.
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (num, den) = if shift <= 0 {
        (a << (-shift) as usize, b.clone())
    } else {
        (a.clone(), b << shift as usize)
    };
    let (x, rest) = num.div_rem(&den);
    let x = x.to_u64()?;
    let inexact = !rest.is_zero();
    let x_bits = i64::from(64 - x.leading_zeros());
    // Bits to round away: all below the 53 kept (fewer kept when subnormal).
    let extra = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let half = 1u64 << (extra - 1);
    let mut q = x >> extra;
    let round_up = x & half != 0 && (x & (half - 1) != 0 || inexact || q & 1 != 0);
    if round_up {
        q += 1;
    }
    let e = shift + extra;
    if i64::from(64 - q.leading_zeros()) + e > MAX_EXP {
        return None;
    }
    Some(ldexp(q as f64, e))
}

/// `PyLong_AsDouble`: correctly rounded;
/// `OverflowError: long int too large to convert to float`.
pub fn as_f64(a: &BigInt) -> NumResult<f64> {
    if a.is_zero() {
        return Ok(0.0);
    }
    let x = ratio_to_f64(a.magnitude(), &BigUint::one())
        .ok_or_else(|| overflow("long int too large to convert to float"))?;
    Ok(if a.is_negative() { -x } else { x })
}

/// `long_true_divide`: `a / b` correctly rounded; `ZeroDivisionError:
/// division by zero`, `OverflowError: integer division result too large
/// for a float`; a zero result takes the quotient's sign.
pub fn true_divide(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let x = if a.is_zero() {
        0.0
    } else {
        ratio_to_f64(a.magnitude(), b.magnitude())
            .ok_or_else(|| overflow("integer division result too large for a float"))?
    };
    Ok(if negate { -x } else { x })
}

/// `PyLong_FromDouble`: `long(x)`, truncating toward zero;
/// `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn from_f64(x: f64) -> NumResult<BigInt> {
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    // |t| >= 1 is normal: mantissa with its hidden bit, times 2**(exp-1075).
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = BigInt::from((bits & ((1u64 << 52) - 1)) | (1u64 << 52));
    let magnitude = if exp >= 0 {
        mantissa << exp as usize
    } else {
        mantissa >> (-exp) as usize
    };
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// The byte at `i` of a C string, NUL past its end.
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `PyLong_FromString` on a C string (`s` holds no NUL): the value and the
/// index where parsing ended (always `s.len()`: trailing junk is an error).
/// White space, a sign and more white space, a base prefix (which also
/// picks the base when `base` is 0: `0x`, `0o`, `0b`, else `0` for octal),
/// digits, an optional `l`/`L`, white space. The error names the base the
/// prefix picked.
pub fn from_c_string(s: &[u8], base: i32) -> NumResult<(BigInt, usize)> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(value_error("long() base must be >= 2 and <= 36, or 0"));
    }
    let mut base = base as u32;
    let mut i = 0;
    while is_c_space(at(s, i)) {
        i += 1;
    }
    let mut negative = false;
    match at(s, i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    while is_c_space(at(s, i)) {
        i += 1;
    }
    let next = at(s, i + 1).to_ascii_lowercase();
    if base == 0 {
        base = if at(s, i) != b'0' {
            10
        } else {
            match next {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => 8,
            }
        };
    }
    if at(s, i) == b'0' && matches!((base, next), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
    }
    let invalid = || {
        NumError::new(
            ErrKind::ValueError,
            format!(
                "invalid literal for long() with base {base}: {}",
                stringobject::repr(&s[..s.len().min(200)])
            ),
        )
    };
    let start = i;
    while digit_value(at(s, i)) < base {
        i += 1;
    }
    if i == start {
        return Err(invalid());
    }
    let digits: Vec<u8> = s[start..i].iter().map(|&c| digit_value(c) as u8).collect();
    let magnitude = BigUint::from_radix_be(&digits, base).ok_or_else(invalid)?;
    if matches!(at(s, i), b'l' | b'L') {
        i += 1;
    }
    while is_c_space(at(s, i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok((BigInt::from_biguint(sign, magnitude), i))
}

/// `long(s)` and `long(s, base)` for a `str` `s` (`long_new` with
/// `PyLong_FromString`, or `PyNumber_Long`'s `long_from_string` when no base
/// is given). `Some(-909)`, CPython's marker for a missing base, counts as
/// no base.
pub fn long_from_string(s: &[u8], base: Option<i32>) -> NumResult<BigInt> {
    let c_len = s.iter().position(|&b| b == 0).unwrap_or(s.len());
    match base {
        None | Some(-909) => {
            let (value, end) = from_c_string(&s[..c_len], 10)?;
            if end != s.len() {
                return Err(value_error("null byte in argument for long()"));
            }
            Ok(value)
        }
        Some(base) => {
            if c_len != s.len() {
                return Err(NumError::new(
                    ErrKind::ValueError,
                    format!(
                        "invalid literal for long() with base {base}: {}",
                        stringobject::repr(s)
                    ),
                ));
            }
            from_c_string(s, base).map(|(value, _)| value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn parse(s: &str, base: Option<i32>) -> Result<String, String> {
        long_from_string(s.as_bytes(), base)
            .map(|v| repr(&v))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn parsing() {
        assert_eq!(parse("5L", None), Ok("5L".into()));
        assert_eq!(parse(" - 0x10 ", Some(0)), Ok("-16L".into()));
        assert_eq!(parse("0x5L", Some(16)), Ok("5L".into()));
        assert_eq!(parse("0", Some(0)), Ok("0L".into()));
        assert_eq!(parse("007", Some(0)), Ok("7L".into()));
        assert_eq!(parse("1 ", Some(10)), Ok("1L".into()));
        assert_eq!(
            parse("99999999999999999999999", None),
            Ok("99999999999999999999999L".into())
        );
        let err = |s: &str, base, msg: &str| assert_eq!(parse(s, base), Err(msg.to_string()));
        err(
            "abc",
            Some(0),
            "ValueError: invalid literal for long() with base 10: 'abc'",
        );
        err(
            "0xz",
            Some(0),
            "ValueError: invalid literal for long() with base 16: '0xz'",
        );
        err(
            "08",
            Some(0),
            "ValueError: invalid literal for long() with base 8: '08'",
        );
        err(
            "  abc  ",
            None,
            "ValueError: invalid literal for long() with base 10: '  abc  '",
        );
        err(
            "5 L",
            None,
            "ValueError: invalid literal for long() with base 10: '5 L'",
        );
        err(
            "0xL",
            Some(16),
            "ValueError: invalid literal for long() with base 16: '0xL'",
        );
        err(
            "12",
            Some(37),
            "ValueError: long() base must be >= 2 and <= 36, or 0",
        );
        err("5\0", None, "ValueError: null byte in argument for long()");
        err(
            "5\0",
            Some(1),
            "ValueError: invalid literal for long() with base 1: '5\\x00'",
        );
    }

    #[test]
    fn conversions_to_float() {
        assert_eq!(as_f64(&big("9007199254740993")), Ok(9007199254740992.0));
        assert_eq!(as_f64(&big("9007199254740995")), Ok(9007199254740996.0));
        let max = big("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
        assert_eq!(as_f64(&max), Ok(f64::MAX));
        // Halfway between f64::MAX and 2**1024 rounds (to even) up: overflow.
        let halfway = &max + (BigInt::one() << 970usize);
        assert!(as_f64(&halfway).is_err());
        assert_eq!(as_f64(&(halfway - 1)), Ok(f64::MAX));
        assert_eq!(
            true_divide(&BigInt::one(), &(BigInt::one() << 1074usize)),
            Ok(5e-324)
        );
        assert_eq!(
            true_divide(&BigInt::one(), &(BigInt::one() << 1075usize)),
            Ok(0.0)
        );
        assert_eq!(
            true_divide(&BigInt::from(3), &(BigInt::one() << 1076usize)),
            Ok(5e-324)
        );
        assert_eq!(
            true_divide(&BigInt::from(-1), &BigInt::from(3)),
            Ok(-1.0 / 3.0)
        );
        let zero = true_divide(&BigInt::zero(), &BigInt::from(-3)).unwrap();
        assert!(zero == 0.0 && zero.is_sign_negative());
        assert_eq!(from_f64(-1e20).unwrap(), big("-100000000000000000000"));
        assert_eq!(from_f64(-0.9).unwrap(), BigInt::zero());
        assert_eq!(from_f64(2.5).unwrap(), BigInt::from(2));
    }

    #[test]
    fn shifts_and_limits() {
        assert_eq!(rshift(&big("-5"), &big("1")), Ok(big("-3")));
        assert_eq!(rshift(&big("-1"), &big("1000")), Ok(big("-1")));
        assert_eq!(
            rshift(&big("-5"), &big("-1")).unwrap_err().message,
            b"negative shift count"
        );
        assert_eq!(
            lshift(&big("1"), &big("9223372036854775808"))
                .unwrap_err()
                .message,
            b"long int too large to convert to int"
        );
        assert_eq!(
            lshift(&big("1"), &big("4611686018427387904"))
                .unwrap_err()
                .kind,
            ErrKind::MemoryError
        );
        assert_eq!(lshift(&big("0"), &big("4611686018427387904")), Ok(big("0")));
        let huge = pow(&big("2"), &big("4611686018427387904"), None, || Ok(0.0));
        assert_eq!(huge.unwrap_err().kind, ErrKind::MemoryError);
        // log2(3) * 170e6 bits is just over MAX_BITS.
        let over = pow(&big("3"), &big("170000000"), None, || Ok(0.0));
        assert_eq!(over.unwrap_err().kind, ErrKind::MemoryError);
        let one = pow(&big("-1"), &big("4611686018427387905"), None, || Ok(0.0));
        assert_eq!(one, Ok(IntOrFloat::Integer(Integer::Long(big("-1")))));
    }
}

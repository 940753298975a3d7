//! `float` (CPython: `Objects/floatobject.c`, with the formatting of
//! `Python/pystrtod.c`).
//!
//! Besides formatting: the operations whose results or errors are not plain
//! IEEE arithmetic (`/`, `//`, `%`, `divmod`, `**`, `round`), `float(str)`,
//! `int(float)`, and the exact comparison of a float with an integer. An
//! `int` or `long` operand of a float operation is converted first with
//! [`Integer::to_f64`], as CPython's `CONVERT_TO_DOUBLE` does.

use std::cmp::Ordering;
use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::Zero;

use super::intobject::{
    is_c_space, overflow, type_error, value_error, zero_division, ErrKind, Integer, NumError,
    NumResult,
};
use super::longobject;

/// How [`format_double`] lays a number out: the format codes of CPython's
/// `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatFormat {
    /// `'r'`: the shortest string that reads back as the same float.
    Repr,
    /// `'e'`: `precision` digits after the point, with an exponent.
    Exponent,
    /// `'f'`: `precision` digits after the point.
    Fixed,
    /// `'g'`: `precision` significant digits; exponent when too large or small.
    General,
}

/// Flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default)]
pub struct FloatFlags {
    /// `Py_DTSF_SIGN`: a `+` before non-negative numbers.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `1.0` rather than `1` when there is no exponent.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` flag of `%`-formatting (keep the point and zeros).
    pub alt: bool,
}

/// `repr(x)` of a float: shortest round-trip digits, exponent at 1e16 and below 1e-4.
pub fn repr(x: f64) -> String {
    let mut out = String::new();
    repr_into(&mut out, x);
    out
}

/// Appends `repr(x)` to `out`. The common case (a finite, non-zero `x` whose
/// shortest digits are the nearest of their length) is laid out here without
/// allocating, because a trace shows a great many floats; anything else goes
/// through `format_double`.
pub fn repr_into(out: &mut String, x: f64) {
    if !x.is_finite() || x == 0.0 {
        return out.push_str(&repr_by_format(x));
    }
    let shortest = match shortest_digits(x.abs()) {
        Some(d) if d.len < 16 || is_nearest(x, &d) => d,
        _ => return out.push_str(&repr_by_format(x)),
    };
    let ndigits = shortest.len;
    let exponent = shortest.exponent;
    let digits = as_text(&shortest.bytes[..ndigits]);
    if x < 0.0 {
        out.push('-');
    }
    // `x = 0.DIGITS * 10**decpt`, as dtoa gives it.
    let decpt = exponent + 1;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(if exponent < 0 { "e-" } else { "e+" });
        if exponent.abs() < 10 {
            out.push('0');
        }
        out.push_str(itoa::Buffer::new().format(exponent.unsigned_abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"000"[..(-decpt) as usize]);
        out.push_str(digits);
    } else if decpt as usize >= ndigits {
        out.push_str(digits);
        out.extend((0..decpt as usize - ndigits).map(|_| '0'));
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

/// Digits as text (they are ASCII).
fn as_text(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or("")
}

/// `repr(x)` made by the general `format_double`.
fn repr_by_format(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    format_double(x, FloatFormat::Repr, 0, flags)
}

/// `str(x)` of a float: `%.12g`, with `.0` added to integers.
pub fn str(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    format_double(x, FloatFormat::General, 12, flags)
}

/// The decimal digits of a finite, non-negative `x` with the position of the
/// decimal point, as David Gay's `dtoa` returns them: `x = 0.DIGITS * 10**decpt`,
/// no trailing zeros (zero itself is `"0"` with `decpt` 1).
fn digits(x: f64, format: FloatFormat, precision: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let text = match format {
        FloatFormat::Repr => shortest(x),
        FloatFormat::Exponent => format!("{:.*e}", precision, x),
        FloatFormat::General => format!("{:.*e}", precision.max(1) - 1, x),
        FloatFormat::Fixed => format!("{:.*}", precision, x),
    };
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    let mut all: Vec<u8> = mantissa.bytes().filter(|b| *b != b'.').collect();
    let leading = all.iter().take_while(|&&b| b == b'0').count();
    all.drain(..leading);
    while all.last() == Some(&b'0') {
        all.pop();
    }
    if all.is_empty() {
        // Rounded away entirely (only `'f'` can do this): no digits, as dtoa says.
        return (all, -(precision as i64));
    }
    (all, int_len - leading as i64 + exponent)
}

/// The shortest digits that read back as `x`, in `{:e}` form. Where several
/// strings of that length read back, dtoa picks the one nearest to `x`;
/// ryu's shortest form need not, so the nearest one of the same length is
/// preferred.
fn shortest(x: f64) -> String {
    let Some(short) = shortest_digits(x) else {
        return format!("{x:e}");
    };
    let text = short.scientific();
    // One unit in the 15th significant digit is wider than the interval of
    // reals that read back as `x`: with fewer than 16 digits there is no
    // other string of that length to choose.
    if short.len < 16 || is_nearest(x, &short) {
        return text;
    }
    let nearest = format!("{:.*e}", short.len - 1, x);
    if nearest == text || nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        text
    }
}

/// The shortest round-trip digits of a finite, positive `x` (ryu's).
fn shortest_digits(x: f64) -> Option<Digits> {
    Digits::parse(ryu::Buffer::new().format_finite(x))
}

/// The significant digits of a positive number's text (`1.5e-7`,
/// `0.0001`, `123.0`), no leading or trailing zeros, and the power of ten of
/// the first: `digits[0].digits[1..] * 10**exponent`.
struct Digits {
    bytes: [u8; 17],
    len: usize,
    exponent: i64,
}

impl Digits {
    fn parse(text: &str) -> Option<Digits> {
        let (mantissa, exponent) = match text.bytes().position(|b| b == b'e' || b == b'E') {
            Some(at) => (&text[..at], text[at + 1..].parse::<i64>().ok()?),
            None => (text, 0),
        };
        let point = mantissa
            .bytes()
            .position(|b| b == b'.')
            .unwrap_or(mantissa.len()) as i64;
        let mut digits = Digits {
            bytes: [0; 17],
            len: 0,
            exponent: 0,
        };
        let mut first = None;
        for (i, b) in mantissa.bytes().filter(|b| *b != b'.').enumerate() {
            if !b.is_ascii_digit() {
                return None;
            }
            if first.is_none() {
                if b == b'0' {
                    continue;
                }
                first = Some(i as i64);
            }
            *digits.bytes.get_mut(digits.len)? = b;
            digits.len += 1;
        }
        while digits.len > 1 && digits.bytes[digits.len - 1] == b'0' {
            digits.len -= 1;
        }
        digits.exponent = point - 1 - first? + exponent;
        Some(digits)
    }

    /// The digits as `{:e}` writes them: `1.5e-7`, `1e16`.
    fn scientific(&self) -> String {
        let digits = &self.bytes[..self.len];
        let mut text = String::from(as_text(&digits[..1]));
        if self.len > 1 {
            text.push('.');
            text.push_str(as_text(&digits[1..]));
        }
        let _ = write!(text, "e{}", self.exponent);
        text
    }

    fn value(&self) -> u128 {
        self.bytes[..self.len]
            .iter()
            .fold(0, |v, d| v * 10 + u128::from(d - b'0'))
    }
}

/// Whether `short` (the shortest digits of a finite `x`) are the digits
/// exact formatting to the same length gives, that is, `x` rounded to that
/// many digits, worked out in 128-bit integers. `false` when that cannot
/// tell (an exact tie, or numbers too wide), and the caller formats exactly.
fn is_nearest(x: f64, short: &Digits) -> bool {
    let (digits, ndigits, exponent) = (short.value(), short.len as i64, short.exponent);
    // |x| = m * 2**e exactly, and the digits stand for digits * 10**k.
    let bits = x.abs().to_bits();
    let (m, e) = match bits >> 52 {
        0 => (bits & ((1 << 52) - 1), -1074),
        biased => ((bits & ((1 << 52) - 1)) | (1 << 52), biased as i64 - 1075),
    };
    let k = exponent - (ndigits - 1);
    // x / 10**k as a quotient and remainder over a denominator.
    let (numerator, denominator) = if k <= 0 {
        let Some(scale) = 10u128.checked_pow((-k) as u32) else {
            return false;
        };
        let Some(n) = u128::from(m).checked_mul(scale) else {
            return false;
        };
        if e >= 0 {
            match n.checked_shl(e as u32).filter(|v| v >> e == n) {
                Some(v) => (v, 1),
                None => return false,
            }
        } else if -e < 127 {
            (n, 1u128 << -e)
        } else {
            return false;
        }
    } else if e >= 0 {
        let Some(scale) = 10u128.checked_pow(k as u32) else {
            return false;
        };
        match u128::from(m)
            .checked_shl(e as u32)
            .filter(|v| v >> e == u128::from(m))
        {
            Some(v) => (v, scale),
            None => return false,
        }
    } else {
        return false;
    };
    let (quotient, remainder) = (numerator / denominator, numerator % denominator);
    let twice = remainder * 2;
    let rounded = match twice.cmp(&denominator) {
        Ordering::Less => quotient,
        Ordering::Greater => quotient + 1,
        Ordering::Equal => return false,
    };
    rounded == digits
}

/// CPython's `PyOS_double_to_string`: formats `x` for `repr`, `str`, `%` and `format`.
pub fn format_double(x: f64, format: FloatFormat, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let precision = match format {
        FloatFormat::General if precision == 0 => 1,
        FloatFormat::Repr => 0,
        _ => precision,
    };
    let (digits, mut decpt) = digits(x.abs(), format, precision);
    let ndigits = digits.len() as i64;
    let precision = precision as i64;

    let mut use_exp = false;
    let mut vdigits_end = ndigits;
    match format {
        FloatFormat::Exponent => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        FloatFormat::Fixed => vdigits_end = decpt + precision,
        FloatFormat::General => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        FloatFormat::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| out.extend((0..n.max(0)).map(|_| '0'));
    let text = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= ndigits {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if ndigits < decpt {
        zeros(&mut out, decpt - ndigits);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - ndigits);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{sign}{:02}", exp.abs()));
    }
    out
}

/// `v / w` (`float_div`, `float_classic_div`): `ZeroDivisionError: float
/// division by zero`.
pub fn div(v: f64, w: f64) -> NumResult<f64> {
    if w == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(v / w)
}

/// The sign fix-up of `float_rem` and `float_divmod`: a nonzero remainder
/// takes the divisor's sign (`adjusted` tells whether `w` was added), a zero
/// one becomes a zero of the divisor's sign.
fn fix_remainder(m: f64, w: f64) -> (f64, bool) {
    // `m != 0.0` is C's truth test, true for NaN too.
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            (m + w, true)
        } else {
            (m, false)
        }
    } else if w < 0.0 {
        (-0.0, false)
    } else {
        (0.0, false)
    }
}

/// `v % w` (`float_rem`): `fmod`, moved to the divisor's sign;
/// `ZeroDivisionError: float modulo`.
pub fn rem(v: f64, w: f64) -> NumResult<f64> {
    if w == 0.0 {
        return Err(zero_division("float modulo"));
    }
    // Rust's `%` on floats is C's fmod.
    Ok(fix_remainder(v % w, w).0)
}

/// `divmod(v, w)` (`float_divmod`): the quotient is `(v - v % w) / w`
/// snapped to an integer, a zero quotient keeps the sign of `v / w`;
/// `ZeroDivisionError: float divmod()`.
pub fn divmod(v: f64, w: f64) -> NumResult<(f64, f64)> {
    if w == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    let m = v % w;
    let mut div = (v - m) / w;
    let (m, adjusted) = fix_remainder(m, w);
    if adjusted {
        div -= 1.0;
    }
    let floordiv = if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        // +0.0, times v, over w: a zero with the sign of the true quotient.
        0.0 * v / w
    };
    Ok((floordiv, m))
}

/// `v // w` (`float_floor_div`): the quotient of [`divmod`], with its error
/// (`ZeroDivisionError: float divmod()`).
pub fn floor_div(v: f64, w: f64) -> NumResult<f64> {
    divmod(v, w).map(|(d, _)| d)
}

/// `x` is an odd integer (`DOUBLE_IS_ODD_INTEGER`; `x` finite).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// The error of `pow(x, y, z)` when any argument is a float (`float_pow`
/// raises it before converting its operands).
pub fn pow_modulus_error() -> NumError {
    type_error("pow() 3rd argument not allowed unless all arguments are integers")
}

/// `v ** w` (`float_pow`): the special cases of C99's `pow`, decided before
/// the platform's `pow` is called; `ZeroDivisionError: 0.0 cannot be raised
/// to a negative power`, `ValueError: negative number cannot be raised to a
/// fractional power`, and for a result too large `OverflowError: (34,
/// 'Numerical result out of range')` (CPython's errno error: `ERANGE`).
pub fn pow(v: f64, w: f64) -> NumResult<f64> {
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Ok(if w > 0.0 {
            if odd {
                v
            } else {
                v.abs()
            }
        } else if odd {
            0.0_f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let mut v = v;
    let mut negate = false;
    if v < 0.0 {
        if w != w.floor() {
            return Err(value_error(
                "negative number cannot be raised to a fractional power",
            ));
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Finite, positive v other than 1, finite nonzero w: only overflow to
    // infinity sets ERANGE that CPython reports (underflow is ignored).
    let x = v.powf(w);
    if x.is_infinite() {
        return Err(NumError::new(
            ErrKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -x } else { x })
}

/// `round(x, ndigits)` (`builtin_round` with `_Py_double_round`): round half
/// away from zero to a multiple of `10**-ndigits`, exactly, and read back as
/// the nearest float; `OverflowError: rounded value too large to represent`.
/// `ndigits` is the argument as `PyNumber_AsSsize_t` clips it (a `long`
/// beyond 64 bits becomes `i64::MIN` or `i64::MAX`); without it, 0.
pub fn round(x: f64, ndigits: i64) -> NumResult<f64> {
    // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and -(DBL_MAX_EXP + 1) * 0.30103
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits == 0 {
        let mut rounded = x.round();
        if (rounded - x).abs() == 0.5 {
            rounded = x + if x > 0.0 { 0.5 } else { -0.5 };
        }
        return Ok(rounded);
    }
    // CPython rounds through a decimal string: dtoa's correctly rounded
    // digits, with exact halfway cases (found from the 2- and 5-valuations)
    // pushed away from zero, then strtod. That string is the integer
    // q = |x| * 10**ndigits rounded half up, followed by `e-ndigits`.
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1u32);
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let q: BigInt = ((num << 1usize) + &den) / (den << 1usize);
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `_Py_dg_strtod`'s syntax, then `_Py_parse_inf_or_nan`: the value of the
/// longest prefix of `s` that is a float, and its length (0: none).
fn strtod_prefix(s: &[u8]) -> (f64, usize) {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let negative = at(0) == b'-';
    if matches!(at(0), b'-' | b'+') {
        i += 1;
    }
    let int_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    let mut digits: Vec<u8> = s[int_start..i].to_vec();
    let mut point_exp: i64 = 0;
    if at(i) == b'.' {
        i += 1;
        let frac_start = i;
        while at(i).is_ascii_digit() {
            i += 1;
        }
        digits.extend_from_slice(&s[frac_start..i]);
        point_exp = -((i - frac_start) as i64);
    }
    if digits.is_empty() {
        return parse_inf_or_nan(s);
    }
    let mut exponent: i64 = 0;
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        let exp_negative = at(j) == b'-';
        if matches!(at(j), b'-' | b'+') {
            j += 1;
        }
        let exp_start = j;
        while at(j).is_ascii_digit() {
            // Saturates far beyond any exponent that is not 0 or infinity.
            exponent = (exponent * 10 + i64::from(at(j) - b'0')).min(1 << 40);
            j += 1;
        }
        if j > exp_start {
            i = j;
            if exp_negative {
                exponent = -exponent;
            }
        } else {
            exponent = 0;
        }
    }
    let total_exp = exponent.saturating_add(point_exp);
    let text = format!(
        "{}{}e{}",
        if negative { "-" } else { "" },
        String::from_utf8_lossy(&digits),
        total_exp
    );
    (text.parse().unwrap_or(f64::NAN), i)
}

/// `_Py_parse_inf_or_nan`: `inf`, `infinity` or `nan` in any case, signed.
fn parse_inf_or_nan(s: &[u8]) -> (f64, usize) {
    let mut i = 0;
    let negative = s.first() == Some(&b'-');
    if matches!(s.first(), Some(b'-' | b'+')) {
        i += 1;
    }
    let matches = |i: usize, word: &[u8]| {
        s.len() >= i + word.len() && s[i..i + word.len()].eq_ignore_ascii_case(word)
    };
    let value = if matches(i, b"inf") {
        i += 3;
        if matches(i, b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if matches(i, b"nan") {
        i += 3;
        f64::NAN
    } else {
        return (-1.0, 0);
    };
    (if negative { -value } else { value }, i)
}

/// `float(s)` for a `str` `s` (`PyFloat_FromString`): white space around a
/// decimal literal or `inf`/`infinity`/`nan`; `ValueError: could not convert
/// string to float: ...` when nothing parses and `ValueError: invalid literal
/// for float(): ...` when something follows (the text from the first
/// non-blank byte, up to a NUL and at most 200 bytes).
pub fn from_string(s: &[u8]) -> NumResult<f64> {
    let mut start = 0;
    while start < s.len() && is_c_space(s[start]) {
        start += 1;
    }
    let c_end = s[start..]
        .iter()
        .position(|&b| b == 0)
        .map_or(s.len(), |p| start + p);
    let c = &s[start..c_end];
    let shown = &c[..c.len().min(200)];
    let (x, len) = strtod_prefix(c);
    if len == 0 {
        let mut message = b"could not convert string to float: ".to_vec();
        message.extend_from_slice(shown);
        return Err(NumError::new(ErrKind::ValueError, message));
    }
    let mut end = start + len;
    while end < c_end && is_c_space(s[end]) {
        end += 1;
    }
    if end != s.len() {
        let mut message = b"invalid literal for float(): ".to_vec();
        message.extend_from_slice(shown);
        return Err(NumError::new(ErrKind::ValueError, message));
    }
    Ok(if x.is_nan() { distinct_nan(x) } else { x })
}

/// A NaN with the sign of `x` and a payload no other parsed NaN has. In
/// CPython each `float('nan')` is a new object, so `nan in [nan]` holds (the
/// same object) while `float('nan') in [float('nan')]` does not; floats here
/// are values, compared by their bits for identity, so the payload stands
/// in for the object.
fn distinct_nan(x: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    const QUIET: u64 = 0x7ff8_0000_0000_0000;
    const PAYLOAD: u64 = (1 << 51) - 1;
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & PAYLOAD;
    let sign = x.to_bits() & (1 << 63);
    f64::from_bits(sign | QUIET | payload.max(1))
}

/// `int(x)` for a float (`float_trunc`): truncation toward zero, an `int`
/// when it fits a C long and a `long` otherwise (`int(1e100)`); errors as
/// [`longobject::from_f64`]. `long(x)` is [`longobject::from_f64`].
pub fn to_integer(x: f64) -> NumResult<Integer> {
    let whole = x.trunc();
    // -2**63 <= whole < 2**63 (both exact doubles): it fits a C long.
    let limit = 2f64.powi(63);
    if (-limit..limit).contains(&whole) {
        return Ok(Integer::Int(whole as i64));
    }
    longobject::from_f64(whole).map(Integer::Long)
}

/// How float `x` compares with integer `n`, exactly, as `float_richcompare`
/// decides it (no rounding of `n`): `None` when `x` is a NaN, for which only
/// `!=` is true. For `n < x` and the like, reverse the ordering.
pub fn compare_integer(x: f64, n: &Integer) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let whole = x.trunc();
    let fraction = x - whole;
    // A finite whole part always converts.
    let whole = longobject::from_f64(whole).unwrap_or_else(|_| BigInt::zero());
    Some(whole.cmp(&n.to_bigint()).then(if fraction > 0.0 {
        Ordering::Greater
    } else if fraction < 0.0 {
        Ordering::Less
    } else {
        Ordering::Equal
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `shortest` skips the nearest-candidate check below 16 digits; on a
    /// spread of doubles it agrees with always checking.
    #[test]
    fn shortest_skips_the_check_only_where_no_other_candidate_exists() {
        let checked = |x: f64| {
            let short = format!("{x:e}");
            let n = short
                .split('e')
                .next()
                .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
            let nearest = format!("{:.*e}", n - 1, x);
            if nearest.parse::<f64>() == Ok(x) {
                nearest
            } else {
                short
            }
        };
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for i in 0..400_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = if i % 2 == 0 {
                f64::from_bits(state)
            } else {
                (state >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi(i % 40 - 20)
            };
            let x = x.abs();
            if x.is_finite() && x != 0.0 {
                assert_eq!(shortest(x), checked(x), "{x:?}");
            }
        }
        assert_eq!(shortest(804534430480845.3), "8.045344304808452e14");
    }

    /// The allocation-free `repr_into` lays out exactly what `format_double` does.
    #[test]
    fn repr_into_agrees_with_format_double() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut out = String::new();
        let mut check = |x: f64| {
            out.clear();
            repr_into(&mut out, x);
            assert_eq!(out, repr_by_format(x), "{x:?}");
        };
        for x in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            1e16,
            1e17,
            9999999999999998.0,
            1e-4,
            1e-5,
            0.0001234,
            123456789012345678.0,
        ] {
            check(x);
        }
        for x in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
            5e-324,
        ] {
            check(x);
        }
        for i in 0..300_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            check(f64::from_bits(state));
            check((state >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi(i % 44 - 22));
            check((state % 100_000) as f64 / 1000.0);
        }
    }

    #[test]
    fn each_parsed_nan_is_a_distinct_value() {
        let (a, b) = (from_string(b"nan").unwrap(), from_string(b"-nan").unwrap());
        assert!(a.is_nan() && b.is_nan());
        assert_ne!(a.to_bits(), b.to_bits());
        assert!(b.is_sign_negative() && !a.is_sign_negative());
        assert_ne!(a.to_bits(), from_string(b"nan").unwrap().to_bits());
    }

    #[test]
    fn reprs() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123456789.125, "123456789.125"),
            (5e-324, "5e-324"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn strs() {
        assert_eq!(str(0.1), "0.1");
        assert_eq!(str(1.0 / 3.0), "0.333333333333");
        assert_eq!(str(1e12), "1e+12");
        assert_eq!(str(123456789012.0), "1.23456789012e+11");
        assert_eq!(str(12345678901.0), "12345678901.0");
        assert_eq!(str(1e-5), "1e-05");
    }

    #[test]
    fn percent_formats() {
        let plain = FloatFlags::default();
        assert_eq!(format_double(0.001, FloatFormat::Fixed, 1, plain), "0.0");
        assert_eq!(format_double(2.5, FloatFormat::Fixed, 0, plain), "2");
        assert_eq!(
            format_double(1234.5, FloatFormat::Exponent, 2, plain),
            "1.23e+03"
        );
        assert_eq!(
            format_double(0.00001234, FloatFormat::General, 6, plain),
            "1.234e-05"
        );
        assert_eq!(
            format_double(100000.0, FloatFormat::General, 6, plain),
            "100000"
        );
        assert_eq!(
            format_double(1000000.0, FloatFormat::General, 6, plain),
            "1e+06"
        );
        let alt = FloatFlags { alt: true, ..plain };
        assert_eq!(format_double(1.0, FloatFormat::General, 3, alt), "1.00");
    }

    fn parsed(s: &[u8]) -> Result<f64, String> {
        from_string(s).map_err(|e| e.to_string())
    }

    #[test]
    fn parsing() {
        assert_eq!(parsed(b" 1.5 "), Ok(1.5));
        assert_eq!(parsed(b"+.5"), Ok(0.5));
        assert_eq!(parsed(b"5."), Ok(5.0));
        assert_eq!(parsed(b"\t\n1e5\x0b\x0c\r"), Ok(1e5));
        assert_eq!(parsed(b"-iNfInItY"), Ok(f64::NEG_INFINITY));
        assert_eq!(parsed(b"1e500"), Ok(f64::INFINITY));
        assert_eq!(parsed(b"1e99999999999999999999"), Ok(f64::INFINITY));
        assert_eq!(parsed(b"1e-99999999999999999999"), Ok(0.0));
        assert_eq!(parsed(b"0e99999999999999999999"), Ok(0.0));
        assert!(parsed(b"-1e-400").unwrap().is_sign_negative());
        assert!(parsed(b"-nan").unwrap().is_nan());
        assert_eq!(parsed(b"2.4703282292062328e-324"), Ok(5e-324));
        assert_eq!(parsed(b"2.4703282292062327e-324"), Ok(0.0));
        let bad = |s: &[u8], msg: &[u8]| {
            assert_eq!(from_string(s).unwrap_err().message, msg, "{s:?}");
        };
        bad(b"abc", b"could not convert string to float: abc");
        bad(b"  ", b"could not convert string to float: ");
        bad(b".", b"could not convert string to float: .");
        bad(b"1e", b"invalid literal for float(): 1e");
        bad(b" 1_0", b"invalid literal for float(): 1_0");
        bad(b"infinit", b"invalid literal for float(): infinit");
        bad(b"1.5\x00", b"invalid literal for float(): 1.5");
        bad(b"\xff", b"could not convert string to float: \xff");
        let long = [b'a'; 300];
        let mut want = b"could not convert string to float: ".to_vec();
        want.extend_from_slice(&long[..200]);
        bad(&long, &want);
    }

    #[test]
    fn rounding() {
        let cases = [
            (2.5, 0, 3.0),
            (-2.5, 0, -3.0),
            (0.125, 2, 0.13),
            (2.675, 2, 2.67),
            (25.0, -1, 30.0),
            (5.0, -1, 10.0),
            (0.5, -1, 0.0),
            (123.456, -2, 100.0),
            (1.5, 400, 1.5),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (4503599627370495.5, 0, 4503599627370496.0),
        ];
        for (x, n, want) in cases {
            assert_eq!(round(x, n), Ok(want), "round({x}, {n})");
        }
        assert!(round(-0.001, 2).unwrap().is_sign_negative());
        assert!(round(-1.5, -400).unwrap().is_sign_negative());
        assert_eq!(
            round(f64::MAX, -308).unwrap_err().message,
            b"rounded value too large to represent"
        );
    }

    #[test]
    fn division_and_powers() {
        let signs = |(d, m): (f64, f64)| (d, d.is_sign_negative(), m, m.is_sign_negative());
        assert_eq!(signs(divmod(-0.0, 1.0).unwrap()), (0.0, true, 0.0, false));
        assert_eq!(signs(divmod(0.0, -1.0).unwrap()), (0.0, true, 0.0, true));
        assert_eq!(divmod(7.5, -2.0), Ok((-4.0, -0.5)));
        assert_eq!(rem(-5.0, f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(divmod(1e308, 1e-300).unwrap().0, f64::INFINITY);
        let message = |r: NumResult<f64>| String::from_utf8(r.unwrap_err().message).unwrap();
        assert_eq!(message(div(1.0, 0.0)), "float division by zero");
        assert_eq!(message(rem(1.0, -0.0)), "float modulo");
        assert_eq!(message(floor_div(1.0, 0.0)), "float divmod()");
        assert_eq!(
            message(pow(-0.0, -1.0)),
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            message(pow(-8.0, 1.0 / 3.0)),
            "negative number cannot be raised to a fractional power"
        );
        assert_eq!(
            message(pow(10.0, 400.0)),
            "(34, 'Numerical result out of range')"
        );
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(pow(-2.0, -1073.0), Ok(-1e-323));
    }

    #[test]
    fn integers() {
        assert_eq!(to_integer(-0.5), Ok(Integer::Int(0)));
        assert_eq!(
            to_integer(-9.223_372_036_854_776e18),
            Ok(Integer::Int(i64::MIN))
        );
        assert!(to_integer(9.223_372_036_854_776e18).unwrap().is_long());
        assert_eq!(
            to_integer(f64::INFINITY).unwrap_err().message,
            b"cannot convert float infinity to integer"
        );
        assert_eq!(
            to_integer(f64::NAN).unwrap_err().message,
            b"cannot convert float NaN to integer"
        );
        let big = Integer::Long((BigInt::from(1) << 53usize) + 1);
        assert_eq!(
            compare_integer(9007199254740992.0, &big),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare_integer(0.5, &Integer::Int(0)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare_integer(-0.5, &Integer::Int(0)),
            Some(Ordering::Less)
        );
        assert_eq!(compare_integer(f64::NAN, &Integer::Int(0)), None);
        assert_eq!(
            compare_integer(f64::MAX, &Integer::Long(BigInt::from(10).pow(400))),
            Some(Ordering::Less)
        );
    }
}

/// The methods of `float` that are not operators.
pub mod methods {
    use num_bigint::BigInt;
    use num_traits::{One, Zero};

    use crate::objects::methodobject::{Args, NativeFn};
    use crate::objects::object::Value;
    use crate::vm::{PyResult, Vm};

    pub const METHODS: &[(&str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("fromhex", float_fromhex),
    ];

    /// `float.fromhex(s)`: `[sign]0x<hex digits>[.<hex digits>][p<exponent>]`, inf, nan.
    fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
        let text = match args.args.last() {
            Some(Value::Str(s)) => s.to_text().into_owned(),
            _ => return Err(vm.type_error("fromhex() argument must be a string")),
        };
        match parse_hex(text.trim()) {
            Some(x) => Ok(Value::float(x)),
            None => Err(vm.value_error("invalid hexadecimal floating-point string")),
        }
    }

    fn parse_hex(t: &str) -> Option<f64> {
        let lower = t.to_ascii_lowercase();
        let (sign, body) = match lower.strip_prefix('-') {
            Some(r) => (-1.0, r),
            None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
        };
        match body {
            "inf" | "infinity" => return Some(sign * f64::INFINITY),
            "nan" => return Some(f64::NAN),
            _ => {}
        }
        let body = body.strip_prefix("0x").unwrap_or(body);
        let (mantissa, exp) = match body.split_once('p') {
            Some((m, e)) => (m, e.parse::<i32>().ok()?),
            None => (body, 0),
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let mut value = 0.0f64;
        for c in int_part.chars() {
            value = value * 16.0 + f64::from(c.to_digit(16)?);
        }
        let mut scale = 1.0 / 16.0;
        for c in frac_part.chars() {
            value += f64::from(c.to_digit(16)?) * scale;
            scale /= 16.0;
        }
        Some(sign * value * 2f64.powi(exp))
    }

    fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
        match args.args.first() {
            Some(Value::Float(f)) => Ok(f.get()),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
        }
    }

    fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
        let x = this(vm, &args, "is_integer")?;
        Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
    }

    fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
        Ok(Value::float(this(vm, &args, "conjugate")?))
    }

    /// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
    fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
        let x = this(vm, &args, "as_integer_ratio")?;
        if x.is_infinite() {
            return Err(vm.overflow_error("Cannot pass infinity to float.as_integer_ratio."));
        }
        if x.is_nan() {
            return Err(vm.value_error("Cannot pass NaN to float.as_integer_ratio."));
        }
        let (m, e) = crate::objects::abstract_::frexp(x);
        let mut mantissa = m;
        let mut exp = e;
        for _ in 0..300 {
            if mantissa.fract() == 0.0 {
                break;
            }
            mantissa *= 2.0;
            exp -= 1;
        }
        let mut num: BigInt = num_traits::FromPrimitive::from_f64(mantissa).unwrap_or_default();
        let mut den: BigInt = BigInt::one();
        if exp > 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        let g = num_integer::Integer::gcd(&num, &den);
        if !g.is_zero() {
            num /= &g;
            den /= &g;
        }
        let wrap = |n: BigInt| match num_traits::ToPrimitive::to_i64(&n) {
            Some(i) => Value::Int(i),
            None => Value::long(n),
        };
        Ok(Value::tuple(vec![wrap(num), wrap(den)]))
    }

    /// `float.hex()`: `0x1.<13 hex digits>p<exp>`.
    fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
        let x = this(vm, &args, "hex")?;
        if x.is_nan() {
            return Ok(Value::str("nan"));
        }
        if x.is_infinite() {
            return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        if x == 0.0 {
            return Ok(Value::str(&format!("{sign}0x0.0p+0")));
        }
        let bits = x.abs().to_bits();
        let raw_exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (lead, exp) = if raw_exp == 0 {
            (0, -1022)
        } else {
            (1, raw_exp - 1023)
        };
        let exp_sign = if exp < 0 { "-" } else { "+" };
        Ok(Value::str(&format!(
            "{sign}0x{lead}.{frac:013x}p{exp_sign}{}",
            exp.abs()
        )))
    }
}

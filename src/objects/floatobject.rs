//! `float` (CPython: `Objects/floatobject.c`, with the formatting of
//! `Python/pystrtod.c`).

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
/// strings of that length read back, dtoa picks the one nearest to `x`; Rust's
/// shortest form need not, so the nearest one of the same length is preferred.
fn shortest(x: f64) -> String {
    let short = format!("{x:e}");
    let ndigits = short
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let nearest = format!("{:.*e}", ndigits.saturating_sub(1), x);
    if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        short
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    ];

    fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
        match args.args.first() {
            Some(Value::Float(f)) => Ok(*f),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
        }
    }

    fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
        let x = this(vm, &args, "is_integer")?;
        Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
    }

    fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
        Ok(Value::Float(this(vm, &args, "conjugate")?))
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
        let (lead, exp) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
        let exp_sign = if exp < 0 { "-" } else { "+" };
        Ok(Value::str(&format!("{sign}0x{lead}.{frac:013x}p{exp_sign}{}", exp.abs())))
    }
}

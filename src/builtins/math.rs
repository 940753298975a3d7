//! The `math` module (CPython: `Modules/mathmodule.c`).

use std::rc::Rc;

use num_bigint::BigInt;

use super::{builtin, check_args};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

pub fn module(_vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("math");
    m.dict.set_str("pi", Value::float(std::f64::consts::PI));
    m.dict.set_str("e", Value::float(std::f64::consts::E));
    let functions: &[(&'static str, NativeFn)] = &[
        ("sqrt", math_sqrt),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("fabs", math_fabs),
        ("pow", math_pow),
        ("exp", math_exp),
        ("log", math_log),
        ("log10", math_log10),
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("asin", math_asin),
        ("acos", math_acos),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("hypot", math_hypot),
        ("degrees", math_degrees),
        ("radians", math_radians),
        ("factorial", math_factorial),
        ("isnan", math_isnan),
        ("isinf", math_isinf),
        ("trunc", math_trunc),
        ("copysign", math_copysign),
        ("fmod", math_fmod),
        ("fsum", math_fsum),
        ("modf", math_modf),
        ("frexp", math_frexp),
        ("ldexp", math_ldexp),
        ("tanh", math_tanh),
        ("sinh", math_sinh),
        ("cosh", math_cosh),
        ("log1p", math_log1p),
        ("expm1", math_expm1),
        ("acosh", math_acosh),
        ("asinh", math_asinh),
        ("atanh", math_atanh),
        ("erf", math_erf),
        ("erfc", math_erfc),
        ("gamma", math_gamma),
        ("lgamma", math_lgamma),
    ];
    for &(name, f) in functions {
        m.dict.set_str(name, builtin(name, f));
    }
    Some(m)
}

/// An argument as a C double, as `PyFloat_AsDouble` makes it: floats and
/// integers directly, anything else through its `__float__` (a classic
/// instance without one raises the lookup's AttributeError).
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let method = match v {
        Value::Instance(i) if i.class().is_classic() => match vm.classic_special(v, "__float__") {
            Some(m) => Some(m?),
            None => None,
        },
        Value::Instance(_) => vm.lookup_special(v, &PyStr::from("__float__")),
        Value::Complex(_) => return Err(vm.type_error("can't convert complex to float")),
        _ => None,
    };
    if let Some(m) = method {
        let r = vm.call0(&m)?;
        return match r {
            Value::Float(f) => Ok(f.get()),
            Value::Instance(ref i) if matches!(i.base(), Some(Value::Float(_))) => {
                Ok(vm.as_float(&r)?.unwrap_or(0.0))
            }
            _ => Err(vm.type_error("nb_float should return float object")),
        };
    }
    match vm.as_float(v)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error("a float is required")),
    }
}

/// What a C math function reported besides its result (`errno`).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// `is_error`: EDOM is a ValueError; ERANGE an OverflowError unless the
/// result is below 1 in magnitude (an underflow, which is not an error).
fn classify(errno: Errno, r: f64) -> Result<f64, MathError> {
    match errno {
        Errno::Dom => Err(MathError::Domain),
        Errno::Range if r.abs() >= 1.0 => Err(MathError::Range),
        _ => Ok(r),
    }
}

/// The two errors of this module's functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError: math domain error`
    Domain,
    /// `OverflowError: math range error`
    Range,
}

fn to_value(vm: &Vm, r: Result<f64, MathError>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::float(r)),
        Err(MathError::Domain) => Err(vm.value_error("math domain error")),
        Err(MathError::Range) => Err(vm.overflow_error("math range error")),
    }
}

/// `math_1`'s reading of a C function's result: a NaN from a non-NaN is a
/// domain error, an infinity from a finite number an overflow if the
/// function `can_overflow`, else a domain error (a pole).
fn libm_1(f: fn(f64) -> f64, x: f64, can_overflow: bool) -> Result<f64, MathError> {
    let r = f(x);
    let errno = if r.is_nan() && !x.is_nan() {
        Errno::Dom
    } else if r.is_infinite() && x.is_finite() {
        if can_overflow {
            Errno::Range
        } else {
            Errno::Dom
        }
    } else {
        Errno::Ok
    };
    classify(errno, r)
}

/// The functions added from `mathmodule.c` that take one float, by name:
/// what `math.NAME(x)` gives for a float `x`. `None` for other names.
pub fn special_function(name: &str, x: f64) -> Option<Result<f64, MathError>> {
    Some(match name {
        "acosh" => libm_1(libm::c_acosh, x, false),
        "asinh" => libm_1(libm::c_asinh, x, false),
        "atanh" => libm_1(libm::c_atanh, x, false),
        "erf" => Ok(special::erf(x)),
        "erfc" => Ok(special::erfc(x)),
        "gamma" => {
            let (r, errno) = special::gamma(x);
            classify(errno, r)
        }
        "lgamma" => {
            let (r, errno) = special::lgamma(x);
            classify(errno, r)
        }
        _ => return None,
    })
}

/// `math_1` and `math_1a` for the functions of `special_function`: one
/// argument, converted as `PyFloat_AsDouble` converts it.
fn special_1(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    let r = special_function(name, x).unwrap_or(Ok(f64::NAN));
    to_value(vm, r)
}

/// A one-argument C function whose infinities from finite arguments are
/// overflows.
fn unary(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    to_value(vm, libm_1(f, x, true))
}

/// `degrees` and `radians`: a product, never an error.
fn scaled(vm: &mut Vm, args: Args, name: &str, factor: f64) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    Ok(Value::float(x * factor))
}

fn math_sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "sqrt", f64::sqrt)
}
fn math_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "floor", f64::floor)
}
fn math_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "ceil", f64::ceil)
}
fn math_fabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "fabs", f64::abs)
}
fn math_exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "exp", f64::exp)
}
fn math_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "log10", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(x.log10()))
}
fn math_sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "sin", f64::sin)
}
fn math_cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "cos", f64::cos)
}
fn math_tan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "tan", f64::tan)
}
fn math_asin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "asin", f64::asin)
}
fn math_acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "acos", f64::acos)
}
fn math_atan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "atan", f64::atan)
}
fn math_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scaled(vm, args, "degrees", 180.0 / std::f64::consts::PI)
}
fn math_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scaled(vm, args, "radians", std::f64::consts::PI / 180.0)
}

fn binary(vm: &mut Vm, args: Args, name: &str) -> PyResult<(f64, f64)> {
    check_args(vm, name, &args, 2, 2)?;
    Ok((float_arg(vm, &args.args[0])?, float_arg(vm, &args.args[1])?))
}

fn math_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "pow")?;
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        if x == 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}
fn math_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = binary(vm, args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}
fn math_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "hypot")?;
    Ok(Value::float(x.hypot(y)))
}
fn math_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}
fn math_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "fmod")?;
    if y == 0.0 && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::float(x % y))
}

fn math_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "log", &args, 1, 2)?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Value::Long(l) = v {
            if l.sign() == num_bigint::Sign::Plus {
                let bits = l.bits();
                if bits > 1000 {
                    let shifted: BigInt = (**l).clone() >> (bits - 64);
                    let f = num_traits::ToPrimitive::to_f64(&shifted).unwrap_or(1.0);
                    return Ok(f.ln() + (bits - 64) as f64 * std::f64::consts::LN_2);
                }
            }
        }
        let x = float_arg(vm, v)?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(x.ln())
    };
    let num = ln(vm, &args.args[0])?;
    match args.args.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = ln(vm, b)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn math_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "factorial", &args, 1, 1)?;
    let n = match &args.args[0] {
        Value::Int(i) => *i,
        Value::Float(f) if f.get().fract() == 0.0 => f.get() as i64,
        Value::Float(_) => return Err(vm.value_error("factorial() only accepts integral values")),
        _ => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = BigInt::from(1);
    for k in 2..=n {
        r *= k;
    }
    Ok(match num_traits::ToPrimitive::to_i64(&r) {
        Some(i) => Value::Int(i),
        None => Value::long(r),
    })
}

fn math_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isnan", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    Ok(Value::bool(x.is_nan()))
}

fn math_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinf", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    Ok(Value::bool(x.is_infinite()))
}

fn math_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "trunc", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    let n: BigInt = num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default();
    Ok(match num_traits::ToPrimitive::to_i64(&n) {
        Some(i) => Value::Int(i),
        None => Value::long(n),
    })
}

fn math_tanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "tanh", f64::tanh)
}
fn math_sinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "sinh", f64::sinh)
}
fn math_cosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "cosh", f64::cosh)
}
fn math_log1p(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "log1p", f64::ln_1p)
}
fn math_expm1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "expm1", f64::exp_m1)
}

/// `math.fsum`: the correctly rounded sum (Shewchuk's exact partials, as
/// mathmodule.c does).
fn math_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "fsum", &args, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    for item in vm.iterate(&args.args[0])? {
        let mut x = float_arg(vm, &item)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn math_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "modf", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    let int = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - int).copysign(x)
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(int)]))
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "frexp", &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    let (m, e) = crate::objects::abstract_::frexp(x);
    Ok(Value::tuple(vec![
        Value::float(m),
        Value::Int(i64::from(e)),
    ]))
}

fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ldexp", &args, 2, 2)?;
    let x = float_arg(vm, &args.args[0])?;
    let e = vm.index_value(
        &args.args[1],
        "Expected an int or long as second argument to ldexp.",
    )?;
    let r = x * 2f64.powi(e.clamp(-2200, 2200) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

/// The C library's inverse hyperbolic functions. CPython 2.7 on Linux calls
/// glibc's for `acosh`, `asinh` and `atanh`; Rust's `f64::acosh` and friends
/// are computed in Rust and can differ from glibc's in the last bit, so the
/// C functions are called directly. Every other libm function used here
/// (`exp`, `ln`, `powf`, `sin`, `cos`) is already a call into the C library.
mod libm {
    extern "C" {
        fn acosh(x: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
    }
    pub fn c_acosh(x: f64) -> f64 {
        // SAFETY: a pure C function of a double.
        unsafe { acosh(x) }
    }
    pub fn c_asinh(x: f64) -> f64 {
        // SAFETY: a pure C function of a double.
        unsafe { asinh(x) }
    }
    pub fn c_atanh(x: f64) -> f64 {
        // SAFETY: a pure C function of a double.
        unsafe { atanh(x) }
    }
}

fn math_acosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "acosh")
}
fn math_asinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "asinh")
}
fn math_atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "atanh")
}
fn math_erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "erf")
}
fn math_erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "erfc")
}
fn math_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "gamma")
}
fn math_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    special_1(vm, args, "lgamma")
}

/// The error and gamma functions as `mathmodule.c` computes them (it does
/// not use the C library's): a power series and a continued fraction for
/// `erf`/`erfc`, the Lanczos approximation (N = 13, g ≈ 6.0247, the
/// parameters Boost uses, as a rational function) for `gamma`/`lgamma`.
/// The operations are done in the same order, so the results are the same
/// to the last bit. The constants are written with all the digits of
/// their sources (g is exact in binary).
#[allow(clippy::excessive_precision)]
mod special {
    use super::Errno;

    const PI: f64 = std::f64::consts::PI;
    const SQRT_PI: f64 = 1.772_453_850_905_516_027_298_167_483_341_145_182_798;

    /// sin(pi * x), exact at integers and half-integers; `x` is finite.
    fn sin_pi(x: f64) -> f64 {
        let y = x.abs() % 2.0;
        let r = match (2.0 * y).round() as i32 {
            0 => (PI * y).sin(),
            1 => (PI * (y - 0.5)).cos(),
            // sin(pi*(1-y)) rather than -sin(pi*(y-1)): +0.0 at y == 1.
            2 => (PI * (1.0 - y)).sin(),
            3 => -(PI * (y - 1.5)).cos(),
            _ => (PI * (y - 2.0)).sin(),
        };
        1f64.copysign(x) * r
    }

    const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
    const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
    const LANCZOS_NUM: [f64; 13] = [
        23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
        42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
        35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
        17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
        6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
        1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
        248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
        31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
        2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
        186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
        8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
        210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
        2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
    ];
    /// The denominator: x*(x+1)*...*(x+11) as a polynomial.
    const LANCZOS_DEN: [f64; 13] = [
        0.0,
        39_916_800.0,
        120_543_840.0,
        150_917_976.0,
        105_258_076.0,
        45_995_730.0,
        13_339_535.0,
        2_637_558.0,
        357_423.0,
        32_670.0,
        1_925.0,
        66.0,
        1.0,
    ];

    /// The Lanczos sum for x > 0: a polynomial in x below 5, in 1/x above
    /// (where the plain one would overflow).
    fn lanczos_sum(x: f64) -> f64 {
        let (mut num, mut den) = (0.0, 0.0);
        if x < 5.0 {
            for (n, d) in LANCZOS_NUM.iter().zip(LANCZOS_DEN.iter()).rev() {
                num = num * x + n;
                den = den * x + d;
            }
        } else {
            for (n, d) in LANCZOS_NUM.iter().zip(LANCZOS_DEN.iter()) {
                num = num / x + n;
                den = den / x + d;
            }
        }
        num / den
    }

    /// Gamma(n) = (n-1)! for n = 1, 2, ..., 23. Each product is exact: up to
    /// 22!, what is left after the factors of two fits in 53 bits.
    fn gamma_of_integer(n: usize) -> f64 {
        (1..n).fold(1.0, |acc, k| acc * k as f64)
    }

    pub fn gamma(x: f64) -> (f64, Errno) {
        if !x.is_finite() {
            if x.is_nan() || x > 0.0 {
                return (x, Errno::Ok);
            }
            return (f64::NAN, Errno::Dom);
        }
        if x == 0.0 {
            return (1.0 / x, Errno::Dom);
        }
        if x == x.floor() {
            if x < 0.0 {
                return (f64::NAN, Errno::Dom);
            }
            if x <= 23.0 {
                return (gamma_of_integer(x as usize), Errno::Ok);
            }
        }
        let absx = x.abs();
        if absx < 1e-20 {
            let r = 1.0 / x;
            let errno = if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            };
            return (r, errno);
        }
        if absx > 200.0 {
            if x < 0.0 {
                return (0.0 / sin_pi(x), Errno::Ok);
            }
            return (f64::INFINITY, Errno::Range);
        }
        let y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error of y, to correct the result by.
        let err = if absx > LANCZOS_G_MINUS_HALF {
            (y - absx) - LANCZOS_G_MINUS_HALF
        } else {
            (y - LANCZOS_G_MINUS_HALF) - absx
        };
        let z = err * LANCZOS_G / y;
        let mut r;
        if x < 0.0 {
            r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
            r -= z * r;
            if absx < 140.0 {
                r /= y.powf(absx - 0.5);
            } else {
                let half = y.powf(absx / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczos_sum(absx) / y.exp();
            r += z * r;
            if absx < 140.0 {
                r *= y.powf(absx - 0.5);
            } else {
                let half = y.powf(absx / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        let errno = if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        };
        (r, errno)
    }

    pub fn lgamma(x: f64) -> (f64, Errno) {
        if !x.is_finite() {
            if x.is_nan() {
                return (x, Errno::Ok);
            }
            return (f64::INFINITY, Errno::Ok);
        }
        if x == x.floor() && x <= 2.0 {
            if x <= 0.0 {
                return (f64::INFINITY, Errno::Dom);
            }
            return (0.0, Errno::Ok);
        }
        let absx = x.abs();
        if absx < 1e-20 {
            return (-absx.ln(), Errno::Ok);
        }
        let lanczos_log = |a: f64| {
            lanczos_sum(a).ln() - LANCZOS_G + (a - 0.5) * ((a + LANCZOS_G - 0.5).ln() - 1.0)
        };
        let r = if x > 0.0 {
            lanczos_log(x)
        } else {
            PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - lanczos_log(absx)
        };
        let errno = if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        };
        (r, errno)
    }

    const ERF_SERIES_CUTOFF: f64 = 1.5;
    const ERF_SERIES_TERMS: usize = 25;
    const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
    const ERFC_CONTFRAC_TERMS: usize = 50;

    /// erf(x) for small finite x, by its power series
    /// x*exp(-x*x)/sqrt(pi) * sum of 2**k * x**(2k-2) / (1*3*5*...*(2k-1)),
    /// summed from the innermost term out.
    fn erf_series(x: f64) -> f64 {
        let x2 = x * x;
        let mut acc = 0.0;
        let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
        for _ in 0..ERF_SERIES_TERMS {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        acc * x * (-x2).exp() / SQRT_PI
    }

    /// erfc(x) for positive x, by its continued fraction, evaluated forward
    /// through the convergents p/q; 0 from 30 up.
    fn erfc_contfrac(x: f64) -> f64 {
        if x >= ERFC_CONTFRAC_CUTOFF {
            return 0.0;
        }
        let x2 = x * x;
        let (mut a, mut da) = (0.0, 0.5);
        let (mut p, mut p_last) = (1.0, 0.0);
        let (mut q, mut q_last) = (da + x2, 1.0);
        for _ in 0..ERFC_CONTFRAC_TERMS {
            a += da;
            da += 2.0;
            let b = da + x2;
            (p, p_last) = (b * p - a * p_last, p);
            (q, q_last) = (b * q - a * q_last, q);
        }
        p / q * x * (-x2).exp() / SQRT_PI
    }

    pub fn erf(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        let absx = x.abs();
        if absx < ERF_SERIES_CUTOFF {
            return erf_series(x);
        }
        let cf = erfc_contfrac(absx);
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }

    pub fn erfc(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        let absx = x.abs();
        if absx < ERF_SERIES_CUTOFF {
            return 1.0 - erf_series(x);
        }
        let cf = erfc_contfrac(absx);
        if x > 0.0 {
            cf
        } else {
            2.0 - cf
        }
    }
}

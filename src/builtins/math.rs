//! The `math` module (CPython: `Modules/mathmodule.c`).

use std::rc::Rc;

use num_bigint::BigInt;

use super::{builtin, check_args};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
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
    ];
    for &(name, f) in functions {
        m.dict.set_str(name, builtin(name, f));
    }
    Some(m)
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.as_float(v)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error("a float is required")),
    }
}

/// A one-argument math function with CPython's domain and range errors.
fn unary(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let x = float_arg(vm, &args.args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
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
    unary(vm, args, "degrees", |x| x * (180.0 / std::f64::consts::PI))
}
fn math_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "radians", |x| x * (std::f64::consts::PI / 180.0))
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

//! Calling a built-in type: `int(x)`, `str(x)`, `list(x)`, … (CPython: the
//! `tp_new` functions of `Objects/*.c`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::{builtin, check_args};
use crate::objects::dictobject::PyDict;
use crate::objects::iterobject::{IterState, PyIter};
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::rangeobject::PyXRange;
use crate::objects::sliceobject::PySlice;
use crate::objects::stringobject::{self, PyStr};
use crate::objects::typeobject::{Layout, PyType};
use crate::objects::unicodemethods;
use crate::objects::unicodeobject::PyUnicode;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    vm.builtins.set_str("enumerate", builtin("enumerate", builtin_enumerate));
    vm.builtins.set_str("reversed", builtin("reversed", builtin_reversed));
}

/// `t(*args)` for a built-in type `t`.
pub fn construct(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    let name = t.name();
    match t.layout {
        Layout::Int | Layout::Long => int_new(vm, args, t.layout == Layout::Long),
        Layout::Bool => {
            check_args(vm, "bool", &args, 0, 1)?;
            match args.args.first() {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        Layout::Float => {
            check_args(vm, "float", &args, 0, 1)?;
            match args.args.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => float_of(vm, v).map(Value::Float),
            }
        }
        Layout::Complex => {
            check_args(vm, "complex", &args, 0, 2)?;
            let re = match args.args.first() {
                Some(v) => float_of(vm, v)?,
                None => 0.0,
            };
            let im = match args.args.get(1) {
                Some(v) => float_of(vm, v)?,
                None => 0.0,
            };
            Ok(Value::Complex(Rc::new((re, im))))
        }
        Layout::Str => {
            check_args(vm, "str", &args, 0, 1)?;
            match args.args.first() {
                Some(v) => Ok(Value::Str(vm.str(v)?)),
                None => Ok(Value::str("")),
            }
        }
        Layout::Unicode => unicode_new(vm, args),
        Layout::Tuple => {
            check_args(vm, "tuple", &args, 0, 1)?;
            match args.args.first() {
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        Layout::List => {
            check_args(vm, "list", &args, 0, 1)?;
            match args.args.first() {
                Some(v) => Ok(Value::list(vm.iterate(v)?)),
                None => Ok(Value::list(vec![])),
            }
        }
        Layout::Dict => {
            let d = Value::Dict(Rc::new(PyDict::new()));
            crate::objects::dictmethods::update(vm, &d, args)?;
            Ok(d)
        }
        Layout::Set | Layout::FrozenSet => {
            check_args(vm, &name, &args, 0, 1)?;
            let items = match args.args.first() {
                Some(v) => vm.iterate(v)?,
                None => vec![],
            };
            vm.new_set(items, t.layout == Layout::FrozenSet)
        }
        Layout::Object => {
            if !args.args.is_empty() {
                return Err(vm.type_error("object() takes no parameters"));
            }
            Ok(vm.new_instance(t))
        }
        Layout::XRange => xrange_new(vm, args),
        Layout::Slice => {
            check_args(vm, "slice", &args, 1, 3)?;
            let a = args.args;
            let (start, stop, step) = match a.len() {
                1 => (Value::None, a[0].clone(), Value::None),
                2 => (a[0].clone(), a[1].clone(), Value::None),
                _ => (a[0].clone(), a[1].clone(), a[2].clone()),
            };
            Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
        }
        Layout::Type => Err(vm.type_error("type() takes 1 or 3 arguments")),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `unicode(string='', encoding=None, errors='strict')` (`unicode_new`).
fn unicode_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kwlist = ["string", "encoding", "errors"];
    let slots = unicodemethods::parse_keywords(vm, "unicode", &args.args, &args.kwargs, &kwlist)?;
    let mut names = [None, None];
    for (i, slot) in slots[1..].iter().enumerate() {
        if let Some(v) = slot {
            names[i] = Some(unicodemethods::string_arg(vm, "unicode", i + 2, v)?);
        }
    }
    let [encoding, errors] = names;
    let new = |chars: Vec<u32>| Value::Unicode(Rc::new(PyUnicode::new(chars.into())));
    let Some(x) = &slots[0] else {
        return Ok(new(Vec::new()));
    };
    if encoding.is_none() && errors.is_none() {
        // PyObject_Unicode.
        return match x {
            Value::Unicode(_) => Ok(x.clone()),
            Value::Str(_) => Ok(new(vm.to_unicode(x)?)),
            _ => {
                let s = Value::Str(vm.str(x)?);
                Ok(new(vm.to_unicode(&s)?))
            }
        };
    }
    // PyUnicode_FromEncodedObject.
    match x {
        Value::Unicode(_) => Err(vm.type_error("decoding Unicode is not supported")),
        Value::Str(s) if s.is_empty() => Ok(new(Vec::new())),
        Value::Str(s) => {
            let codec = unicodemethods::codec_for(vm, encoding.as_deref())?;
            let errors = errors.as_deref().unwrap_or(b"strict");
            let chars = vm.decode_bytes(codec, s.as_bytes(), || x.clone(), errors)?;
            Ok(new(chars))
        }
        other => Err(vm.type_error(format!(
            "coercing to Unicode: need string or buffer, {} found",
            vm.type_name(other)
        ))),
    }
}

/// `float(x)`.
pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = vm.as_float(v)? {
        return Ok(f);
    }
    match v {
        Value::Str(s) => parse_float(vm, s.as_bytes()),
        Value::Unicode(u) => {
            let text: Vec<u8> = u.to_text().into_bytes();
            parse_float(vm, &text)
        }
        _ => match vm.lookup_special(v, &PyStr::from("__float__")) {
            Some(m) => {
                let r = vm.call0(&m)?;
                match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error("__float__ returned non-float")),
                }
            }
            None => Err(vm.type_error(format!(
                "float() argument must be a string or a number"
            ))),
        },
    }
}

fn parse_float(vm: &mut Vm, bytes: &[u8]) -> PyResult<f64> {
    let text = String::from_utf8_lossy(bytes);
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let parsed = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ if !body.is_empty()
            && body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
            && body.starts_with(|c: char| c.is_ascii_digit() || c == '.') =>
        {
            body.parse::<f64>().ok()
        }
        _ => None,
    };
    match parsed {
        Some(f) => Ok(sign * f),
        None => Err(vm.value_error(format!(
            "could not convert string to float: {}",
            String::from_utf8_lossy(bytes)
        ))),
    }
}

/// `int(x)`, `int(s, base)`, `long(...)`.
fn int_new(vm: &mut Vm, args: Args, long: bool) -> PyResult<Value> {
    let fname = if long { "long" } else { "int" };
    check_args(vm, fname, &args, 0, 2)?;
    let wrap = |n: BigInt| -> Value {
        match (long, n.to_i64()) {
            (false, Some(i)) => Value::Int(i),
            _ => Value::long(n),
        }
    };
    let Some(v) = args.args.first() else {
        return Ok(if long { Value::long(BigInt::from(0)) } else { Value::Int(0) });
    };
    if let Some(base_v) = args.args.get(1) {
        let base = vm.index_value(base_v, "an integer is required")?;
        let text = match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            Value::Unicode(u) => u.to_text().into_bytes(),
            _ => return Err(vm.type_error(format!("{fname}() can't convert non-string with explicit base"))),
        };
        return parse_int(vm, &text, base, long).map(wrap);
    }
    match v {
        Value::Int(i) => Ok(if long { Value::long(BigInt::from(*i)) } else { Value::Int(*i) }),
        Value::Bool(b) => Ok(wrap(BigInt::from(i64::from(*b)))),
        Value::Long(l) => Ok(wrap((**l).clone())),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let n: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
            Ok(wrap(n))
        }
        Value::Str(s) => parse_int(vm, s.as_bytes(), 10, long).map(wrap),
        Value::Unicode(u) => parse_int(vm, u.to_text().as_bytes(), 10, long).map(wrap),
        _ => {
            let special = if long { "__long__" } else { "__int__" };
            match vm.lookup_special(v, &PyStr::from(special)).or_else(|| vm.lookup_special(v, &PyStr::from("__int__"))) {
                Some(m) => vm.call0(&m),
                None => Err(vm.type_error(format!(
                    "{fname}() argument must be a string or a number, not '{}'",
                    vm.type_name(v)
                ))),
            }
        }
    }
}

/// Parses an integer literal as `int(s, base)` does in 2.7.
pub fn parse_int(vm: &mut Vm, bytes: &[u8], base: i64, long: bool) -> PyResult<BigInt> {
    let fname = if long { "long" } else { "int" };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error(format!("{fname}() base must be >= 2 and <= 36")));
    }
    let invalid = |vm: &Vm| {
        vm.value_error(format!(
            "invalid literal for {fname}() with base {base}: {}",
            stringobject::repr(bytes)
        ))
    };
    let text = String::from_utf8_lossy(bytes);
    let mut t = text.trim_matches(|c: char| c.is_ascii_whitespace()).to_string();
    let negative = t.starts_with('-');
    if t.starts_with('-') || t.starts_with('+') {
        t.remove(0);
    }
    if long && (t.ends_with('l') || t.ends_with('L')) {
        t.pop();
    }
    let lower = t.to_ascii_lowercase();
    let mut base = base as u32;
    let mut digits = lower.as_str();
    for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == 0 || base == b) && digits.starts_with(prefix) && digits.len() > 2 {
            digits = &digits[2..];
            base = b;
        }
    }
    if base == 0 {
        if digits.len() > 1 && digits.starts_with('0') {
            base = 8;
            digits = &digits[1..];
        } else {
            base = 10;
        }
    }
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return Err(invalid(vm));
    }
    let n = BigInt::from_str_radix(digits, base).map_err(|_| invalid(vm))?;
    Ok(if negative { -n } else { n })
}

fn xrange_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "xrange", &args, 1, 3)?;
    let mut nums = Vec::new();
    for a in &args.args {
        match a {
            Value::Int(i) => nums.push(*i),
            Value::Bool(b) => nums.push(i64::from(*b)),
            Value::Float(f) => nums.push(*f as i64),
            _ => return Err(vm.type_error("an integer is required")),
        }
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(vm.value_error("xrange() arg 3 must not be zero"));
    }
    let len = super::functions::range_len(start, stop, step);
    Ok(Value::XRange(Rc::new(PyXRange {
        start,
        step,
        len: len as i64,
    })))
}

fn builtin_enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "enumerate", &args, 1, 2)?;
    let iter = vm.iter(&args.args[0])?;
    let start = match args.args.get(1) {
        Some(v) => vm.index_value(v, "an integer is required")?,
        None => 0,
    };
    Ok(PyIter::new("enumerate", IterState::Enumerate { iter, count: start }))
}

fn builtin_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &args, 1, 1)?;
    let seq = args.args[0].clone();
    if let Some(m) = vm.lookup_special(&seq, &PyStr::from("__reversed__")) {
        return vm.call0(&m);
    }
    let (seq, kind) = match &seq {
        Value::List(_) => (seq.clone(), "listreverseiterator"),
        Value::Tuple(_) | Value::Str(_) | Value::Unicode(_) => (seq.clone(), "reversed"),
        Value::XRange(_) => (Value::list(vm.iterate(&seq)?), "rangeiterator"),
        _ => return Err(vm.type_error("argument to reversed() must be a sequence")),
    };
    let n = vm.len(&seq)? as isize;
    Ok(PyIter::new(kind, IterState::Reversed { seq, index: n - 1 }))
}

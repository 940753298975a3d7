//! Calling a built-in type: `int(x)`, `str(x)`, `list(x)`, … (CPython: the
//! `tp_new` functions of `Objects/*.c`).

use crate::objects::object::Truth;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::check_args;
use crate::objects::dictobject::PyDict;
use crate::objects::iterobject::{IterState, PyIter};
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::rangeobject::PyXRange;
use crate::objects::sliceobject::PySlice;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{Layout, PyType};
use crate::objects::unicodemethods;
use crate::objects::unicodeobject::PyUnicode;
use crate::vm::{PyResult, Vm};

/// `enumerate` and `reversed` are types whose instances are iterators.
pub fn register(vm: &mut Vm) {
    for kind in ["enumerate", "reversed"] {
        let t = vm.types.iterator(kind);
        vm.builtins.set_str(kind, Value::Type(t));
    }
}

/// `t(*args)` for a built-in type `t`.
pub fn construct(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    let name = t.name();
    if Rc::ptr_eq(t, &vm.types.super_) {
        return super_new(vm, args);
    }
    match t.layout {
        Layout::Iterator if name == "enumerate" => enumerate_new(vm, args),
        Layout::Iterator if name == "reversed" => reversed_new(vm, args),
        Layout::Int | Layout::Long => int_new(vm, args, t.layout == Layout::Long),
        Layout::Bool => {
            super::check_parsed_args(vm, "bool", &args, 0, 1)?;
            match args.args.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(Truth::False)),
            }
        }
        Layout::Float => {
            super::check_parsed_args(vm, "float", &args, 0, 1)?;
            match args.args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => float_of(vm, v).map(Value::float),
            }
        }
        Layout::Complex => {
            check_args(vm, "complex", &args, 0, 2)?;
            if let Some(Value::Str(s)) = args.args.first() {
                if args.args.len() == 2 {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                return match parse_complex(&s.to_text()) {
                    Some((re, im)) => Ok(Value::Complex(Rc::new((re, im)))),
                    None => Err(vm.value_error("complex() arg is a malformed string")),
                };
            }
            // `complex(a, b)` is `a + b*1j`, where only complex parts are
            // added (so the sign of a zero part survives).
            let (a_re, a_im) = match args.args.first() {
                Some(v) => complex_part(vm, v)?,
                None => (0.0, None),
            };
            let (b_re, b_im) = match args.args.get(1) {
                Some(Value::Complex(c)) => (c.0, Some(c.1)),
                Some(other) => (float_of(vm, other)?, None),
                None => (0.0, None),
            };
            let re = match b_im {
                Some(i) => a_re - i,
                None => a_re,
            };
            let im = match a_im {
                Some(i) => b_re + i,
                None => b_re,
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
                Some(v) => Ok(Value::tuple(vm.iterate_sized(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        Layout::List => {
            check_args(vm, "list", &args, 0, 1)?;
            match args.args.first() {
                Some(v) => {
                    let hint = vm.length_hint_of(v);
                    let list = crate::objects::listobject::PyList::new(Vec::new());
                    list.extend_hinted(vm.iterate_sized(v)?, hint);
                    Ok(Value::List(Rc::new(list)))
                }
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
            let frozen = t.layout == Layout::FrozenSet;
            match args.args.first() {
                Some(Value::Set(s)) if frozen && s.frozen => Ok(args.args[0].clone()),
                Some(Value::Set(s)) => Ok(Value::Set(Rc::new(s.copy(frozen)))),
                Some(v) => {
                    let items = vm.iterate(v)?;
                    vm.new_set(items, frozen)
                }
                None => vm.new_set(vec![], frozen),
            }
        }
        Layout::Object => {
            if !args.args.is_empty() {
                return Err(vm.type_error("object() takes no parameters"));
            }
            Ok(vm.new_instance(t))
        }
        Layout::XRange => xrange_new(vm, args),
        Layout::ByteArray => vm.bytearray_new(args),
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
        Layout::Property => crate::objects::descrobject::new_property(vm, t, args),
        Layout::StaticMethod | Layout::ClassMethod => {
            crate::objects::descrobject::new_wrapper(vm, t, args)
        }
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
            _ => Ok(new(vm.unicode_of(x)?)),
        };
    }
    // PyUnicode_FromEncodedObject.
    match x {
        Value::Unicode(_) => Err(vm.type_error("decoding Unicode is not supported")),
        Value::Str(s) if s.is_empty() => Ok(new(Vec::new())),
        Value::Str(s) => {
            let codec = unicodemethods::codec_for(vm, encoding.as_deref())?;
            let errors = errors.as_deref().unwrap_or(b"strict");
            if codec.is_bytes_codec() {
                crate::objects::codecs::string_escape_decode(s.as_bytes(), errors)
                    .map_err(|e| vm.codec_error(e, x.clone()))?;
                return Err(vm.type_error("decoder did not return an unicode object (type=str)"));
            }
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
/// The first argument of `complex()` as a real part and, when it is a
/// complex (or `__complex__` gives one), an imaginary part.
fn complex_part(vm: &mut Vm, v: &Value) -> PyResult<(f64, Option<f64>)> {
    if let Value::Complex(c) = v {
        return Ok((c.0, Some(c.1)));
    }
    if let Some(m) = vm.lookup_special(v, &PyStr::from("__complex__")) {
        let r = vm.call0(&m)?;
        return match r {
            Value::Complex(c) => Ok((c.0, Some(c.1))),
            Value::Float(_) | Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                Ok((float_of(vm, &r)?, None))
            }
            _ => Err(vm.type_error("__complex__ should return a complex object")),
        };
    }
    Ok((float_of(vm, v)?, None))
}

/// `int(x)` or `long(x)` of an object that is no number or string
/// (`PyNumber_Int`, `PyNumber_Long`): its `__int__` (`__long__`), else its
/// `__trunc__`, whose result is made an integer in turn.
fn integer_of_object(vm: &mut Vm, v: &Value, long: bool) -> PyResult<Value> {
    let (fname, special) = if long {
        ("long", "__long__")
    } else {
        ("int", "__int__")
    };
    let as_long = |r: Value| match r {
        Value::Int(i) if long => Value::long(BigInt::from(i)),
        other => other,
    };
    if let Some(m) = vm.lookup_special(v, &PyStr::from(special)) {
        let r = vm.call0(&m)?;
        return match r {
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => Ok(as_long(r)),
            other => Err(vm.type_error(format!(
                "{special} returned non-{fname} (type {})",
                vm.type_name(&other)
            ))),
        };
    }
    // An instance of an int, long or float subclass without its own
    // conversion: the number it holds.
    if let Some(base @ (Value::Int(_) | Value::Long(_) | Value::Float(_) | Value::Bool(_))) =
        v.builtin_base()
    {
        return int_new(vm, Args::positional(vec![base.clone()]), long);
    }
    if let Some(m) = vm.lookup_special(v, &PyStr::from("__trunc__")) {
        let r = vm.call0(&m)?;
        return match r {
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => Ok(as_long(r)),
            Value::Float(_) => int_new(vm, Args::positional(vec![r]), long),
            Value::Instance(_) if vm.lookup_special(&r, &PyStr::from("__int__")).is_some() => {
                let m = vm.lookup_special(&r, &PyStr::from("__int__"));
                let i = vm.call0(&m.unwrap_or(Value::None))?;
                match i {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => Ok(as_long(i)),
                    other => Err(vm.type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        vm.type_name(&other)
                    ))),
                }
            }
            other => Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&other)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "{fname}() argument must be a string or a number, not '{}'",
        vm.type_name(v)
    )))
}

pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Complex(_) = v {
        return Err(vm.type_error("can't convert complex to float"));
    }
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
                    Value::Float(f) => Ok(f.get()),
                    other => Err(vm.type_error(format!(
                        "__float__ returned non-float (type {})",
                        vm.type_name(&other)
                    ))),
                }
            }
            None => match v.builtin_base() {
                Some(base) => float_of(vm, &base.clone()),
                None => Err(vm.type_error("float() argument must be a string or a number")),
            },
        },
    }
}

fn parse_float(vm: &mut Vm, bytes: &[u8]) -> PyResult<f64> {
    crate::objects::floatobject::from_string(bytes).map_err(|e| vm.num_error(e))
}

/// `int(x)`, `int(s, base)`, `long(...)`.
fn int_new(vm: &mut Vm, mut args: Args, long: bool) -> PyResult<Value> {
    let fname = if long { "long" } else { "int" };
    for (k, v) in std::mem::take(&mut args.kwargs) {
        match &k {
            Value::Str(s) if s.as_bytes() == b"x" && args.args.is_empty() => args.args.push(v),
            Value::Str(s) if s.as_bytes() == b"base" => {
                if args.args.is_empty() {
                    args.args.push(Value::str("0"));
                }
                args.args.push(v);
            }
            Value::Str(s) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for this function",
                    s.to_text()
                )))
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    super::check_parsed_args(vm, fname, &args, 0, 2)?;
    let wrap = |n: BigInt| -> Value {
        match (long, n.to_i64()) {
            (false, Some(i)) => Value::Int(i),
            _ => Value::long(n),
        }
    };
    let Some(v) = args.args.first() else {
        return Ok(if long {
            Value::long(BigInt::from(0))
        } else {
            Value::Int(0)
        });
    };
    if let Some(base_v) = args.args.get(1) {
        let base = vm.index_value(base_v, "an integer is required")?;
        let text = match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            Value::Unicode(u) => u.to_text().into_bytes(),
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() can't convert non-string with explicit base"
                )))
            }
        };
        return parse_int(vm, &text, Some(base), long);
    }
    match v {
        Value::Int(i) => Ok(if long {
            Value::long(BigInt::from(*i))
        } else {
            Value::Int(*i)
        }),
        Value::Bool(b) => Ok(wrap(BigInt::from(i64::from(*b)))),
        Value::Long(l) => Ok(wrap((**l).clone())),
        Value::Float(f) if long => crate::objects::longobject::from_f64(f.get())
            .map(Value::long)
            .map_err(|e| vm.num_error(e)),
        Value::Float(f) => crate::objects::floatobject::to_integer(f.get())
            .map(crate::objects::number::integer_value)
            .map_err(|e| vm.num_error(e)),
        Value::Complex(_) => Err(vm.type_error(format!("can't convert complex to {fname}"))),
        Value::Str(s) => parse_int(vm, s.as_bytes(), None, long),
        Value::Unicode(u) => parse_int(vm, u.to_text().as_bytes(), None, long),
        _ => integer_of_object(vm, v, long),
    }
}

/// Parses an integer literal as `int(s, base)` and `long(s, base)` do in 2.7.
pub fn parse_int(vm: &mut Vm, bytes: &[u8], base: Option<i64>, long: bool) -> PyResult<Value> {
    let base = base.map(|b| b.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
    let parsed = if long {
        crate::objects::longobject::long_from_string(bytes, base).map(Value::long)
    } else {
        crate::objects::intobject::int_from_string(bytes, base)
            .map(crate::objects::number::integer_value)
    };
    parsed.map_err(|e| vm.num_error(e))
}

fn xrange_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "xrange", &args, 1, 3)?;
    let mut nums = Vec::new();
    for a in &args.args {
        match a {
            Value::Int(i) => nums.push(*i),
            Value::Bool(b) => nums.push(i64::from(*b)),
            Value::Float(f) => nums.push(f.get() as i64),
            _ => return Err(vm.type_error("an integer is required")),
        }
    }
    let (start, stop, step) = super::functions::range_bounds(&nums);
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

/// `enumerate(sequence, start=0)`, its arguments read as
/// `PyArg_ParseTupleAndKeywords` reads them.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["sequence", "start"];
    if args.args.len() + args.kwargs.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.args.len() + args.kwargs.len()
        )));
    }
    let mut given: [Option<Value>; 2] = [args.args.first().cloned(), args.args.get(1).cloned()];
    for (k, v) in &args.kwargs {
        let key = match k {
            Value::Str(s) => s.to_text().into_owned(),
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        let Some(at) = NAMES.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for this function"
            )));
        };
        if given[at].is_some() {
            return Err(vm.type_error(format!(
                "Argument given by name ('{key}') and position ({})",
                at + 1
            )));
        }
        given[at] = Some(v.clone());
    }
    let [sequence, start] = given;
    let Some(sequence) = sequence else {
        return Err(vm.type_error("Required argument 'sequence' (pos 1) not found"));
    };
    let iter = vm.iter(&sequence)?;
    let start = match start {
        Some(v) => {
            let what = format!(
                "'{}' object cannot be interpreted as an index",
                vm.type_name(&v)
            );
            vm.index_value(&v, &what)?
        }
        None => 0,
    };
    Ok(PyIter::new(
        "enumerate",
        IterState::Enumerate { iter, count: start },
    ))
}

/// `reversed(sequence)`: the sequence's `__reversed__`, or an iterator over
/// its indexes from the end.
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("reversed() does not take keyword arguments"));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "reversed expected 1 arguments, got {}",
            args.args.len()
        )));
    }
    let seq = args.args[0].clone();
    if let Some(m) = vm.lookup_special(&seq, &PyStr::from("__reversed__")) {
        return vm.call0(&m);
    }
    let (seq, kind) = match &seq {
        Value::List(_) => (seq.clone(), "listreverseiterator"),
        Value::Tuple(_) | Value::Str(_) | Value::Unicode(_) => (seq.clone(), "reversed"),
        Value::XRange(_) => (Value::list(vm.iterate(&seq)?), "rangeiterator"),
        // `PySequence_Check`: a class with `__getitem__` that is no dict.
        Value::Instance(inst)
            if !matches!(inst.base(), Some(Value::Dict(_)))
                && inst.class().lookup("__getitem__").is_some() =>
        {
            (seq.clone(), "reversed")
        }
        _ => return Err(vm.type_error("argument to reversed() must be a sequence")),
    };
    let n = vm.len(&seq)? as isize;
    Ok(PyIter::new(kind, IterState::Reversed { seq, index: n - 1 }))
}

/// `super(C, obj)` (and `super(C, D)` for a class).
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let n = args.args.len();
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(super::arity_message("super", n, 1, 2)));
    }
    let Value::Type(class) = &args.args[0] else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be type, not {}",
            vm.type_name(&args.args[0])
        )));
    };
    if class.is_classic() {
        return Err(vm.type_error("super() argument 1 must be type, not classobj"));
    }
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    let ok = match &obj {
        Value::None => true,
        // A class, or an instance of a metaclass.
        Value::Type(t) => t.is_subtype(class) || vm.type_of(&obj).is_subtype(class),
        other => {
            vm.type_of(other).is_subtype(class)
                || matches!(other, Value::Instance(i) if i.class().is_subtype(class))
        }
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Super(Rc::new(crate::objects::object::PySuper {
        class: class.clone(),
        obj,
    })))
}

/// Parses `complex('1+2j')` forms: a real part, an imaginary part, or both,
/// optionally in parentheses.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let number = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => s.parse::<f64>().ok(),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return t.parse::<f64>().ok().map(|re| (re, 0.0));
    };
    // The split between the parts is the last sign not right after an 'e'.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((body[..i].parse::<f64>().ok()?, number(&body[i..])?)),
        None => Some((0.0, number(body)?)),
    }
}

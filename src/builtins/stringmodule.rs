//! The `string` module's constants and common functions (CPython:
//! `Lib/string.py`, native here) and the `__future__` module.

use std::rc::Rc;

use super::{bind_python_args, builtin, check_parsed_args};
use crate::objects::abstract_::BinOp;
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

const WHITESPACE: &str = "\t\n\x0b\x0c\r ";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

pub fn string_module(vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("string");
    let letters = format!("{LOWER}{UPPER}");
    let constants = [
        ("whitespace", WHITESPACE.to_string()),
        ("lowercase", LOWER.to_string()),
        ("uppercase", UPPER.to_string()),
        ("letters", letters.clone()),
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("ascii_letters", letters.clone()),
        ("digits", DIGITS.to_string()),
        ("hexdigits", "0123456789abcdefABCDEF".to_string()),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        (
            // string.py builds printable from its own whitespace, before
            // strop's (in character order) replaces the name.
            "printable",
            format!("{DIGITS}{letters}{PUNCTUATION} \t\n\r\x0b\x0c"),
        ),
    ];
    for (name, value) in constants {
        m.dict.set_str(name, Value::str(&value));
    }
    // The old exception names are all ValueError itself.
    for name in ["atof_error", "atoi_error", "atol_error", "index_error"] {
        m.dict
            .set_str(name, Value::Type(vm.exc.value_error.clone()));
    }
    for &(name, func) in FUNCTIONS {
        let f = builtin(name, func);
        // string.py takes maketrans from the C module strop.
        if let (Value::Builtin(b), "maketrans") = (&f, name) {
            b.module.set(Some("strop"));
        }
        m.dict.set_str(name, f);
    }
    super::stringtemplate::add_template(vm, &m.dict);
    super::stringformatter::add_formatter(vm, &m.dict);
    // The old names are the same function objects.
    for (alias, name) in [("splitfields", "split"), ("joinfields", "join")] {
        if let Some(f) = m.dict.get_str(name) {
            m.dict.set_str(alias, f);
        }
    }
    Some(m)
}

/// The module's functions. In CPython they are Python functions (all but
/// `maketrans`, which comes from `strop`); here they are built-in
/// functions that bind their arguments as those Python functions do.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("atof", string_atof),
    ("atoi", string_atoi),
    ("atol", string_atol),
    ("capitalize", string_capitalize),
    ("capwords", string_capwords),
    ("center", string_center),
    ("count", string_count),
    ("expandtabs", string_expandtabs),
    ("find", string_find),
    ("index", string_index),
    ("join", string_join),
    ("ljust", string_ljust),
    ("lower", string_lower),
    ("lstrip", string_lstrip),
    ("maketrans", string_maketrans),
    ("replace", string_replace),
    ("rfind", string_rfind),
    ("rindex", string_rindex),
    ("rjust", string_rjust),
    ("rsplit", string_rsplit),
    ("rstrip", string_rstrip),
    ("split", string_split),
    ("strip", string_strip),
    ("swapcase", string_swapcase),
    ("translate", string_translate),
    ("upper", string_upper),
    ("zfill", string_zfill),
];

fn pystr(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::from(s))
}

/// `obj.name(*args)`, through the VM's attribute lookup.
fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = vm.getattr(obj, &pystr(name))?;
    vm.call(&m, Args::positional(args))
}

/// A function `name(s, p1=d1, ..., *args)` whose body is
/// `return s.name(p1, ..., *args)`.
macro_rules! method_wrapper {
    ($func:ident, $name:literal, [$($param:literal),*], [$($default:expr),*], $varargs:expr) => {
        fn $func(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let defaults: Vec<Value> = vec![$($default),*];
            let (mut values, extra) =
                bind_python_args(vm, $name, &args, &[$($param),*], &defaults, $varargs)?;
            let s = values.remove(0);
            values.extend(extra);
            call_method(vm, &s, $name, values)
        }
    };
}

method_wrapper!(string_lower, "lower", ["s"], [], false);
method_wrapper!(string_upper, "upper", ["s"], [], false);
method_wrapper!(string_swapcase, "swapcase", ["s"], [], false);
method_wrapper!(string_capitalize, "capitalize", ["s"], [], false);
method_wrapper!(string_strip, "strip", ["s", "chars"], [Value::None], false);
method_wrapper!(
    string_lstrip,
    "lstrip",
    ["s", "chars"],
    [Value::None],
    false
);
method_wrapper!(
    string_rstrip,
    "rstrip",
    ["s", "chars"],
    [Value::None],
    false
);
method_wrapper!(
    string_split,
    "split",
    ["s", "sep", "maxsplit"],
    [Value::None, Value::Int(-1)],
    false
);
method_wrapper!(
    string_rsplit,
    "rsplit",
    ["s", "sep", "maxsplit"],
    [Value::None, Value::Int(-1)],
    false
);
method_wrapper!(string_index, "index", ["s"], [], true);
method_wrapper!(string_rindex, "rindex", ["s"], [], true);
method_wrapper!(string_count, "count", ["s"], [], true);
method_wrapper!(string_find, "find", ["s"], [], true);
method_wrapper!(string_rfind, "rfind", ["s"], [], true);
method_wrapper!(string_ljust, "ljust", ["s", "width"], [], true);
method_wrapper!(string_rjust, "rjust", ["s", "width"], [], true);
method_wrapper!(string_center, "center", ["s", "width"], [], true);
method_wrapper!(
    string_expandtabs,
    "expandtabs",
    ["s", "tabsize"],
    [Value::Int(8)],
    false
);
method_wrapper!(
    string_replace,
    "replace",
    ["s", "old", "new", "maxreplace"],
    [Value::Int(-1)],
    false
);

/// `join(words, sep=' ')`: `sep.join(words)`.
fn string_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(
        vm,
        "join",
        &args,
        &["words", "sep"],
        &[Value::str(" ")],
        false,
    )?;
    call_method(vm, &p[1], "join", vec![p[0].clone()])
}

/// `atof(s)`: `float(s)`.
fn string_atof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(vm, "atof", &args, &["s"], &[], false)?;
    let float = Value::Type(vm.types.float.clone());
    vm.call1(&float, p[0].clone())
}

/// `atoi(s, base=10)`: `int(s, base)`.
fn string_atoi(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(vm, "atoi", &args, &["s", "base"], &[Value::Int(10)], false)?;
    let int = Value::Type(vm.types.int.clone());
    vm.call(&int, Args::positional(p))
}

/// `atol(s, base=10)`: `long(s, base)`.
fn string_atol(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(vm, "atol", &args, &["s", "base"], &[Value::Int(10)], false)?;
    let long = Value::Type(vm.types.long.clone());
    vm.call(&long, Args::positional(p))
}

/// `zfill(x, width)`: a number is zero-filled as its repr.
fn string_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(vm, "zfill", &args, &["x", "width"], &[], false)?;
    let basestring = vm.types.basestring.clone();
    let x = if vm.type_of(&p[0]).is_subtype(&basestring) {
        p[0].clone()
    } else {
        Value::Str(vm.repr(&p[0])?)
    };
    call_method(vm, &x, "zfill", vec![p[1].clone()])
}

/// `translate(s, table, deletions="")`: with no deletions and a table,
/// `s.translate(table + s[:0])`, so a `str` table meets a `unicode` `s`
/// as unicode.
fn string_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(
        vm,
        "translate",
        &args,
        &["s", "table", "deletions"],
        &[Value::str("")],
        false,
    )?;
    let (s, table, deletions) = (&p[0], &p[1], &p[2]);
    if vm.truthy(deletions)? || table.is_none() {
        return call_method(vm, s, "translate", vec![table.clone(), deletions.clone()]);
    }
    let translate = vm.getattr(s, &pystr("translate"))?;
    let empty = vm.getslice(s, None, Some(Value::Int(0)))?;
    let table = vm.binary_op(table, &empty, BinOp::Add)?;
    vm.call1(&translate, table)
}

/// `capwords(s, sep=None)`: `(sep or ' ').join(x.capitalize() for x in
/// s.split(sep))`, evaluated in that order.
fn string_capwords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = bind_python_args(vm, "capwords", &args, &["s", "sep"], &[Value::None], false)?;
    let (s, sep) = (&p[0], &p[1]);
    let joiner = if vm.truthy(sep)? {
        sep.clone()
    } else {
        Value::str(" ")
    };
    let join = vm.getattr(&joiner, &pystr("join"))?;
    let words = call_method(vm, s, "split", vec![sep.clone()])?;
    let mut caps = Vec::new();
    for w in vm.iterate(&words)? {
        caps.push(call_method(vm, &w, "capitalize", Vec::new())?);
    }
    vm.call1(&join, Value::list(caps))
}

/// `maketrans(from, to)` (`strop.maketrans`): a 256-byte translation
/// table. Each argument is read as `PyArg_ParseTuple`'s `t#` reads it: a
/// `str`, or a `unicode` encoded to ASCII.
fn string_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_parsed_args(vm, "maketrans", &args, 2, 2)?;
    let from = char_buffer(vm, &args.args[0], 1)?;
    let to = char_buffer(vm, &args.args[1], 2)?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.iter().zip(to.iter()) {
        table[usize::from(a)] = b;
    }
    Ok(Value::bytes(&table))
}

/// The bytes of a `t#` argument (argument `n`), or CPython's TypeError.
fn char_buffer(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<u8>> {
    let base = match v {
        Value::Instance(inst) => inst.base().cloned(),
        _ => Some(v.clone()),
    };
    match base {
        Some(Value::Str(s)) => return Ok(s.as_bytes().to_vec()),
        Some(Value::Unicode(u)) => return Ok(vm.encode_ascii(&u.chars)?.as_bytes().to_vec()),
        _ => {}
    }
    let what = match v {
        Value::ByteArray(_) => "pinned buffer".to_string(),
        _ => "read-only character buffer".to_string(),
    };
    let got = if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    };
    Err(vm.type_error(format!(
        "maketrans() argument {n} must be string or {what}, not {got}"
    )))
}

/// `__future__`: the feature names a `from __future__ import` statement
/// imports at run time (the compiler has already acted on them).
pub fn future_module(vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("__future__");
    let features = [
        (
            "nested_scopes",
            (2, 1, 0, "beta", 1),
            (2, 2, 0, "alpha", 0),
            0x0010,
        ),
        (
            "generators",
            (2, 2, 0, "alpha", 1),
            (2, 3, 0, "final", 0),
            0,
        ),
        (
            "division",
            (2, 2, 0, "alpha", 2),
            (3, 0, 0, "alpha", 0),
            0x2000,
        ),
        (
            "absolute_import",
            (2, 5, 0, "alpha", 1),
            (3, 0, 0, "alpha", 0),
            0x4000,
        ),
        (
            "with_statement",
            (2, 5, 0, "alpha", 1),
            (2, 6, 0, "alpha", 0),
            0x8000,
        ),
        (
            "print_function",
            (2, 6, 0, "alpha", 2),
            (3, 0, 0, "alpha", 0),
            0x10000,
        ),
        (
            "unicode_literals",
            (2, 6, 0, "alpha", 2),
            (3, 0, 0, "alpha", 0),
            0x20000,
        ),
    ];
    let feature_type = crate::objects::types::new_type(
        "_Feature",
        Some(&vm.types.object),
        crate::objects::typeobject::Layout::Object,
        "__future__",
        true,
    );
    let version = |v: (i64, i64, i64, &str, i64)| {
        Value::tuple(vec![
            Value::Int(v.0),
            Value::Int(v.1),
            Value::Int(v.2),
            Value::str(v.3),
            Value::Int(v.4),
        ])
    };
    let mut names = Vec::new();
    for (name, optional, mandatory, flag) in features {
        let feature = vm.new_instance(&feature_type);
        if let Value::Instance(i) = &feature {
            i.dict().set_str("optional", version(optional));
            i.dict().set_str("mandatory", version(mandatory));
            i.dict().set_str("compiler_flag", Value::Int(flag));
        }
        m.dict.set_str(name, feature);
        names.push(Value::str(name));
    }
    m.dict.set_str("all_feature_names", Value::list(names));
    Some(m)
}

//! The `string` module's constants and common functions (CPython:
//! `Lib/string.py`, native here) and the `__future__` module.

use std::rc::Rc;

use super::{builtin, check_args};
use crate::objects::methodobject::Args;
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

const WHITESPACE: &str = "\t\n\x0b\x0c\r ";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

pub fn string_module(_vm: &mut Vm) -> Option<Rc<PyModule>> {
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
    m.dict
        .set_str("capwords", builtin("capwords", string_capwords));
    m.dict
        .set_str("maketrans", builtin("maketrans", string_maketrans));
    Some(m)
}

/// `string.capwords(s, sep=None)`: split, capitalize each word, join.
fn string_capwords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "capwords", &args, 1, 2)?;
    let s = args.args[0].clone();
    let split = vm.getattr(&s, &Rc::new(PyStr::from("split")))?;
    let sep = args.args.get(1).cloned().unwrap_or(Value::None);
    let words = vm.call(&split, Args::positional(vec![sep.clone()]))?;
    let mut caps = Vec::new();
    for w in vm.iterate(&words)? {
        let cap = vm.getattr(&w, &Rc::new(PyStr::from("capitalize")))?;
        caps.push(vm.call0(&cap)?);
    }
    let joiner = if sep.is_none() { Value::str(" ") } else { sep };
    let join = vm.getattr(&joiner, &Rc::new(PyStr::from("join")))?;
    vm.call1(&join, Value::list(caps))
}

/// `string.maketrans(from, to)`: a 256-byte translation table.
fn string_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "maketrans", &args, 2, 2)?;
    let (Value::Str(from), Value::Str(to)) = (&args.args[0], &args.args[1]) else {
        return Err(vm.type_error("maketrans arguments must be strings"));
    };
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.as_bytes().iter().zip(to.as_bytes()) {
        table[usize::from(a)] = b;
    }
    Ok(Value::bytes(&table))
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

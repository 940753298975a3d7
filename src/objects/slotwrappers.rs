//! The special methods of built-in types as Python sees them
//! (`(1).__add__(2)`, `[].__len__()`): CPython's slot wrappers
//! (`Objects/typeobject.c`, `slotdefs`), each calling the protocol the
//! operator itself uses.

use super::abstract_::{BinOp, CmpOp};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

/// `self` and the one argument of a binary special method.
fn two(vm: &Vm, args: &Args, _name: &str) -> PyResult<(Value, Value)> {
    match args.args.as_slice() {
        [a, b] => Ok((a.clone(), b.clone())),
        _ => Err(vm.type_error(format!(
            "expected 1 arguments, got {}",
            args.args.len().saturating_sub(1)
        ))),
    }
}

fn one(args: &Args) -> Value {
    args.args.first().cloned().unwrap_or(Value::None)
}

macro_rules! binary_wrappers {
    ($($name:ident: $dunder:literal $op:ident,)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, &args, $dunder)?;
                vm.builtin_binary(&a, &b, BinOp::$op)
            }
        )*
    };
}

binary_wrappers! {
    add: "__add__" Add,
    sub: "__sub__" Sub,
    mul: "__mul__" Mul,
    mod_: "__mod__" Mod,
    and_: "__and__" And,
    xor: "__xor__" Xor,
    or_: "__or__" Or,
}

fn rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__rmul__")?;
    vm.builtin_binary(&b, &a, BinOp::Mul)
}

macro_rules! compare_wrappers {
    ($($name:ident: $dunder:literal $op:ident,)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, &args, $dunder)?;
                vm.compare(&a, &b, CmpOp::$op)
            }
        )*
        const COMPARE: &[(&str, NativeFn)] = &[$(($dunder, $name),)*];
    };
}

compare_wrappers! {
    lt: "__lt__" Lt,
    le: "__le__" Le,
    eq: "__eq__" Eq,
    ne: "__ne__" Ne,
    gt: "__gt__" Gt,
    ge: "__ge__" Ge,
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Str(vm.repr(&one(&args))?))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Str(vm.str(&one(&args))?))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&one(&args))?))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&one(&args))? as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__getitem__")?;
    vm.getitem(&a, &b)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__contains__")?;
    Ok(Value::bool(vm.contains(&a, &b)?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.iter(&one(&args))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.as_slice() {
        [a, k, v] => {
            vm.setitem(a, k, v.clone())?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error("expected 2 arguments")),
    }
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__delitem__")?;
    vm.delitem(&a, &b)?;
    Ok(Value::None)
}

/// `str.__getnewargs__`, `unicode.__getnewargs__`, `tuple.__getnewargs__`:
/// a one-item tuple holding a plain copy of the value (`METH_NOARGS`).
fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = one(&args);
    let n = args.args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("__getnewargs__() takes no arguments ({n} given)")));
    }
    let v = match &this {
        Value::Str(_) | Value::Unicode(_) | Value::Tuple(_) => this.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "descriptor '__getnewargs__' requires a 'str' object but received a '{}'",
                vm.type_name(&this)
            )))
        }
    };
    Ok(Value::tuple(vec![v]))
}

const COMMON: &[(&str, NativeFn)] = &[("__repr__", repr), ("__hash__", hash)];
/// Only types with a `str()` of their own have `__str__`; the others
/// inherit `object.__str__`, which calls `repr()` (so a subclass's
/// `__repr__` serves for both).
const STR: &[(&str, NativeFn)] = &[("__str__", str_)];
const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__iter__", iter),
];
const MUTABLE: &[(&str, NativeFn)] = &[("__setitem__", setitem), ("__delitem__", delitem)];

pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let numbers = [
        (t.int.clone(), "int"),
        (t.long.clone(), "long"),
        (t.float.clone(), "float"),
        (t.complex.clone(), "complex"),
    ];
    for (ty, name) in &numbers {
        add_methods(ty, name, COMMON);
        add_methods(ty, name, STR);
    }
    add_methods(
        &t.bool.clone(),
        "bool",
        &[("__repr__", repr), ("__str__", str_)],
    );
    super::numberwrappers::register(vm);
    let t = &vm.types;
    let sequences = [
        (t.str.clone(), "str"),
        (t.unicode.clone(), "unicode"),
        (t.tuple.clone(), "tuple"),
        (t.list.clone(), "list"),
        (t.bytearray.clone(), "bytearray"),
        (t.dict.clone(), "dict"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.xrange.clone(), "xrange"),
    ];
    for (ty, name) in &sequences {
        add_methods(ty, name, COMMON);
        add_methods(ty, name, COMPARE);
        add_methods(ty, name, SEQUENCE);
        if matches!(*name, "str" | "unicode" | "tuple" | "list" | "bytearray") {
            add_methods(
                ty,
                name,
                &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)],
            );
        }
        if *name == "bytearray" {
            // Unhashable, yet `bytearray.__hash__` is object's (2.7 keeps
            // `tp_hash` inherited and refuses in `bytearray_hash`).
            ty.dict.remove_str("__hash__");
        }
        if *name == "str" || *name == "unicode" {
            add_methods(ty, name, &[("__mod__", mod_)]);
            add_methods(ty, name, STR);
        }
        if matches!(*name, "list" | "dict" | "bytearray") {
            add_methods(ty, name, MUTABLE);
        }
        if matches!(*name, "set" | "frozenset") {
            add_methods(
                ty,
                name,
                &[
                    ("__or__", or_),
                    ("__and__", and_),
                    ("__sub__", sub),
                    ("__xor__", xor),
                ],
            );
        }
    }
    // `PyObject_GenericGetAttr` as the type's own `__getattribute__`
    // (and `__setattr__`, `__delattr__` where CPython's type has them).
    let t = &vm.types;
    let getattribute = &super::typeobject::OBJECT_ATTRIBUTE_METHODS[..1];
    let all_three = super::typeobject::OBJECT_ATTRIBUTE_METHODS;
    for (ty, name) in [
        (t.int.clone(), "int"),
        (t.long.clone(), "long"),
        (t.float.clone(), "float"),
        (t.complex.clone(), "complex"),
        (t.str.clone(), "str"),
        (t.unicode.clone(), "unicode"),
        (t.list.clone(), "list"),
        (t.tuple.clone(), "tuple"),
        (t.dict.clone(), "dict"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.xrange.clone(), "xrange"),
        (t.slice.clone(), "slice"),
    ] {
        add_methods(&ty, name, getattribute);
    }
    add_methods(&t.none.clone(), "NoneType", COMMON);
    add_methods(&t.str.clone(), "str", &[("__getnewargs__", getnewargs)]);
    add_methods(
        &t.unicode.clone(),
        "unicode",
        &[("__getnewargs__", getnewargs)],
    );
    add_methods(&t.tuple.clone(), "tuple", &[("__getnewargs__", getnewargs)]);
    // Sets are not indexed; `xrange` compares and hashes as `object`,
    // and finds `in` by iterating.
    for ty in [t.set.clone(), t.frozenset.clone()] {
        ty.dict.remove_str("__getitem__");
    }
    for name in [
        "__contains__",
        "__hash__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
    ] {
        t.xrange.dict.remove_str(name);
    }
    let base_exception = vm.exc.base_exception.clone();
    add_methods(&base_exception, "exceptions.BaseException", all_three);
}

//! The special methods of built-in types as Python sees them
//! (`(1).__add__(2)`, `[].__len__()`): CPython's slot wrappers
//! (`Objects/typeobject.c`, `slotdefs`), each calling the protocol the
//! operator itself uses.

use std::rc::Rc;

use super::abstract_::{BinOp, CmpOp};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::typeobject::PyType;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

/// How a slot wrapper checks the number of its arguments.
#[derive(Clone, Copy)]
pub enum ArgCheck {
    /// `check_num_args`: exactly this many.
    Exactly(usize),
    /// `PyArg_UnpackTuple(args, "", n, n)` (`wrap_indexargfunc`).
    Unpack(usize),
    /// `PyArg_UnpackTuple(args, "", min, max)` (`wrap_ternaryfunc`).
    Range(usize, usize),
    /// `PyArg_ParseTuple` with this many formats (`"nn"`, `"nnO"`).
    Parse(usize),
}

/// `self` of a slot wrapper of type `t` (`wrapperdescr_call`'s
/// `descr_check`; a wrapper takes no keyword arguments) and its other
/// arguments, counted as `check` says.
pub fn wrapper_args(
    vm: &Vm,
    t: &Rc<PyType>,
    name: &str,
    args: &Args,
    check: ArgCheck,
) -> PyResult<(Value, Vec<Value>)> {
    let this = super::descrobject::descr_check(vm, t, name, args)?.clone();
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("wrapper {name} doesn't take keyword arguments")));
    }
    let rest = args.args[1..].to_vec();
    let n = rest.len();
    let (min, max) = match check {
        ArgCheck::Exactly(k) | ArgCheck::Unpack(k) | ArgCheck::Parse(k) => (k, k),
        ArgCheck::Range(a, b) => (a, b),
    };
    if n < min || n > max {
        return Err(vm.type_error(match check {
            ArgCheck::Exactly(k) => format!("expected {k} arguments, got {n}"),
            ArgCheck::Parse(k) => format!("function takes exactly {k} arguments ({n} given)"),
            _ if min == max => format!(" expected {min} arguments, got {n}"),
            _ if n < min => format!(" expected at least {min} arguments, got {n}"),
            _ => format!(" expected at most {max} arguments, got {n}"),
        }));
    }
    Ok((this, rest))
}

/// `self` of a `METH_NOARGS` method of type `t`, called with nothing else.
pub fn method_self(vm: &Vm, t: &Rc<PyType>, name: &str, args: &Args) -> PyResult<Value> {
    let this = super::descrobject::descr_check(vm, t, name, args)?.clone();
    crate::builtins::method_args(vm, args, name, 0, 0)?;
    Ok(this)
}

/// The names `typeobject.c`'s `slotdefs` gives wrappers: a type's entry
/// under one of them is a slot wrapper unless the type lists a method of
/// that name itself.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__str__",
    "__hash__",
    "__call__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__cmp__",
    "__iter__",
    "next",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__div__",
    "__rdiv__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__nonzero__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__coerce__",
    "__int__",
    "__long__",
    "__float__",
    "__oct__",
    "__hex__",
    "__index__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__idiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__getslice__",
    "__setslice__",
    "__delslice__",
    "__contains__",
];

/// Whether the entry `name` of the built-in type `owner` is a slot
/// wrapper (`<slot wrapper ...>`) rather than a method (`<method ...>`).
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    let own_method = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    // Every slot's name but `next` is a dunder; most methods' names are not.
    (name.starts_with("__") || name == "next") && !own_method && SLOT_NAMES.contains(&name)
}

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
    mul: "__mul__" Mul,
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
    for (ty, name) in [
        (t.bytearray.clone(), "bytearray"),
        (t.xrange.clone(), "xrange"),
    ] {
        add_methods(&ty, name, COMMON);
        add_methods(&ty, name, COMPARE);
        add_methods(&ty, name, SEQUENCE);
        if name == "bytearray" {
            add_methods(
                &ty,
                name,
                &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)],
            );
            add_methods(&ty, name, MUTABLE);
            // Unhashable, yet `bytearray.__hash__` is object's (2.7 keeps
            // `tp_hash` inherited and refuses in `bytearray_hash`).
            ty.dict.remove_str("__hash__");
        }
    }
    super::containerwrappers::register(vm);
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
    // `xrange` compares and hashes as `object`, and finds `in` by
    // iterating.
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

#[cfg(test)]
mod tests {
    use super::is_slot_wrapper;

    #[test]
    fn slot_wrappers_are_told_from_methods() {
        assert!(is_slot_wrapper("list", "__len__"));
        assert!(is_slot_wrapper("listiterator", "next"));
        assert!(!is_slot_wrapper("list", "append"));
        assert!(!is_slot_wrapper("list", "__getitem__"));
        assert!(!is_slot_wrapper("dict", "__contains__"));
        assert!(!is_slot_wrapper("list", "__not_a_slot__"));
    }
}

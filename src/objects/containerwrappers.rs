//! The special methods of `str`, `unicode`, `list`, `tuple`, `dict`, `set`
//! and `frozenset` as their type dicts hold them: CPython's slot wrappers
//! over the `sq_*`, `mp_*`, `nb_*` and `tp_richcompare` slots of
//! `stringobject.c`, `unicodeobject.c`, `listobject.c`, `tupleobject.c`,
//! `dictobject.c` and `setobject.c`, and the methods those files list
//! under special names (`__sizeof__`, `__reversed__`, `__reduce__`, ...).
//! Each calls its type's own slot: a slot that does not take an operand
//! gives `NotImplemented`, one that cannot use it raises its own error.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::abstract_::{BinOp, CmpOp};
use super::iterobject::{IterState, PyIter};
use super::methodobject::{Args, NativeFn};
use super::numberwrappers::plain;
use super::object::Value;
use super::sliceobject::PySlice;
use super::slotwrappers::{method_self, wrapper_args, ArgCheck};
use super::typeobject::PyType;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

const STR: u8 = 0;
const UNICODE: u8 = 1;
const LIST: u8 = 2;
const TUPLE: u8 = 3;
const DICT: u8 = 4;
const SET: u8 = 5;
const FROZENSET: u8 = 6;

fn owner(vm: &Vm, k: u8) -> Rc<PyType> {
    let t = &vm.types;
    match k {
        STR => t.str.clone(),
        UNICODE => t.unicode.clone(),
        LIST => t.list.clone(),
        TUPLE => t.tuple.clone(),
        DICT => t.dict.clone(),
        SET => t.set.clone(),
        _ => t.frozenset.clone(),
    }
}

/// The plain `self` of a slot wrapper and its `n` other arguments
/// (`check_num_args`).
fn args_n(vm: &Vm, k: u8, name: &str, args: &Args, n: usize) -> PyResult<(Value, Vec<Value>)> {
    let (this, rest) = wrapper_args(vm, &owner(vm, k), name, args, ArgCheck::Exactly(n))?;
    Ok((plain(&this).clone(), rest))
}

/// The plain `self` of a method (`METH_NOARGS`).
fn noargs(vm: &Vm, k: u8, name: &str, args: &Args) -> PyResult<Value> {
    method_self(vm, &owner(vm, k), name, args).map(|v| plain(&v).clone())
}

fn is_kind(k: u8, v: &Value) -> bool {
    matches!(
        (k, v),
        (STR, Value::Str(_))
            | (UNICODE, Value::Unicode(_))
            | (LIST, Value::List(_))
            | (TUPLE, Value::Tuple(_))
            | (DICT, Value::Dict(_))
            | (SET | FROZENSET, Value::Set(_))
    )
}

// ---------------------------------------------------------------------------
// Slots every one of these types has
// ---------------------------------------------------------------------------

/// The wrappers that get an instance of a subclass itself rather than the
/// built-in value it holds: those that name the instance's class
/// (`set_repr`, `wrap_cmpfunc`) or read its dict (`set_reduce`).
pub fn receives_instance(owner: &str, name: &str) -> bool {
    matches!(
        (owner, name),
        ("set" | "frozenset", "__repr__" | "__reduce__")
            | ("dict" | "set" | "frozenset", "__cmp__")
    )
}

fn repr<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_n(vm, K, "__repr__", &args, 0)?;
    let r = vm.repr(&a)?;
    // `set_repr` names the object's own class: `S([1, 2])`.
    if let (Value::Set(s), Value::Instance(_)) = (&a, &args.args[0]) {
        let own = if s.frozen { "frozenset" } else { "set" };
        let t = vm.type_of(&args.args[0]);
        let text = r.to_text();
        if let Some(rest) = text.strip_prefix(own) {
            return Ok(Value::str(&format!("{}{rest}", t.name())));
        }
    }
    Ok(Value::Str(r))
}

fn str_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_n(vm, K, "__str__", &args, 0)?;
    Ok(Value::Str(vm.str(&a)?))
}

fn hash<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_n(vm, K, "__hash__", &args, 0)?;
    Ok(Value::Int(vm.hash(&a)?))
}

fn len<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_n(vm, K, "__len__", &args, 0)?;
    Ok(Value::Int(vm.len(&a)? as i64))
}

fn iter<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = args_n(vm, K, "__iter__", &args, 0)?;
    vm.iter(&a)
}

/// `__contains__` as a slot wrapper (`wrap_objobjproc`).
fn contains<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__contains__", &args, 1)?;
    Ok(Value::bool(vm.contains(&a, &rest[0])?))
}

/// `__getitem__` as a slot wrapper (`mp_subscript`).
fn getitem<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__getitem__", &args, 1)?;
    vm.getitem(&a, &rest[0])
}

/// `list.__getitem__`, `dict.__getitem__`, `dict.__contains__`,
/// `set.__contains__`: methods (`METH_O`) under slot names.
fn method_o(vm: &Vm, k: u8, name: &str, args: &Args) -> PyResult<(Value, Value)> {
    let this = method_self_o(vm, k, name, args)?;
    Ok((this, args.args[1].clone()))
}

fn method_self_o(vm: &Vm, k: u8, name: &str, args: &Args) -> PyResult<Value> {
    let this = super::descrobject::descr_check(vm, &owner(vm, k), name, args)?;
    crate::builtins::method_args(vm, args, name, 1, 1)?;
    Ok(plain(this).clone())
}

fn getitem_method<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, key) = method_o(vm, K, "__getitem__", &args)?;
    vm.getitem(&a, &key)
}

/// The rich comparison of type `k` (`tp_richcompare`), given plain operands.
fn richcompare(vm: &mut Vm, k: u8, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let b = plain(b);
    match k {
        // `PyUnicode_RichCompare` takes a `str` too, decoded.
        UNICODE if matches!(b, Value::Str(_)) => vm.compare(a, b, op),
        DICT if is_kind(k, b) && !matches!(op, CmpOp::Eq | CmpOp::Ne) => Ok(Value::NotImplemented),
        _ if is_kind(k, b) => vm.compare(a, b, op),
        _ => Ok(Value::NotImplemented),
    }
}

macro_rules! compare_wrappers {
    ($($name:ident: $dunder:literal $op:ident,)*) => {
        $(
            fn $name<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, rest) = args_n(vm, K, $dunder, &args, 1)?;
                richcompare(vm, K, &a, &rest[0], CmpOp::$op)
            }
        )*
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

/// `__cmp__` (`wrap_cmpfunc`): the other object must have the same
/// `tp_compare` (a dict for `dict_compare`, any set for `set_nocmp`).
fn cmp<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__cmp__", &args, 1)?;
    let b = plain(&rest[0]);
    if !is_kind(K, b) {
        let t = vm.type_of(&args.args[0]);
        return Err(vm.type_error(format!(
            "{0}.__cmp__(x,y) requires y to be a '{0}', not a '{1}'",
            t.name(),
            vm.type_name(&rest[0])
        )));
    }
    if K == DICT {
        return Ok(Value::Int(vm.three_way(&a, b)?));
    }
    Err(vm.type_error("cannot compare sets using cmp()"))
}

// ---------------------------------------------------------------------------
// Sequences: concatenation, repetition, simple slices
// ---------------------------------------------------------------------------

/// `sq_concat` (`string_concat`, `PyUnicode_Concat`, `list_concat`,
/// `tuple_concat`): the other operand's own `__radd__` is not asked.
fn add<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__add__", &args, 1)?;
    let b = plain(&rest[0]);
    let fits = match K {
        STR => matches!(b, Value::Str(_) | Value::Unicode(_) | Value::ByteArray(_)),
        UNICODE => matches!(b, Value::Str(_) | Value::Unicode(_)),
        _ => is_kind(K, b),
    };
    if fits {
        return vm.binary_op(&a, b, BinOp::Add);
    }
    let tb = vm.type_name(&rest[0]);
    Err(vm.type_error(match K {
        STR => format!("cannot concatenate 'str' and '{tb}' objects"),
        UNICODE => format!("coercing to Unicode: need string or buffer, {tb} found"),
        LIST => format!("can only concatenate list (not \"{tb}\") to list"),
        _ => format!("can only concatenate tuple (not \"{tb}\") to tuple"),
    }))
}

/// The count of `sq_repeat` (`wrap_indexargfunc`): `PyNumber_AsSsize_t`
/// with `OverflowError`.
fn repeat_count(vm: &mut Vm, name: &str, args: &Args, k: u8) -> PyResult<(Value, i64)> {
    let (this, rest) = wrapper_args(vm, &owner(vm, k), name, args, ArgCheck::Unpack(1))?;
    let n = as_ssize(vm, &rest[0])?;
    Ok((plain(&this).clone(), n))
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)`.
fn as_ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let has_index = match v {
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => true,
        Value::Instance(i) => {
            i.class().lookup("__index__").is_some()
                || matches!(i.base(), Some(Value::Int(_) | Value::Long(_)))
        }
        _ => false,
    };
    if !has_index {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an index",
            vm.type_name(v)
        )));
    }
    let big = match plain(v) {
        Value::Long(l) => Some((**l).clone()),
        _ => None,
    };
    if let Some(l) = big {
        return l.to_i64().ok_or_else(|| {
            vm.overflow_error("cannot fit 'long' into an index-sized integer".to_string())
        });
    }
    vm.index_value(v, "an integer is required")
}

fn mul<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, n) = repeat_count(vm, "__mul__", &args, K)?;
    vm.binary_op(&a, &Value::Int(n), BinOp::Mul)
}

fn rmul<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, n) = repeat_count(vm, "__rmul__", &args, K)?;
    vm.binary_op(&a, &Value::Int(n), BinOp::Mul)
}

/// `__mod__` of `str` and `unicode` (`string_mod`, `unicode_mod`): the
/// format is `self`.
fn mod_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__mod__", &args, 1)?;
    vm.format_percent(&a, &rest[0])
}

/// `__rmod__`: the other operand is the format, and must be of `self`'s
/// kind.
fn rmod<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__rmod__", &args, 1)?;
    let f = plain(&rest[0]);
    if !is_kind(K, f) {
        return Ok(Value::NotImplemented);
    }
    vm.format_percent(f, &a)
}

/// An index argument of the format `n` of `PyArg_ParseTuple`
/// (`PyInt_AsSsize_t`: an `int` or `long`, nothing else).
fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match plain(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Long(l) => l
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// The bounds of `sq_slice` and `sq_ass_slice`, clipped to `0..=len`
/// with `j` at least `i` (negative bounds are not counted from the end).
fn clip(i: i64, j: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let i = i.clamp(0, len);
    let j = j.clamp(i, len);
    (i, j)
}

/// `self` and the two bounds of `__getslice__`, `__setslice__` and
/// `__delslice__` (`"nn"`, `"nnO"`).
fn slice_args(vm: &mut Vm, k: u8, name: &str, args: &Args, n: usize) -> PyResult<SliceArgs> {
    let (this, rest) = wrapper_args(vm, &owner(vm, k), name, args, ArgCheck::Parse(n))?;
    let i = ssize_arg(vm, &rest[0])?;
    let j = ssize_arg(vm, &rest[1])?;
    let this = plain(&this).clone();
    let (i, j) = clip(i, j, vm.len(&this)?);
    let slice = PySlice {
        start: Value::Int(i),
        stop: Value::Int(j),
        step: Value::None,
    };
    Ok((this, slice, rest.get(2).cloned()))
}

type SliceArgs = (Value, PySlice, Option<Value>);

fn getslice<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, s, _) = slice_args(vm, K, "__getslice__", &args, 2)?;
    vm.subscript_slice(&a, &s)
}

fn setslice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, s, v) = slice_args(vm, LIST, "__setslice__", &args, 3)?;
    if let Value::List(l) = &a {
        vm.assign_slice(l, &s, v)?;
    }
    Ok(Value::None)
}

fn delslice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, s, _) = slice_args(vm, LIST, "__delslice__", &args, 2)?;
    if let Value::List(l) = &a {
        vm.assign_slice(l, &s, None)?;
    }
    Ok(Value::None)
}

/// `__setitem__` (`wrap_objobjargproc`: `PyArg_UnpackTuple`).
fn setitem<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = wrapper_args(vm, &owner(vm, K), "__setitem__", &args, ArgCheck::Unpack(2))?;
    let a = plain(&a).clone();
    vm.setitem(&a, &rest[0], rest[1].clone())?;
    Ok(Value::None)
}

fn delitem<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, K, "__delitem__", &args, 1)?;
    vm.delitem(&a, &rest[0])?;
    Ok(Value::None)
}

/// `list.__iadd__` (`list_inplace_concat`): extends by any iterable.
fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = args_n(vm, LIST, "__iadd__", &args, 1)?;
    vm.inplace_op(&a, &rest[0], BinOp::Add)?;
    Ok(args.args[0].clone())
}

/// `list.__imul__` (`list_inplace_repeat`).
fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, n) = repeat_count(vm, "__imul__", &args, LIST)?;
    vm.inplace_op(&a, &Value::Int(n), BinOp::Mul)?;
    Ok(args.args[0].clone())
}

/// `list.__reversed__`: a `listreverseiterator` over the list.
fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = noargs(vm, LIST, "__reversed__", &args)?;
    let n = vm.len(&a)? as isize;
    Ok(PyIter::new(
        "listreverseiterator",
        IterState::Reversed {
            seq: a,
            index: n - 1,
        },
    ))
}

/// `__getnewargs__` of `str`, `unicode` and `tuple`: a one-item tuple
/// holding a plain copy of the value.
fn getnewargs<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = noargs(vm, K, "__getnewargs__", &args)?;
    Ok(Value::tuple(vec![a]))
}

// ---------------------------------------------------------------------------
// __sizeof__
// ---------------------------------------------------------------------------

/// `__sizeof__` as CPython 2.7 computes it on a 64-bit build: the fixed
/// part of the object and its variable part (`string_sizeof`,
/// `unicode_sizeof` without a cached default encoding, `list_sizeof` over
/// the allocated slots, `dict_sizeof` and `set_sizeof` counting a table
/// larger than the 8 slots kept inside the object).
fn sizeof<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = noargs(vm, K, "__sizeof__", &args)?;
    let n = match &a {
        Value::Str(s) => 37 + s.len(),
        Value::Unicode(u) => 48 + 4 * (u.chars.len() + 1),
        Value::List(l) => 40 + 8 * l.capacity(),
        Value::Dict(d) => 248 + table_bytes(d.table_size(), 24),
        Value::Set(s) => 200 + table_bytes(s.table_size(), 16),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn table_bytes(slots: usize, entry: usize) -> usize {
    if slots > 8 {
        slots * entry
    } else {
        0
    }
}

// ---------------------------------------------------------------------------
// Sets: reflected and in-place operators, __reduce__
// ---------------------------------------------------------------------------

/// `set_or` and friends take two sets and nothing else.
fn set_binary(
    vm: &mut Vm,
    k: u8,
    name: &str,
    args: &Args,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (a, rest) = args_n(vm, k, name, args, 1)?;
    let b = plain(&rest[0]).clone();
    let (Value::Set(x), Value::Set(y)) = (&a, &b) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    Ok(super::setmethods::set_operator(vm, x, y, op)?.unwrap_or(Value::NotImplemented))
}

/// `set_ior` and friends: `NotImplemented` unless the other is a set.
fn set_inplace(vm: &mut Vm, name: &str, args: &Args, op: BinOp) -> PyResult<Value> {
    let (a, rest) = args_n(vm, SET, name, args, 1)?;
    let b = plain(&rest[0]).clone();
    let Value::Set(x) = &a else {
        return Ok(Value::NotImplemented);
    };
    match super::setmethods::set_inplace(vm, x, &b, op)? {
        Some(_) => Ok(args.args[0].clone()),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! set_wrappers {
    ($($name:ident $rname:ident $iname:ident: $dunder:literal $rdunder:literal $idunder:literal $op:ident,)*) => {
        $(
            fn $name<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_binary(vm, K, $dunder, &args, BinOp::$op, false)
            }
            fn $rname<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_binary(vm, K, $rdunder, &args, BinOp::$op, true)
            }
            fn $iname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_inplace(vm, $idunder, &args, BinOp::$op)
            }
        )*
    };
}

set_wrappers! {
    or_ ror ior: "__or__" "__ror__" "__ior__" Or,
    and_ rand iand: "__and__" "__rand__" "__iand__" And,
    sub rsub isub: "__sub__" "__rsub__" "__isub__" Sub,
    xor rxor ixor: "__xor__" "__rxor__" "__ixor__" Xor,
}

fn set_contains<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, key) = method_o(vm, K, "__contains__", &args)?;
    Ok(Value::bool(vm.contains(&a, &key)?))
}

/// `set.__reduce__` (`set_reduce`): the class, the items as a list, and
/// the instance dict (or `None`).
fn set_reduce<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = noargs(vm, K, "__reduce__", &args)?;
    let this = &args.args[0];
    let items = match &a {
        Value::Set(s) => s.items(),
        _ => Vec::new(),
    };
    let name = Rc::new(super::stringobject::PyStr::from("__dict__"));
    let state = match this {
        Value::Instance(_) => vm.getattr(this, &name).unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Type(vm.type_of(this)),
        Value::tuple(vec![Value::list(items)]),
        state,
    ]))
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, key) = method_o(vm, DICT, "__contains__", &args)?;
    Ok(Value::bool(vm.contains(&a, &key)?))
}

// ---------------------------------------------------------------------------
// The tables
// ---------------------------------------------------------------------------

fn common<const K: u8>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__repr__", repr::<K>),
        ("__len__", len::<K>),
        ("__lt__", lt::<K>),
        ("__le__", le::<K>),
        ("__eq__", eq::<K>),
        ("__ne__", ne::<K>),
        ("__gt__", gt::<K>),
        ("__ge__", ge::<K>),
    ]
}

fn sequence<const K: u8>() -> Vec<(&'static str, NativeFn)> {
    let mut t = common::<K>();
    t.extend_from_slice(&[
        ("__add__", add::<K> as NativeFn),
        ("__mul__", mul::<K>),
        ("__rmul__", rmul::<K>),
        ("__contains__", contains::<K>),
        ("__getslice__", getslice::<K>),
    ]);
    t
}

fn set_table<const K: u8>() -> Vec<(&'static str, NativeFn)> {
    let mut t = common::<K>();
    t.extend_from_slice(&[
        ("__iter__", iter::<K> as NativeFn),
        ("__cmp__", cmp::<K>),
        ("__contains__", set_contains::<K>),
        ("__reduce__", set_reduce::<K>),
        ("__sizeof__", sizeof::<K>),
        ("__or__", or_::<K>),
        ("__ror__", ror::<K>),
        ("__and__", and_::<K>),
        ("__rand__", rand::<K>),
        ("__sub__", sub::<K>),
        ("__rsub__", rsub::<K>),
        ("__xor__", xor::<K>),
        ("__rxor__", rxor::<K>),
    ]);
    t
}

/// Fills the dicts of the seven types (after the other registrations,
/// whose generic entries these replace).
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let (s, u, l, tu, d, st, fs) = (
        t.str.clone(),
        t.unicode.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
    );
    for (ty, name, table) in [
        (&s, "str", sequence::<STR>()),
        (&u, "unicode", sequence::<UNICODE>()),
    ] {
        // Strings iterate by `__getitem__`: no `__iter__` of their own.
        ty.dict.remove_str("__iter__");
        add_methods(ty, name, &table);
    }
    add_methods(
        &s,
        "str",
        &[
            ("__str__", str_::<STR> as NativeFn),
            ("__hash__", hash::<STR>),
            ("__getnewargs__", getnewargs::<STR>),
            ("__getitem__", getitem::<STR>),
            ("__mod__", mod_::<STR>),
            ("__rmod__", rmod::<STR>),
            ("__sizeof__", sizeof::<STR>),
        ],
    );
    add_methods(
        &u,
        "unicode",
        &[
            ("__str__", str_::<UNICODE> as NativeFn),
            ("__hash__", hash::<UNICODE>),
            ("__getnewargs__", getnewargs::<UNICODE>),
            ("__getitem__", getitem::<UNICODE>),
            ("__mod__", mod_::<UNICODE>),
            ("__rmod__", rmod::<UNICODE>),
            ("__sizeof__", sizeof::<UNICODE>),
        ],
    );
    add_methods(&l, "list", &sequence::<LIST>());
    add_methods(
        &l,
        "list",
        &[
            ("__iter__", iter::<LIST> as NativeFn),
            ("__getitem__", getitem_method::<LIST>),
            ("__setitem__", setitem::<LIST>),
            ("__delitem__", delitem::<LIST>),
            ("__setslice__", setslice),
            ("__delslice__", delslice),
            ("__iadd__", list_iadd),
            ("__imul__", list_imul),
            ("__reversed__", list_reversed),
            ("__sizeof__", sizeof::<LIST>),
        ],
    );
    add_methods(&tu, "tuple", &sequence::<TUPLE>());
    add_methods(
        &tu,
        "tuple",
        &[
            ("__iter__", iter::<TUPLE> as NativeFn),
            ("__hash__", hash::<TUPLE>),
            ("__getnewargs__", getnewargs::<TUPLE>),
            ("__getitem__", getitem::<TUPLE>),
        ],
    );
    add_methods(&d, "dict", &common::<DICT>());
    add_methods(
        &d,
        "dict",
        &[
            ("__iter__", iter::<DICT> as NativeFn),
            ("__cmp__", cmp::<DICT>),
            ("__contains__", dict_contains),
            ("__getitem__", getitem_method::<DICT>),
            ("__setitem__", setitem::<DICT>),
            ("__delitem__", delitem::<DICT>),
            ("__sizeof__", sizeof::<DICT>),
        ],
    );
    add_methods(&st, "set", &set_table::<SET>());
    add_methods(
        &st,
        "set",
        &[
            ("__ior__", ior as NativeFn),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    add_methods(&fs, "frozenset", &set_table::<FROZENSET>());
    add_methods(
        &fs,
        "frozenset",
        &[("__hash__", hash::<FROZENSET> as NativeFn)],
    );
    super::formatteriter::register(vm);
    // Unhashable: `__hash__` is `None` in the type's dict.
    for ty in [&l, &d, &st] {
        ty.dict.set_str("__hash__", Value::None);
    }
}

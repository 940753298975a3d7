//! Struct sequences (CPython: `Objects/structseq.c`): `time.struct_time`,
//! `sys.flags`, `sys.float_info`, `sys.long_info`. Each is a type of its
//! own (not a `tuple` subclass in 2.7) whose instances are a fixed number
//! of values, read by name or by index, compared, hashed and concatenated
//! as the tuple of their values, and shown as `NAME(field=value, ...)`.
//!
//! An instance keeps its tuple in `exc_args` and each value under its field
//! name in its dict; the methods find the type's description through the
//! owner of the built-in methods in its MRO.

use std::rc::Rc;

use crate::builtins::{add_methods, method_args};
use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::object::Value;
use crate::objects::typeobject::{Layout, PyInstance, PyType};
use crate::vm::{PyResult, Vm};

/// One struct sequence type.
pub struct Desc {
    /// The full name, `module.name`, as reprs and messages show it.
    pub name: &'static str,
    pub fields: &'static [&'static str],
    /// Whether calling the type makes an instance from a sequence
    /// (`sys.flags` has no `tp_new`).
    pub constructible: bool,
    pub doc: &'static str,
}

pub const STRUCT_TIME: Desc = Desc {
    name: "time.struct_time",
    fields: &[
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
        "tm_isdst",
    ],
    constructible: true,
    doc: "",
};

pub const SYS_FLAGS: Desc = Desc {
    name: "sys.flags",
    fields: &[
        "debug",
        "py3k_warning",
        "division_warning",
        "division_new",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "tabcheck",
        "verbose",
        "unicode",
        "bytes_warning",
        "hash_randomization",
    ],
    constructible: false,
    doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
};

pub const SYS_FLOAT_INFO: Desc = Desc {
    name: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    constructible: true,
    doc: "",
};

pub const SYS_LONG_INFO: Desc = Desc {
    name: "sys.long_info",
    fields: &["bits_per_digit", "sizeof_digit"],
    constructible: true,
    doc: "",
};

const ALL: [&Desc; 4] = [&STRUCT_TIME, &SYS_FLAGS, &SYS_FLOAT_INFO, &SYS_LONG_INFO];

/// The methods of the struct sequence `ALL[K]`.
fn methods<const K: usize>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__init__", ss_init::<K>),
        ("__repr__", ss_repr::<K>),
        ("__len__", ss_len::<K>),
        ("__getitem__", ss_getitem::<K>),
        ("__getslice__", ss_getslice::<K>),
        ("__iter__", ss_iter::<K>),
        ("__contains__", ss_contains::<K>),
        ("__hash__", ss_hash::<K>),
        ("__eq__", ss_eq::<K>),
        ("__ne__", ss_ne::<K>),
        ("__lt__", ss_lt::<K>),
        ("__le__", ss_le::<K>),
        ("__gt__", ss_gt::<K>),
        ("__ge__", ss_ge::<K>),
        ("__add__", ss_add::<K>),
        ("__mul__", ss_mul::<K>),
        ("__rmul__", ss_mul::<K>),
        ("__reduce__", ss_reduce::<K>),
    ]
}

/// A new struct sequence type (`PyStructSequence_InitType`).
pub fn new_type(vm: &Vm, desc: &'static Desc) -> Rc<PyType> {
    let methods = match ALL.iter().position(|d| d.name == desc.name) {
        Some(0) => methods::<0>(),
        Some(1) => methods::<1>(),
        Some(2) => methods::<2>(),
        _ => methods::<3>(),
    };
    let (module, name) = desc.name.split_once('.').unwrap_or(("", desc.name));
    let object = vm.types.object.clone();
    let t = crate::objects::types::new_type(name, Some(&object), Layout::Object, module, true);
    add_methods(&t, desc.name, &methods);
    let n = Value::Int(desc.fields.len() as i64);
    t.dict.set_str("n_fields", n.clone());
    t.dict.set_str("n_sequence_fields", n);
    t.dict.set_str("n_unnamed_fields", Value::Int(0));
    if !desc.doc.is_empty() {
        t.dict.set_str("__doc__", Value::str(desc.doc));
    }
    t
}

/// An instance of struct sequence type `t` holding `values`.
pub fn new_instance(t: &Rc<PyType>, values: Vec<Value>) -> Value {
    let inst = Rc::new(PyInstance::new(t.clone()));
    if let Some(desc) = desc_of(t) {
        fill(&inst, desc, values);
    }
    Value::Instance(inst)
}

fn fill(inst: &PyInstance, desc: &Desc, values: Vec<Value>) {
    for (name, v) in desc.fields.iter().zip(&values) {
        inst.dict().set_str(name, v.clone());
    }
    *inst.exc_args.borrow_mut() = Some(Value::tuple(values));
}

/// The description of `t` if it is (or derives from) a struct sequence type.
fn desc_of(t: &PyType) -> Option<&'static Desc> {
    t.mro
        .borrow()
        .iter()
        .find_map(|c| match c.dict.get_str("__repr__") {
            Some(Value::Builtin(b)) => b
                .owner
                .and_then(|owner| ALL.iter().copied().find(|d| d.name == owner)),
            _ => None,
        })
}

/// The values of `v` if it is an instance of the struct sequence `desc`.
pub fn values_of(v: &Value, desc: &Desc) -> Option<Vec<Value>> {
    match v {
        Value::Instance(inst) if desc_of(&inst.class()).is_some_and(|d| d.name == desc.name) => {
            match &*inst.exc_args.borrow() {
                Some(Value::Tuple(t)) => Some(t.items.to_vec()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The values of `v` if it is an instance of any struct sequence.
fn any_values(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Instance(inst) => values_of(v, desc_of(&inst.class())?),
        _ => None,
    }
}

/// The description and values of the instance a method of `ALL[K]` was
/// called on.
fn this<const K: usize>(vm: &Vm, args: &Args, name: &str) -> PyResult<(&'static Desc, Value)> {
    let desc = ALL[K];
    let Some(v) = args.args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            desc.name
        )));
    };
    match values_of(v, desc) {
        Some(items) => Ok((desc, Value::tuple(items))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            desc.name,
            vm.type_name(v)
        ))),
    }
}

/// The arguments after `self`, exactly `n` of them.
fn rest(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<Vec<Value>> {
    method_args(vm, args, name, n, n).map(<[Value]>::to_vec)
}

/// `T(sequence)`.
fn ss_init<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let desc = ALL[K];
    let inst = match args.args.first() {
        Some(Value::Instance(inst))
            if desc_of(&inst.class()).is_some_and(|d| d.name == desc.name) =>
        {
            inst.clone()
        }
        _ => {
            return Err(vm.type_error(format!(
                "descriptor '__init__' requires a '{}' object",
                desc.name
            )))
        }
    };
    if !desc.constructible {
        return Err(vm.type_error(format!("cannot create '{}' instances", desc.name)));
    }
    let short = desc.name.rsplit('.').next().unwrap_or(desc.name);
    let seq = &rest(vm, &args, short, 1)?[0];
    if matches!(
        seq,
        Value::Int(_) | Value::Long(_) | Value::Float(_) | Value::None | Value::Bool(_)
    ) {
        return Err(vm.type_error("constructor requires a sequence"));
    }
    let items = vm
        .iterate(seq)
        .map_err(|_| vm.type_error("constructor requires a sequence"))?;
    let n = desc.fields.len();
    if items.len() != n {
        return Err(vm.type_error(format!(
            "{}() takes a {n}-sequence ({}-sequence given)",
            desc.name,
            items.len()
        )));
    }
    fill(&inst, desc, items);
    Ok(Value::None)
}

fn ss_repr<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (desc, t) = this::<K>(vm, &args, "__repr__")?;
    rest(vm, &args, "__repr__", 0)?;
    let Value::Tuple(t) = t else {
        return Err(vm.system_error("struct sequence without values"));
    };
    let mut parts = Vec::with_capacity(t.items.len());
    for (name, v) in desc.fields.iter().zip(t.items.iter()) {
        let r = vm.repr(v)?;
        parts.push(format!("{name}={}", r.to_text()));
    }
    Ok(Value::str(&format!("{}({})", desc.name, parts.join(", "))))
}

fn ss_len<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (desc, _) = this::<K>(vm, &args, "__len__")?;
    rest(vm, &args, "__len__", 0)?;
    Ok(Value::Int(desc.fields.len() as i64))
}

fn ss_getitem<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__getitem__")?;
    let rest = rest(vm, &args, "__getitem__", 1)?;
    vm.getitem(&t, &rest[0])
}

fn ss_getslice<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__getslice__")?;
    let rest = rest(vm, &args, "__getslice__", 2)?;
    let s = Value::Slice(Rc::new(crate::objects::sliceobject::PySlice {
        start: rest[0].clone(),
        stop: rest[1].clone(),
        step: Value::None,
    }));
    vm.getitem(&t, &s)
}

fn ss_iter<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__iter__")?;
    rest(vm, &args, "__iter__", 0)?;
    vm.iter(&t)
}

fn ss_contains<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__contains__")?;
    let rest = rest(vm, &args, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(&t, &rest[0])?))
}

fn ss_hash<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__hash__")?;
    rest(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&t)?))
}

/// A rich comparison: a struct sequence compares as its tuple.
fn compare<const K: usize>(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, name)?;
    let rest = rest(vm, &args, name, 1)?;
    let other = match any_values(&rest[0]) {
        Some(items) => Value::tuple(items),
        None if matches!(rest[0], Value::Tuple(_)) => rest[0].clone(),
        None => return Ok(Value::NotImplemented),
    };
    vm.compare(&t, &other, op)
}

fn ss_eq<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__eq__", CmpOp::Eq)
}
fn ss_ne<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__ne__", CmpOp::Ne)
}
fn ss_lt<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__lt__", CmpOp::Lt)
}
fn ss_le<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__le__", CmpOp::Le)
}
fn ss_gt<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__gt__", CmpOp::Gt)
}
fn ss_ge<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare::<K>(vm, args, "__ge__", CmpOp::Ge)
}

fn ss_add<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__add__")?;
    let rest = rest(vm, &args, "__add__", 1)?;
    let other = match any_values(&rest[0]) {
        Some(items) => Value::tuple(items),
        None => rest[0].clone(),
    };
    vm.binary_op(&t, &other, BinOp::Add)
}

fn ss_mul<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__mul__")?;
    let rest = rest(vm, &args, "__mul__", 1)?;
    vm.binary_op(&t, &rest[0], BinOp::Mul)
}

fn ss_reduce<const K: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this::<K>(vm, &args, "__reduce__")?;
    rest(vm, &args, "__reduce__", 0)?;
    let class = match &args.args[0] {
        Value::Instance(i) => Value::Type(i.class()),
        _ => Value::None,
    };
    let dict = Value::Dict(Rc::new(crate::objects::dictobject::PyDict::new()));
    Ok(Value::tuple(vec![class, Value::tuple(vec![t, dict])]))
}

//! The methods and operators of `set` and `frozenset` (CPython: the method
//! tables and `nb_*` slots of `Objects/setobject.c`).

use crate::objects::object::Truth;
use std::rc::Rc;

use super::abstract_::BinOp;
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::setobject::PySet;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    let (set, frozenset) = (vm.types.set.clone(), vm.types.frozenset.clone());
    add_methods(&set, "set", shared);
    add_methods(&set, "set", mutating);
    add_methods(&frozenset, "frozenset", shared);
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PySet>> {
    match args.args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

/// The items of any iterable, with their hashes.
fn hashed(vm: &mut Vm, v: &Value) -> PyResult<Vec<(i64, Value)>> {
    if let Value::Set(s) = v {
        return Ok(s.hashed_items());
    }
    let mut out = Vec::new();
    for item in vm.iterate(v)? {
        let h = vm.hash(&item)?;
        out.push((h, item));
    }
    Ok(out)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s type.
pub fn set_operator(
    vm: &mut Vm,
    a: &Rc<PySet>,
    b: &Rc<PySet>,
    op: BinOp,
) -> PyResult<Option<Value>> {
    let other = Value::Set(b.clone());
    Ok(Some(match op {
        BinOp::Or => combine(vm, a, &[other], Combine::Union)?,
        BinOp::And => combine(vm, a, &[other], Combine::Intersection)?,
        BinOp::Sub => combine(vm, a, &[other], Combine::Difference)?,
        BinOp::Xor => combine(vm, a, &[other], Combine::Symmetric)?,
        _ => return Ok(None),
    }))
}

#[derive(Clone, Copy)]
enum Combine {
    Union,
    Intersection,
    Difference,
    Symmetric,
}

/// `a.union(*others)` and friends, building the result as setobject.c does
/// (the order of a set depends on how it was built).
fn combine(vm: &mut Vm, a: &Rc<PySet>, others: &[Value], how: Combine) -> PyResult<Value> {
    let mut current = Rc::new(a.copy(a.frozen));
    for other in others {
        current = match how {
            Combine::Union => {
                add_all(vm, &current, other)?;
                current
            }
            Combine::Intersection => {
                let other_set = as_set(vm, other)?;
                let (small, big) = if other_set.len() > current.len() {
                    (&current, &other_set)
                } else {
                    (&other_set, &current)
                };
                let out = PySet::new(a.frozen);
                for (h, v) in small.hashed_items() {
                    if vm.set_contains(big, &v, h)? {
                        vm.set_add_key(&out, v, h)?;
                    }
                }
                Rc::new(out)
            }
            Combine::Difference => {
                let other_set = as_set(vm, other)?;
                let out = PySet::new(a.frozen);
                for (h, v) in current.hashed_items() {
                    if !vm.set_contains(&other_set, &v, h)? {
                        vm.set_add_key(&out, v, h)?;
                    }
                }
                Rc::new(out)
            }
            Combine::Symmetric => {
                let other_set = as_set(vm, other)?;
                for (h, v) in other_set.hashed_items() {
                    if !vm.set_discard(&current, &v, h)? {
                        vm.set_add_key(&current, v, h)?;
                    }
                }
                current
            }
        };
    }
    Ok(Value::Set(current))
}

/// Adds every element of an iterable (merging a set's table directly).
fn add_all(vm: &mut Vm, target: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Value::Set(o) = other {
        target.update_from(o);
        return Ok(());
    }
    for (h, v) in hashed(vm, other)? {
        vm.set_add_key(target, v, h)?;
    }
    Ok(())
}

/// Any iterable as a set.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    if let Value::Set(s) = v {
        return Ok(s.clone());
    }
    let s = Rc::new(PySet::new(true));
    add_all(vm, &s, v)?;
    Ok(s)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    if s.frozen {
        return Ok(args.args[0].clone());
    }
    Ok(Value::Set(Rc::new(s.copy(false))))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    combine(vm, &s, &args.args[1..], Combine::Union)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection")?;
    combine(vm, &s, &args.args[1..], Combine::Intersection)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    combine(vm, &s, &args.args[1..], Combine::Difference)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    combine(
        vm,
        &s,
        &args.args[1..2.min(args.args.len())],
        Combine::Symmetric,
    )
}

fn one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.get(1) {
        Some(v) if args.args.len() == 2 => Ok(v.clone()),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        ))),
    }
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    let o = as_set(vm, &one_arg(vm, &args, "issubset")?)?;
    for (h, v) in s.hashed_items() {
        if !vm.set_contains(&o, &v, h)? {
            return Ok(Value::Bool(Truth::False));
        }
    }
    Ok(Value::Bool(Truth::True))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    let other = hashed(vm, &one_arg(vm, &args, "issuperset")?)?;
    for (h, v) in other {
        if !vm.set_contains(&s, &v, h)? {
            return Ok(Value::Bool(Truth::False));
        }
    }
    Ok(Value::Bool(Truth::True))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let other = hashed(vm, &one_arg(vm, &args, "isdisjoint")?)?;
    for (h, v) in other {
        if vm.set_contains(&s, &v, h)? {
            return Ok(Value::Bool(Truth::False));
        }
    }
    Ok(Value::Bool(Truth::True))
}

fn set_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(s.len() as i64))
}

fn set_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    let item = one_arg(vm, &args, "__contains__")?;
    let h = vm.hash(&item)?;
    Ok(Value::bool(vm.set_contains(&s, &item, h)?))
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "add")?;
    let item = one_arg(vm, &args, "add")?;
    let h = vm.hash(&item)?;
    vm.set_add_key(&s, item, h)?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    let item = one_arg(vm, &args, "discard")?;
    let h = vm.hash(&item)?;
    vm.set_discard(&s, &item, h)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    let item = one_arg(vm, &args, "remove")?;
    let h = vm.hash(&item)?;
    if !vm.set_discard(&s, &item, h)? {
        return Err(vm.key_error(item));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    match s.pop_first() {
        Some(v) => Ok(v),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    s.clear();
    Ok(Value::None)
}

/// Gives `s` the contents of a freshly built set, keeping `s`'s identity.
fn replace_items(s: &PySet, items: Value) {
    s.clear();
    if let Value::Set(n) = items {
        s.update_from(&n);
    }
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    for other in &args.args[1..] {
        add_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection_update")?;
    let r = combine(vm, &s, &args.args[1..], Combine::Intersection)?;
    replace_items(&s, r);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference_update")?;
    let r = combine(vm, &s, &args.args[1..], Combine::Difference)?;
    replace_items(&s, r);
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference_update")?;
    let r = combine(
        vm,
        &s,
        &args.args[1..2.min(args.args.len())],
        Combine::Symmetric,
    )?;
    replace_items(&s, r);
    Ok(Value::None)
}

/// `s |= t` and friends change `s` itself.
pub fn set_inplace(vm: &mut Vm, a: &Rc<PySet>, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if a.frozen || !matches!(b, Value::Set(_)) {
        return Ok(None);
    }
    let how = match op {
        BinOp::Or => Combine::Union,
        BinOp::And => Combine::Intersection,
        BinOp::Sub => Combine::Difference,
        BinOp::Xor => Combine::Symmetric,
        _ => return Ok(None),
    };
    let r = combine(vm, a, std::slice::from_ref(b), how)?;
    replace_items(a, r);
    Ok(Some(Value::Set(a.clone())))
}

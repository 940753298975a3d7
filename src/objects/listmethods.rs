//! The methods of `list` (CPython: the method table of `Objects/listobject.c`).

use std::cmp::Ordering;
use std::rc::Rc;

use super::abstract_::CmpOp;
use super::listobject::PyList;
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
    ];
    let t = vm.types.list.clone();
    add_methods(&t, "list", methods);
    let t = vm.types.tuple.clone();
    add_methods(
        &t,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
    );
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = args.args.first() else {
        return Err(vm.type_error("descriptor 'index' requires a 'tuple' object"));
    };
    let rest = rest(vm, &args, "index", 1, 3)?;
    let items = t.items.to_vec();
    for (i, item) in items.iter().enumerate() {
        if vm.eq(item, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = args.args.first() else {
        return Err(vm.type_error("descriptor 'count' requires a 'tuple' object"));
    };
    let rest = rest(vm, &args, "count", 1, 1)?;
    let mut n = 0;
    let t = t.clone();
    for item in t.items.iter() {
        if vm.eq(item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyList>> {
    match args.args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'list' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'list' object needs an argument"
        ))),
    }
}

fn rest<'a>(vm: &Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::builtins::method_args(vm, args, name, min, max)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    let rest = rest(vm, &args, "append", 1, 1)?;
    l.push(rest[0].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    let rest = rest(vm, &args, "extend", 1, 1)?;
    let hint = vm.length_hint_of(&rest[0]);
    let items = vm.iterate_sized(&rest[0])?;
    l.extend_hinted(items, hint);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    let rest = rest(vm, &args, "insert", 2, 2)?;
    let len = l.len() as i64;
    let mut i = vm.index_value(&rest[0], "an integer is required")?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    let cap = l.capacity();
    l.borrow_mut().insert(i, rest[1].clone());
    l.resized_to_len(cap);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    let rest = rest(vm, &args, "pop", 0, 1)?;
    let i = pop_index(vm, rest.first(), l.len(), "list")?;
    let cap = l.capacity();
    let item = l.borrow_mut().remove(i);
    l.resized_to_len(cap);
    Ok(item)
}

/// The index `pop([i])` takes from a sequence of `len` items (`listpop`'s
/// checks and messages; `kind` names the sequence).
pub(crate) fn pop_index(
    vm: &mut Vm,
    arg: Option<&Value>,
    len: usize,
    kind: &str,
) -> PyResult<usize> {
    let len = len as i64;
    if len == 0 {
        return Err(vm.index_error(format!("pop from empty {kind}")));
    }
    let mut i = match arg {
        Some(v) => vm.index_value(v, "an integer is required")?,
        None => -1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(i as usize)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    let rest = rest(vm, &args, "remove", 1, 1)?;
    let items = l.snapshot();
    for (i, item) in items.iter().enumerate() {
        if vm.eq(item, &rest[0])? {
            let cap = l.capacity();
            l.borrow_mut().remove(i);
            l.resized_to_len(cap);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    let rest = rest(vm, &args, "index", 1, 3)?;
    let items = l.snapshot();
    let len = items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.index_value(
                v,
                "slice indices must be integers or None or have an __index__ method",
            )?,
            None => default,
        };
        Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
    };
    let start = bound(vm, rest.get(1), 0)?;
    let stop = bound(vm, rest.get(2), len)?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&rest[0])?;
    Err(vm.value_error(format!("{} is not in list", r.to_text())))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    let rest = rest(vm, &args, "count", 1, 1)?;
    let mut n = 0;
    for item in l.snapshot() {
        if vm.eq(&item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    rest(vm, &args, "reverse", 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = args.args.first().cloned().unwrap_or(Value::None);
    this(vm, &args, "sort")?;
    if args.args.len() > 4 {
        return Err(vm.type_error(format!(
            "sort() takes at most 3 arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let mut kwargs = args.kwargs.clone();
    for (name, v) in ["cmp", "key", "reverse"]
        .iter()
        .zip(args.args.iter().skip(1))
    {
        kwargs.push((Value::str(name), v.clone()));
    }
    sort_list(vm, &list, &kwargs)?;
    Ok(Value::None)
}

/// `list.sort(cmp=None, key=None, reverse=False)`: a stable sort; the list is
/// empty while it runs, since comparisons may run Python code.
pub fn sort_list(vm: &mut Vm, list: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let Value::List(l) = list else {
        return Ok(());
    };
    let (mut cmp, mut key, mut reverse) = (Value::None, Value::None, false);
    for (k, v) in kwargs {
        match k {
            Value::Str(s) if s.as_bytes() == b"cmp" => cmp = v.clone(),
            Value::Str(s) if s.as_bytes() == b"key" => key = v.clone(),
            Value::Str(s) if s.as_bytes() == b"reverse" => reverse = vm.truthy(v)?,
            Value::Str(s) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for this function",
                    s.to_text()
                )))
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let items = std::mem::take(&mut *l.borrow_mut());
    // Ints alone, or strs alone, compare without Python code: sort them
    // directly (the same stable order `<` gives).
    if cmp.is_none() && key.is_none() {
        let mut items = items;
        if items.iter().all(|v| matches!(v, Value::Int(_))) {
            let int = |v: &Value| if let Value::Int(i) = v { *i } else { 0 };
            // reverse=True keeps equal items in order: reverse, sort, reverse.
            if reverse {
                items.reverse();
            }
            items.sort_by_key(int);
            if reverse {
                items.reverse();
            }
            *l.borrow_mut() = items;
            return Ok(());
        }
        if items.iter().all(|v| matches!(v, Value::Str(_))) {
            let order = |a: &Value, b: &Value| match (a, b) {
                (Value::Str(x), Value::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
                _ => Ordering::Equal,
            };
            if reverse {
                items.reverse();
            }
            items.sort_by(order);
            if reverse {
                items.reverse();
            }
            *l.borrow_mut() = items;
            return Ok(());
        }
        return sort_general(vm, l, items, cmp, key, reverse);
    }
    sort_general(vm, l, items, cmp, key, reverse)
}

/// The sort for keys whose comparison may run Python code (`listsort`):
/// the keys first, in order; then CPython's timsort on (key, item) pairs,
/// reversed before and after for `reverse=True`. After an error the list
/// holds the items in the order the sort left them.
fn sort_general(
    vm: &mut Vm,
    l: &Rc<PyList>,
    items: Vec<Value>,
    cmp: Value,
    key: Value,
    reverse: bool,
) -> PyResult<()> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in &items {
        let k = if key.is_none() {
            item.clone()
        } else {
            match vm.call1(&key, item.clone()) {
                Ok(k) => k,
                Err(e) => {
                    drop(keyed);
                    restore_after_sort(l, items);
                    return Err(e);
                }
            }
        };
        keyed.push((k, item.clone()));
    }
    drop(items);
    if reverse {
        keyed.reverse();
    }
    let result = super::listsort::sort(&mut keyed, |a, b| {
        if cmp.is_none() {
            let r = vm.compare(&a.0, &b.0, CmpOp::Lt)?;
            vm.truthy(&r)
        } else {
            match vm.call(&cmp, Args::positional(vec![a.0.clone(), b.0.clone()]))? {
                Value::Int(n) => Ok(n < 0),
                Value::Bool(_) => Ok(false),
                r => Err(vm.type_error(format!(
                    "comparison function must return int, not {}",
                    vm.type_name(&r)
                ))),
            }
        }
    });
    if reverse {
        keyed.reverse();
    }
    let modified = !l.is_empty();
    restore_after_sort(l, keyed.into_iter().map(|(_, v)| v).collect());
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Puts the sorted (or partly sorted) items back; whatever the comparisons
/// stored in the list meanwhile is dropped after the borrow ends.
fn restore_after_sort(l: &Rc<PyList>, items: Vec<Value>) {
    let meanwhile = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(meanwhile);
}

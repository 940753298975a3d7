//! The methods of `dict` (CPython: the method table of `Objects/dictobject.c`).

use std::rc::Rc;

use super::dictobject::PyDict;
use super::iterobject::{DictPart, IterState, PyIter};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use crate::builtins::{add_methods, check_parsed_args};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("iterkeys", dict_iterkeys),
        ("itervalues", dict_itervalues),
        ("iteritems", dict_iteritems),
        ("viewkeys", dict_viewkeys),
        ("viewvalues", dict_viewvalues),
        ("viewitems", dict_viewitems),
        ("has_key", dict_has_key),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("fromkeys", dict_fromkeys),
    ];
    let t = vm.types.dict.clone();
    add_methods(&t, "dict", methods);
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyDict>> {
    match args.args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'dict' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'dict' object needs an argument"
        ))),
    }
}

fn rest<'a>(vm: &Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::builtins::method_args(vm, args, name, min, max)
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let rest = rest(vm, &args, "get", 1, 2)?;
    let h = vm.hash(&rest[0])?;
    Ok(vm
        .dict_get(&d, &rest[0], h)?
        .unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let rest = rest(vm, &args, "setdefault", 1, 2)?;
    let h = vm.hash(&rest[0])?;
    if let Some(v) = vm.dict_get(&d, &rest[0], h)? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, rest[0].clone(), h, v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let rest = rest(vm, &args, "pop", 1, 2)?;
    let h = vm.hash(&rest[0])?;
    match vm.dict_remove(&d, &rest[0], h)? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(rest[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    rest(vm, &args, "popitem", 0, 0)?;
    match d.pop_item() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "keys")?;
    rest(vm, &args, "keys", 0, 0)?;
    Ok(Value::list(d.keys()))
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "values")?;
    rest(vm, &args, "values", 0, 0)?;
    Ok(Value::list(d.values()))
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "items")?;
    rest(vm, &args, "items", 0, 0)?;
    Ok(Value::list(
        d.items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn dict_iter(
    vm: &mut Vm,
    args: Args,
    name: &str,
    part: DictPart,
    kind: &'static str,
) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    rest(vm, &args, name, 0, 0)?;
    let len = d.len();
    Ok(PyIter::new(
        kind,
        IterState::Dict {
            dict: d,
            pos: 0,
            len,
            part,
        },
    ))
}

fn dict_iterkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_iter(
        vm,
        args,
        "iterkeys",
        DictPart::Keys,
        "dictionary-keyiterator",
    )
}

fn dict_itervalues(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_iter(
        vm,
        args,
        "itervalues",
        DictPart::Values,
        "dictionary-valueiterator",
    )
}

fn dict_iteritems(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_iter(
        vm,
        args,
        "iteritems",
        DictPart::Items,
        "dictionary-itemiterator",
    )
}

fn dict_view(vm: &mut Vm, args: Args, name: &str, part: DictPart) -> PyResult<Value> {
    let d = this(vm, &args, name)?;
    rest(vm, &args, name, 0, 0)?;
    Ok(super::dictview::new_view(d, part))
}

fn dict_viewkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, "viewkeys", DictPart::Keys)
}

fn dict_viewvalues(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, "viewvalues", DictPart::Values)
}

fn dict_viewitems(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, "viewitems", DictPart::Items)
}

fn dict_has_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "has_key")?;
    let rest = rest(vm, &args, "has_key", 1, 1)?;
    let h = vm.hash(&rest[0])?;
    Ok(Value::bool(vm.dict_get(&d, &rest[0], h)?.is_some()))
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = args.args.first().cloned().unwrap_or(Value::None);
    this(vm, &args, "update")?;
    update(
        vm,
        &target,
        Args {
            args: args.args[1..].to_vec(),
            kwargs: args.kwargs,
        },
    )?;
    Ok(Value::None)
}

/// `d.update(other, **kw)` and `dict(other, **kw)`: a mapping, or pairs.
pub fn update(vm: &mut Vm, target: &Value, args: Args) -> PyResult<()> {
    let Value::Dict(d) = target else {
        return Ok(());
    };
    if args.args.len() > 1 {
        let name = if matches!(target, Value::Dict(d) if d.is_empty()) {
            "dict"
        } else {
            "update"
        };
        return Err(vm.type_error(format!(
            "{name} expected at most 1 arguments, got {}",
            args.args.len()
        )));
    }
    if let Some(src) = args.args.first() {
        // A dict subclass is merged from its table, as `PyDict_Merge` does.
        match src.builtin_base().unwrap_or(src) {
            Value::Dict(other) => d.update_from(other),
            _ if vm
                .lookup_special(src, &super::stringobject::PyStr::from("keys"))
                .is_some() =>
            {
                let keys_m = vm
                    .lookup_special(src, &super::stringobject::PyStr::from("keys"))
                    .unwrap_or(Value::None);
                let keys = vm.call0(&keys_m)?;
                for k in vm.iterate(&keys)? {
                    let v = vm.getitem(src, &k)?;
                    let h = vm.hash(&k)?;
                    vm.dict_set(d, k, h, v)?;
                }
            }
            _ => {
                let items = vm.iterate(src)?;
                for (i, item) in items.iter().enumerate() {
                    let pair = vm.iterate(item).map_err(|_| {
                        vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    if pair.len() != 2 {
                        return Err(vm.value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let h = vm.hash(&pair[0])?;
                    vm.dict_set(d, pair[0].clone(), h, pair[1].clone())?;
                }
            }
        }
    }
    for (k, v) in args.kwargs {
        let h = vm.hash(&k)?;
        d.set(k, h, v);
    }
    Ok(())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    rest(vm, &args, "copy", 0, 0)?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    rest(vm, &args, "clear", 0, 0)?;
    d.clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = match args.args.first() {
        Some(Value::Dict(_)) | Some(Value::Type(_)) => args.args[1..].to_vec(),
        _ => args.args.clone(),
    };
    check_parsed_args(vm, "fromkeys", &Args::positional(rest.clone()), 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    // Called on a subclass, an instance of it is filled through `[]=`.
    if let Some(Value::Type(cls)) = args.args.first() {
        if cls.heap {
            let target = vm.call_type(cls, Args::default())?;
            for k in vm.iterate(&rest[0])? {
                vm.setitem(&target, &k, value.clone())?;
            }
            return Ok(target);
        }
    }
    let d = Rc::new(PyDict::new());
    for k in vm.iterate(&rest[0])? {
        let h = vm.hash(&k)?;
        vm.dict_set(&d, k, h, value.clone())?;
    }
    Ok(Value::Dict(d))
}

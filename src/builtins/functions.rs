//! The functions of `__builtin__` (CPython: `Python/bltinmodule.c`).

use crate::objects::object::Truth;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::check_args;
use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::iterobject::{IterState, PyIter};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::unicodeobject::PyUnicode;
use crate::vm::{PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", builtin_abs),
    ("all", builtin_all),
    ("any", builtin_any),
    ("apply", builtin_apply),
    ("bin", builtin_bin),
    ("callable", builtin_callable),
    ("chr", builtin_chr),
    ("cmp", builtin_cmp),
    ("coerce", builtin_coerce),
    ("delattr", builtin_delattr),
    ("dir", builtin_dir),
    ("divmod", builtin_divmod),
    ("filter", builtin_filter),
    ("format", crate::objects::formatspec::builtin_format),
    ("getattr", builtin_getattr),
    ("globals", builtin_globals),
    ("__import__", crate::vm::import::builtin_import),
    ("reload", crate::vm::import::builtin_reload),
    ("hasattr", builtin_hasattr),
    ("hash", builtin_hash),
    ("hex", builtin_hex),
    ("id", builtin_id),
    ("input", builtin_input),
    ("intern", builtin_intern),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("iter", builtin_iter),
    ("len", builtin_len),
    ("locals", builtin_locals),
    ("map", builtin_map),
    ("max", builtin_max),
    ("min", builtin_min),
    ("next", builtin_next),
    ("oct", builtin_oct),
    ("ord", builtin_ord),
    ("print", builtin_print),
    ("pow", builtin_pow),
    ("range", builtin_range),
    ("raw_input", builtin_raw_input),
    ("reduce", builtin_reduce),
    ("repr", builtin_repr),
    ("round", builtin_round),
    ("setattr", builtin_setattr),
    ("sorted", builtin_sorted),
    ("sum", builtin_sum),
    ("unichr", builtin_unichr),
    ("vars", builtin_vars),
    ("zip", builtin_zip),
];

fn name_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Unicode(_) => vm.str(v),
        _ => Err(vm.type_error(format!("{func}(): attribute name must be string"))),
    }
}

pub(crate) fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = &args.args[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::long(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::Long(l) => Value::long(l.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        Value::Complex(c) => Value::float(c.0.hypot(c.1)),
        _ => match vm.lookup_special(v, &PyStr::from("__abs__")) {
            Some(m) => return vm.call0(&m),
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
                )
            }
        },
    })
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&args.args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(Truth::False));
        }
    }
    Ok(Value::Bool(Truth::True))
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&args.args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(Truth::True));
        }
    }
    Ok(Value::Bool(Truth::False))
}

fn builtin_apply(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "apply", &args, 1, 3)?;
    let mut it = args.args.into_iter();
    let func = it.next().unwrap_or(Value::None);
    let positional = match it.next() {
        Some(v) => vm.iterate(&v)?,
        None => vec![],
    };
    let mut kwargs = Vec::new();
    if let Some(Value::Dict(d)) = it.next() {
        kwargs = d.items();
    }
    vm.call(
        &func,
        Args {
            args: positional,
            kwargs,
        },
    )
}

/// `hex`, `oct` and `bin` of an integer, as 2.7 spells them.
fn integer_text(vm: &mut Vm, v: &Value, radix: u32, func: &str) -> PyResult<Value> {
    let (n, long) = match v {
        Value::Int(i) => (BigInt::from(*i), false),
        Value::Bool(b) => (BigInt::from(i64::from(*b)), false),
        Value::Long(l) => ((**l).clone(), true),
        _ => {
            let special = match radix {
                16 => "__hex__",
                8 => "__oct__",
                _ => "__index__",
            };
            if let Some(m) = vm.lookup_special(v, &PyStr::from(special)) {
                let r = vm.call0(&m)?;
                if radix != 2 {
                    return Ok(r);
                }
                return match r {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                        integer_text(vm, &r, radix, func)
                    }
                    other => Err(vm.type_error(format!(
                        "__index__ returned non-(int,long) (type {})",
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(base @ (Value::Int(_) | Value::Long(_))) = v.builtin_base() {
                return integer_text(vm, &base.clone(), radix, func);
            }
            let msg = if radix == 2 {
                format!(
                    "'{}' object cannot be interpreted as an index",
                    vm.type_name(v)
                )
            } else {
                format!(
                    "{func}() argument can't be converted to {}",
                    if radix == 16 { "hex" } else { "oct" }
                )
            };
            return Err(vm.type_error(msg));
        }
    };
    let n = if long {
        crate::objects::intobject::Integer::Long(n)
    } else {
        crate::objects::intobject::Integer::Int(n.to_i64().unwrap_or_default())
    };
    let text = match radix {
        16 => n.hex(),
        8 => n.oct(),
        _ => n.bin(),
    };
    Ok(Value::str(&text))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "bin", &args, 1, 1)?;
    integer_text(vm, &args.args[0], 2, "bin")
}

pub(crate) fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hex", &args, 1, 1)?;
    integer_text(vm, &args.args[0], 16, "hex")
}

pub(crate) fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "oct", &args, 1, 1)?;
    integer_text(vm, &args.args[0], 8, "oct")
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callable", &args, 1, 1)?;
    let v = &args.args[0];
    Ok(Value::bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(i) if i.class().is_classic() => vm
            .lookup_special(v, &crate::objects::stringobject::PyStr::from("__call__"))
            .is_some(),
        Value::Instance(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }))
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chr", &args, 1, 1)?;
    let n = vm.index_value(&args.args[0], "an integer is required")?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(256)"));
    }
    Ok(Value::bytes(&[n as u8]))
}

fn builtin_unichr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "unichr", &args, 1, 1)?;
    let n = vm.index_value(&args.args[0], "an integer is required")?;
    if !(0..=0x10ffff).contains(&n) {
        return Err(vm.value_error("unichr() arg not in range(0x110000) (wide Python build)"));
    }
    Ok(Value::Unicode(Rc::new(PyUnicode::new(
        vec![n as u32].into(),
    ))))
}

fn builtin_cmp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "cmp", &args, 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    Ok(Value::Int(vm.three_way(a, b)?))
}

impl Vm {
    /// `cmp(a, b)`: -1, 0 or 1.
    pub fn three_way(&mut self, a: &Value, b: &Value) -> PyResult<i64> {
        if let Value::Instance(_) = a {
            if let Some(m) = self.user_cmp(a) {
                if let Value::Int(r) = self.call1(&m, b.clone())? {
                    return Ok(r.signum());
                }
            }
        }
        if self.eq(a, b)? {
            return Ok(0);
        }
        let lt = self.compare(a, b, CmpOp::Lt)?;
        Ok(if self.truthy(&lt)? { -1 } else { 1 })
    }
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = name_arg(vm, &args.args[1], "delattr")?;
    vm.setattr(&args.args[0], &name, None)?;
    Ok(Value::None)
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 0, 1)?;
    let mut names: Vec<Value> = match args.args.first() {
        None => {
            let frame = vm
                .frames
                .last()
                .ok_or_else(|| vm.system_error("no frame"))?;
            let ns = frame
                .locals
                .clone()
                .unwrap_or_else(|| frame.globals.clone());
            ns.keys()
        }
        Some(Value::Module(m)) => m.dict.keys(),
        Some(Value::Instance(i)) => {
            let mut keys = i.dict().keys();
            for t in i.class().mro.borrow().iter() {
                keys.extend(t.dict.keys());
            }
            keys
        }
        Some(Value::Type(t)) => {
            let mut keys = Vec::new();
            for t in t.mro.borrow().iter() {
                keys.extend(t.dict.keys());
            }
            keys
        }
        Some(other) => {
            let t = vm.type_of(other);
            let mut keys: Vec<Value> = match other {
                Value::Frame(_) => crate::vm::frameobject::ATTRIBUTES
                    .iter()
                    .map(|a| Value::str(a))
                    .collect(),
                Value::Traceback(_) => ["tb_frame", "tb_lasti", "tb_lineno", "tb_next"]
                    .iter()
                    .map(|a| Value::str(a))
                    .collect(),
                _ => Vec::new(),
            };
            for t in t.mro.borrow().iter() {
                keys.extend(t.dict.keys());
            }
            keys
        }
    };
    let mut texts: Vec<Vec<u8>> = Vec::new();
    for n in names.drain(..) {
        if let Value::Str(s) = n {
            if !texts.contains(&s.as_bytes().to_vec()) {
                texts.push(s.as_bytes().to_vec());
            }
        }
    }
    texts.sort();
    Ok(Value::list(texts.iter().map(|t| Value::bytes(t)).collect()))
}

pub(crate) fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = vm.binary_special(a, b, "__divmod__", "__rdivmod__")? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error.clone()) {
            vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            ))
        } else {
            e
        }
    })?;
    let q = match (a, b, &q) {
        (Value::Float(_), _, _) | (_, Value::Float(_), _) => q,
        _ => q,
    };
    let r = vm.binary_op(a, b, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

fn builtin_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "filter", &args, 2, 2)?;
    let (func, seq) = (&args.args[0], &args.args[1]);
    let items = vm.iterate(seq)?;
    let mut kept = Vec::new();
    for item in items {
        let keep = if func.is_none() {
            vm.truthy(&item)?
        } else {
            let r = vm.call1(func, item.clone())?;
            vm.truthy(&r)?
        };
        if keep {
            kept.push(item);
        }
    }
    Ok(match seq {
        Value::Str(_) => {
            let mut bytes = Vec::new();
            for k in &kept {
                match k {
                    Value::Str(s) => bytes.extend_from_slice(s.as_bytes()),
                    _ => {
                        return Err(vm.type_error(
                            "can't filter str to str: __getitem__ returned different type",
                        ))
                    }
                }
            }
            Value::bytes(&bytes)
        }
        Value::Tuple(_) => Value::tuple(kept),
        Value::Unicode(_) => {
            let mut chars = Vec::new();
            for k in &kept {
                if let Value::Unicode(u) = k {
                    chars.extend_from_slice(&u.chars);
                }
            }
            Value::Unicode(Rc::new(PyUnicode::new(chars.into())))
        }
        _ => Value::list(kept),
    })
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = name_arg(vm, &args.args[1], "getattr")?;
    match vm.getattr(&args.args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.args.len() == 3 && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
            Ok(args.args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "globals", &args, 0, 0)?;
    let frame = vm
        .frames
        .last()
        .ok_or_else(|| vm.system_error("no frame"))?;
    Ok(Value::Dict(frame.globals.clone()))
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "locals", &args, 0, 0)?;
    let frame = vm
        .frames
        .last()
        .ok_or_else(|| vm.system_error("no frame"))?;
    if let Some(l) = &frame.locals {
        return Ok(Value::Dict(l.clone()));
    }
    let d = crate::objects::dictobject::PyDict::new();
    let code = frame.code.clone();
    for (name, v) in code.varnames.iter().zip(frame.fast.iter()) {
        if let Some(v) = v {
            d.set(Value::Str(name.clone()), name.hash(), v.clone());
        }
    }
    for (name, cell) in code.cell_names.iter().zip(frame.cells.iter()) {
        if let Some(v) = cell.get() {
            d.set(Value::Str(name.clone()), name.hash(), v);
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = name_arg(vm, &args.args[1], "hasattr")?;
    match vm.getattr(&args.args[0], &name) {
        Ok(_) => Ok(Value::Bool(Truth::True)),
        Err(e) if vm.err_matches(&e, &vm.exc.exception.clone()) => Ok(Value::Bool(Truth::False)),
        Err(e) => Err(e),
    }
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.args[0])?))
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args.args[0].id() as i64))
}

fn builtin_input(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(
        &vm.exc.not_implemented_error.clone(),
        "input() evaluates Python source, which needs a compiler; use raw_input()",
    ))
}

fn builtin_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "intern", &args, 1, 1)?;
    match &args.args[0] {
        v @ Value::Str(_) => Ok(v.clone()),
        other => Err(vm.type_error(format!(
            "intern() argument 1 must be string, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `isinstance(obj, spec)` and `issubclass(obj, spec)`
/// (`PyObject_IsInstance`, `PyObject_IsSubclass`): `spec` is a class or a
/// tuple of them; a metaclass may answer through `__instancecheck__` or
/// `__subclasscheck__`.
fn class_matches(vm: &mut Vm, obj: &Value, spec: &Value, func: &str) -> PyResult<bool> {
    let subclass = func == "issubclass";
    match spec {
        Value::Type(c) => {
            if !subclass && Rc::ptr_eq(&vm.type_of(obj), c) {
                return Ok(true);
            }
            let hook = if subclass {
                "__subclasscheck__"
            } else {
                "__instancecheck__"
            };
            // `type`'s own hook is the check below.
            let checker = match &*c.meta.borrow() {
                Some(meta) => meta
                    .lookup(hook)
                    .filter(|f| !matches!(f, Value::Builtin(b) if b.owner == Some("type")))
                    .map(|f| (f, meta.clone())),
                None => None,
            };
            if let Some((f, meta)) = checker {
                let bound = vm.bind(f, spec.clone(), Value::Type(meta));
                let r = vm.call(&bound, Args::positional(vec![obj.clone()]))?;
                return vm.truthy(&r);
            }
            if subclass {
                let Value::Type(t) = obj else {
                    return Err(vm.type_error("issubclass() arg 1 must be a class"));
                };
                return Ok(t.is_subtype(c));
            }
            // A classic instance is checked by its class, and as an `instance`.
            if let Value::Instance(inst) = obj {
                if inst.class().is_subtype(c) {
                    return Ok(true);
                }
            }
            Ok(vm.type_of(obj).is_subtype(c))
        }
        Value::Tuple(items) => {
            for item in items.items.iter() {
                if class_matches(vm, obj, item, func)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if subclass => {
            Err(vm.type_error("issubclass() arg 2 must be a class or tuple of classes"))
        }
        _ => Err(vm.type_error(format!(
            "{func}() arg 2 must be a class, type, or tuple of classes and types"
        ))),
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    let r = class_matches(vm, &args.args[0], &args.args[1], "isinstance")?;
    Ok(Value::bool(r))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    if !matches!(args.args[0], Value::Type(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_matches(vm, &args.args[0], &args.args[1], "issubclass")?;
    Ok(Value::bool(r))
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 2)?;
    if args.args.len() == 2 {
        let callable = builtin_callable(vm, Args::positional(vec![args.args[0].clone()]))?;
        if !vm.truthy(&callable)? {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyIter::new(
            "callable-iterator",
            IterState::Callable {
                func: args.args[0].clone(),
                sentinel: args.args[1].clone(),
            },
        ));
    }
    vm.iter(&args.args[0])
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.args[0])? as i64))
}

fn builtin_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() < 2 {
        return Err(vm.type_error("map() requires at least two args"));
    }
    let func = args.args[0].clone();
    let mut seqs = Vec::new();
    for (i, s) in args.args[1..].iter().enumerate() {
        let items = vm.iterate(s).map_err(|e| {
            if vm.err_matches(&e, &vm.exc.type_error.clone()) {
                vm.type_error(format!(
                    "argument {} to map() must support iteration",
                    i + 2
                ))
            } else {
                e
            }
        })?;
        seqs.push(items);
    }
    let n = seqs.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let row: Vec<Value> = seqs
            .iter()
            .map(|s| s.get(k).cloned().unwrap_or(Value::None))
            .collect();
        if func.is_none() {
            out.push(if row.len() == 1 {
                row[0].clone()
            } else {
                Value::tuple(row)
            });
        } else {
            out.push(vm.call(&func, Args::positional(row))?);
        }
    }
    Ok(Value::list(out))
}

/// `min` and `max`: one iterable or several arguments, with `key=`.
fn min_max(vm: &mut Vm, args: Args, name: &str, want: CmpOp) -> PyResult<Value> {
    let mut key = None;
    for (k, v) in &args.kwargs {
        match k {
            Value::Str(s) if s.as_bytes() == b"key" => key = Some(v.clone()),
            _ => return Err(vm.type_error(format!("{name}() got an unexpected keyword argument"))),
        }
    }
    let items = match args.args.len() {
        0 => return Err(vm.type_error(format!("{name} expected 1 arguments, got 0"))),
        1 => vm.iterate(&args.args[0])?,
        _ => args.args,
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, want)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = &args.args[0];
    if !matches!(it, Value::Iter(_) | Value::File(_) | Value::Generator(_))
        && vm.lookup_special(it, &PyStr::from("next")).is_none()
    {
        return Err(vm.type_error(format!("{} object is not an iterator", vm.type_name(it))));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ord", &args, 1, 1)?;
    match &args.args[0] {
        Value::Str(s) if s.len() == 1 => Ok(Value::Int(i64::from(s.as_bytes()[0]))),
        Value::Unicode(u) if u.chars.len() == 1 => Ok(Value::Int(i64::from(u.chars[0]))),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ))),
        Value::Unicode(u) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            u.chars.len()
        ))),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

pub(crate) fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pow", &args, 2, 3)?;
    if args.args.len() == 2 || args.args[2].is_none() {
        return vm.binary_op(&args.args[0], &args.args[1], BinOp::Pow);
    }
    if args.args.iter().any(|a| matches!(a, Value::Instance(_))) {
        // `ternary_op`: only the first operand's `__pow__` takes a modulus.
        if let Some(m) = vm.lookup_special(&args.args[0], &PyStr::from("__pow__")) {
            let r = vm.call(&m, Args::positional(args.args[1..].to_vec()))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
            vm.type_name(&args.args[0]),
            vm.type_name(&args.args[1]),
            vm.type_name(&args.args[2])
        )));
    }
    let big = |v: &Value| match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Long(l) => Some((**l).clone()),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        _ => None,
    };
    let (Some(b), Some(e), Some(m)) = (big(&args.args[0]), big(&args.args[1]), big(&args.args[2]))
    else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if e.is_negative() {
        return Err(
            vm.type_error("pow() 2nd argument cannot be negative when 3rd argument specified")
        );
    }
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut r = b.modpow(&e, &m.abs());
    if !r.is_zero() && m.is_negative() != r.is_negative() {
        r += &m;
    }
    let long = args.args.iter().any(|a| matches!(a, Value::Long(_)));
    Ok(match (long, r.to_i64()) {
        (false, Some(i)) => Value::Int(i),
        _ => Value::long(r),
    })
}

fn builtin_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "range", &args, 1, 3)?;
    let mut nums = Vec::new();
    for a in &args.args {
        match a {
            Value::Int(i) => nums.push(*i),
            Value::Bool(b) => nums.push(i64::from(*b)),
            Value::Long(l) => nums.push(
                l.to_i64()
                    .ok_or_else(|| vm.overflow_error("range() result has too many items"))?,
            ),
            Value::Float(_) => {
                return Err(vm.type_error("range() integer end argument expected, got float."))
            }
            other => {
                return Err(vm.type_error(format!(
                    "range() integer end argument expected, got {}.",
                    vm.type_name(other)
                )))
            }
        }
    }
    let (start, stop, step) = range_bounds(&nums);
    if step == 0 {
        return Err(vm.value_error("range() step argument must not be zero"));
    }
    let n = range_len(start, stop, step);
    if n > 1 << 28 {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    Ok(Value::list(
        (0..n)
            .map(|k| Value::Int(start + k as i64 * step))
            .collect(),
    ))
}

/// `(start, stop, step)` from the one to three arguments of `range` and `xrange`.
pub fn range_bounds(nums: &[i64]) -> (i64, i64, i64) {
    match nums {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => (0, 0, 1),
    }
}

/// The number of items of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi, step) = if step > 0 {
        (i128::from(start), i128::from(stop), i128::from(step))
    } else {
        (i128::from(stop), i128::from(start), -i128::from(step))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / step + 1) as u64
    }
}

fn builtin_raw_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "raw_input", &args, 0, 1)?;
    if let Some(prompt) = args.args.first() {
        let text = vm.str(prompt)?;
        let out = vm.sys.dict.get_str("stdout").unwrap_or(Value::None);
        vm.write_to(&out, Value::Str(text))?;
        if let Value::File(f) = &out {
            f.softspace.set(false);
            f.flush();
        }
    }
    vm.stdout.flush();
    let stdin = vm.sys.dict.get_str("stdin").unwrap_or(Value::None);
    let line = match &stdin {
        Value::File(f) => f.read_line(),
        _ => Vec::new(),
    };
    if line.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let line = line.strip_suffix(b"\n").unwrap_or(&line);
    Ok(Value::bytes(line))
}

fn builtin_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reduce", &args, 2, 3)?;
    let func = args.args[0].clone();
    let items = vm.iterate(&args.args[1])?;
    let mut it = items.into_iter();
    let mut acc = match args.args.get(2) {
        Some(init) => init.clone(),
        None => match it.next() {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty sequence with no initial value")),
        },
    };
    for item in it {
        acc = vm.call(&func, Args::positional(vec![acc, item]))?;
    }
    Ok(acc)
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args.args[0])?))
}

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "round", &args, 1, 2)?;
    let x = match vm.as_float(&args.args[0])? {
        Some(x) => x,
        None => return Err(vm.type_error("a float is required")),
    };
    let digits = match args.args.get(1) {
        Some(d) => vm.index_value(d, "an integer is required")?,
        None => 0,
    };
    crate::objects::floatobject::round(x, digits)
        .map(Value::float)
        .map_err(|e| vm.num_error(e))
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = name_arg(vm, &args.args[1], "setattr")?;
    vm.setattr(&args.args[0], &name, Some(args.args[2].clone()))?;
    Ok(Value::None)
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() || args.args.len() > 4 {
        return Err(vm.type_error(format!(
            "sorted() takes at most 4 arguments ({} given)",
            args.args.len()
        )));
    }
    let hint = vm.length_hint_of(&args.args[0]);
    let items = vm.iterate_sized(&args.args[0])?;
    let list = super::super::objects::listobject::PyList::new(Vec::new());
    list.extend_hinted(items, hint);
    let list = Value::List(std::rc::Rc::new(list));
    let mut kwargs = args.kwargs.clone();
    for (name, v) in ["cmp", "key", "reverse"]
        .iter()
        .zip(args.args.iter().skip(1))
    {
        kwargs.push((Value::str(name), v.clone()));
    }
    crate::objects::listmethods::sort_list(vm, &list, &kwargs)?;
    Ok(list)
}

fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sum", &args, 1, 2)?;
    let mut acc = args.args.get(1).cloned().unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&args.args[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    Ok(acc)
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 0, 1)?;
    match args.args.first() {
        None => builtin_locals(vm, Args::default()),
        Some(v) => {
            let name = Rc::new(PyStr::from("__dict__"));
            vm.getattr(v, &name)
                .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
        }
    }
}

fn builtin_zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut iters = Vec::new();
    for (i, s) in args.args.iter().enumerate() {
        let it = vm.iter(s).map_err(|e| {
            if vm.err_matches(&e, &vm.exc.type_error.clone()) {
                vm.type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?;
        iters.push(it);
    }
    let mut out = Vec::new();
    if iters.is_empty() {
        return Ok(Value::list(out));
    }
    'rows: loop {
        let mut row = Vec::with_capacity(iters.len());
        for it in &iters {
            match vm.next(it)? {
                Some(v) => row.push(v),
                None => break 'rows,
            }
        }
        out.push(Value::tuple(row));
    }
    Ok(Value::list(out))
}

/// `coerce(x, y)`: both numbers converted to their common type.
fn builtin_coerce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "coerce", &args, 2, 2)?;
    let rank = |v: &Value| match v {
        Value::Bool(_) | Value::Int(_) => Some(0),
        Value::Long(_) => Some(1),
        Value::Float(_) => Some(2),
        Value::Complex(_) => Some(3),
        _ => None,
    };
    let (a, b) = (&args.args[0], &args.args[1]);
    // A classic instance's `__coerce__`, asked for either side (`instance_coerce`).
    for (v, w, swapped) in [(a, b, false), (b, a, true)] {
        if !crate::objects::number::is_classic_instance(v) {
            continue;
        }
        let Ok(coerce) = vm.getattr(v, &crate::objects::stringobject::PyStr::named("__coerce__"))
        else {
            continue;
        };
        let r = vm.call(&coerce, Args::positional(vec![w.clone()]))?;
        match &r {
            Value::None | Value::NotImplemented => continue,
            Value::Tuple(t) if t.items.len() == 2 => {
                let (x, y) = (t.items[0].clone(), t.items[1].clone());
                return Ok(Value::tuple(if swapped { vec![y, x] } else { vec![x, y] }));
            }
            _ => return Err(vm.type_error("coercion should return None or 2-tuple")),
        }
    }
    let (Some(ra), Some(rb)) = (rank(a), rank(b)) else {
        return Err(vm.type_error("number coercion failed"));
    };
    let target = ra.max(rb);
    let convert = |vm: &mut Vm, v: &Value| -> PyResult<Value> {
        Ok(match target {
            // `int_coerce` leaves an int and a bool as they are.
            0 => v.clone(),
            1 => match v {
                Value::Int(i) => Value::long(BigInt::from(*i)),
                Value::Bool(b) => Value::long(BigInt::from(i64::from(*b))),
                other => other.clone(),
            },
            2 => Value::float(vm.as_float(v)?.unwrap_or(0.0)),
            _ => match v {
                Value::Complex(_) => v.clone(),
                other => Value::Complex(Rc::new((vm.as_float(other)?.unwrap_or(0.0), 0.0))),
            },
        })
    };
    let (x, y) = (convert(vm, a)?, convert(vm, b)?);
    Ok(Value::tuple(vec![x, y]))
}

/// `print(*objects, sep=' ', end='\n', file=sys.stdout)`, the function that
/// `from __future__ import print_function` brings.
fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mut sep, mut end, mut file) = (Value::None, Value::None, Value::None);
    for (k, v) in args.kwargs {
        match &k {
            Value::Str(s) if s.as_bytes() == b"sep" => sep = v,
            Value::Str(s) if s.as_bytes() == b"end" => end = v,
            Value::Str(s) if s.as_bytes() == b"file" => file = v,
            Value::Str(s) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for this function",
                    s.to_text()
                )))
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    for (v, what) in [(&sep, "sep"), (&end, "end")] {
        if !matches!(v, Value::None | Value::Str(_) | Value::Unicode(_)) {
            return Err(vm.type_error(format!(
                "{what} must be None, str or unicode, not {}",
                vm.type_name(v)
            )));
        }
    }
    let file = if file.is_none() {
        vm.sys.dict.get_str("stdout").unwrap_or(Value::None)
    } else {
        file
    };
    let sep = if sep.is_none() { Value::str(" ") } else { sep };
    let end = if end.is_none() { Value::str("\n") } else { end };
    for (i, v) in args.args.iter().enumerate() {
        if i > 0 {
            vm.write_to(&file, sep.clone())?;
        }
        let text = match v {
            Value::Unicode(_) => v.clone(),
            other => Value::Str(vm.str(other)?),
        };
        vm.write_to(&file, text)?;
    }
    vm.write_to(&file, end)?;
    Ok(Value::None)
}

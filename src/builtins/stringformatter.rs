//! `string.Formatter` (CPython: the `Formatter` class of `Lib/string.py`),
//! native here. Each method calls the others through the instance, so a
//! subclass that overrides one (`get_value`, `format_field`, `parse`, ...)
//! changes what the rest do, as in CPython. Format strings are read by
//! `str._formatter_parser` and `str._formatter_field_name_split`
//! (`src/objects/formatspec.rs`).

use std::rc::Rc;

use super::bind_python_args;
use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{Layout, PyType};
use crate::vm::{PyResult, Vm};

const OWNER: &str = "Formatter";

const METHODS: &[(&str, NativeFn)] = &[
    ("format", formatter_format),
    ("vformat", formatter_vformat),
    ("_vformat", formatter_vformat_inner),
    ("get_value", formatter_get_value),
    ("check_unused_args", formatter_check_unused_args),
    ("format_field", formatter_format_field),
    ("convert_field", formatter_convert_field),
    ("parse", formatter_parse),
    ("get_field", formatter_get_field),
];

/// Adds `Formatter` to the module's dict.
pub fn add_formatter(vm: &mut Vm, dict: &PyDict) {
    let cls = crate::objects::types::new_type(
        "Formatter",
        Some(&vm.types.object),
        Layout::Object,
        "string",
        true,
    );
    super::add_methods(&cls, OWNER, METHODS);
    cls.dict.set_str("__doc__", Value::None);
    dict.set_str("Formatter", Value::Type(cls));
}

fn pystr(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::from(s))
}

/// Whether `t` is `Formatter` or derives from it.
fn is_formatter_class(t: &PyType) -> bool {
    t.mro.borrow().iter().any(|c| {
        c.name() == "Formatter"
            && matches!(
                c.dict.get_str("vformat"),
                Some(Value::Builtin(b)) if b.owner == Some(OWNER)
            )
    })
}

/// The check of an unbound Python method's first argument.
fn check_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let got = match args.args.first() {
        Some(v) if is_formatter_class(&vm.class_of(v)) => return Ok(v.clone()),
        Some(v) => format!("{} instance", vm.class_of(v).name()),
        None => "nothing".to_string(),
    };
    Err(vm.type_error(format!(
        "unbound method {name}() must be called with Formatter instance as first argument (got {got} instead)"
    )))
}

/// Checks `self`, then binds the method's parameters (`self` first).
fn bind(vm: &Vm, args: &Args, name: &str, params: &[&str]) -> PyResult<Vec<Value>> {
    check_self(vm, args, name)?;
    Ok(bind_python_args(vm, name, args, params, &[], false)?.0)
}

/// `obj.name(*args)`, through the VM's attribute lookup.
fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = vm.getattr(obj, &pystr(name))?;
    vm.call(&m, Args::positional(args))
}

/// `format(*args, **kwargs)`: `self` and `format_string` may come as
/// keywords too.
fn formatter_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = check_self(vm, &args, "format")?;
    let kwargs = Rc::new(PyDict::new());
    for (k, v) in &args.kwargs {
        let h = vm.hash(k)?;
        kwargs.set(k.clone(), h, v.clone());
    }
    let kwargs = Value::Dict(kwargs);
    let (format_string, rest) = match args.args.get(1) {
        Some(f) => (f.clone(), args.args[2..].to_vec()),
        None => {
            let key = Value::str("format_string");
            let found = call_method(vm, &kwargs, "pop", vec![key, Value::None])?;
            let present = args.kwargs.iter().any(|(k, _)| {
                matches!(k, Value::Str(s) if s.as_bytes() == b"format_string")
                    || matches!(k, Value::Unicode(u) if u.to_text() == "format_string")
            });
            if !present {
                return Err(vm.type_error(
                    "format() missing 1 required positional argument: 'format_string'",
                ));
            }
            (found, Vec::new())
        }
    };
    call_method(
        vm,
        &this,
        "vformat",
        vec![format_string, Value::tuple(rest), kwargs],
    )
}

/// `vformat(format_string, args, kwargs)`.
fn formatter_vformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &args,
        "vformat",
        &["self", "format_string", "args", "kwargs"],
    )?;
    let set_type = Value::Type(vm.types.set.clone());
    let used = vm.call(&set_type, Args::positional(Vec::new()))?;
    let result = call_method(
        vm,
        &p[0],
        "_vformat",
        vec![
            p[1].clone(),
            p[2].clone(),
            p[3].clone(),
            used.clone(),
            Value::Int(2),
        ],
    )?;
    call_method(
        vm,
        &p[0],
        "check_unused_args",
        vec![used, p[2].clone(), p[3].clone()],
    )?;
    Ok(result)
}

/// `_vformat(format_string, args, kwargs, used_args, recursion_depth)`.
fn formatter_vformat_inner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &args,
        "_vformat",
        &[
            "self",
            "format_string",
            "args",
            "kwargs",
            "used_args",
            "recursion_depth",
        ],
    )?;
    let (this, fargs, fkwargs, used, depth) = (&p[0], &p[2], &p[3], &p[4], &p[5]);
    let below = vm.compare(depth, &Value::Int(0), CmpOp::Lt)?;
    if vm.truthy(&below)? {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut result = Vec::new();
    let parsed = call_method(vm, this, "parse", vec![p[1].clone()])?;
    let it = vm.iter(&parsed)?;
    while let Some(item) = vm.next(&it)? {
        let parts = vm.unpack(&item, 4)?;
        let (literal, field_name, spec, conversion) = (&parts[0], &parts[1], &parts[2], &parts[3]);
        if vm.truthy(literal)? {
            result.push(literal.clone());
        }
        if field_name.is_none() {
            continue;
        }
        let found = call_method(
            vm,
            this,
            "get_field",
            vec![field_name.clone(), fargs.clone(), fkwargs.clone()],
        )?;
        let found = vm.unpack(&found, 2)?;
        call_method(vm, used, "add", vec![found[1].clone()])?;
        let obj = call_method(
            vm,
            this,
            "convert_field",
            vec![found[0].clone(), conversion.clone()],
        )?;
        let next_depth = vm.binary_op(depth, &Value::Int(1), BinOp::Sub)?;
        let spec = call_method(
            vm,
            this,
            "_vformat",
            vec![
                spec.clone(),
                fargs.clone(),
                fkwargs.clone(),
                used.clone(),
                next_depth,
            ],
        )?;
        result.push(call_method(vm, this, "format_field", vec![obj, spec])?);
    }
    call_method(vm, &Value::str(""), "join", vec![Value::list(result)])
}

/// `get_value(key, args, kwargs)`: `args[key]` for an integer key, else
/// `kwargs[key]`.
fn formatter_get_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, &args, "get_value", &["self", "key", "args", "kwargs"])?;
    let t = vm.type_of(&p[1]);
    if t.is_subtype(&vm.types.int) || t.is_subtype(&vm.types.long) {
        vm.getitem(&p[2], &p[1])
    } else {
        vm.getitem(&p[3], &p[1])
    }
}

/// `check_unused_args(used_args, args, kwargs)`: accepts anything.
fn formatter_check_unused_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(
        vm,
        &args,
        "check_unused_args",
        &["self", "used_args", "args", "kwargs"],
    )?;
    Ok(Value::None)
}

/// `format_field(value, format_spec)`: the built-in `format`.
fn formatter_format_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, &args, "format_field", &["self", "value", "format_spec"])?;
    crate::objects::formatspec::builtin_format(vm, Args::positional(p[1..].to_vec()))
}

/// `convert_field(value, conversion)`: `None`, `'s'` (str) or `'r'` (repr).
fn formatter_convert_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, &args, "convert_field", &["self", "value", "conversion"])?;
    let (value, conversion) = (&p[1], &p[2]);
    if conversion.is_none() {
        return Ok(value.clone());
    }
    if vm.eq(conversion, &Value::str("s"))? {
        return Ok(Value::Str(vm.str(value)?));
    }
    if vm.eq(conversion, &Value::str("r"))? {
        return Ok(Value::Str(vm.repr(value)?));
    }
    let message = call_method(
        vm,
        &Value::str("Unknown conversion specifier {0!s}"),
        "format",
        vec![conversion.clone()],
    )?;
    let value_error = vm.exc.value_error.clone();
    Err(vm.new_error_args(&value_error, Value::tuple(vec![message])))
}

/// `parse(format_string)`: `format_string._formatter_parser()`.
fn formatter_parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(vm, &args, "parse", &["self", "format_string"])?;
    call_method(vm, &p[1], "_formatter_parser", Vec::new())
}

/// `get_field(field_name, args, kwargs)`: the object a field names, and
/// the key of the argument it came from.
fn formatter_get_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &args,
        "get_field",
        &["self", "field_name", "args", "kwargs"],
    )?;
    let split = call_method(vm, &p[1], "_formatter_field_name_split", Vec::new())?;
    let split = vm.unpack(&split, 2)?;
    let first = split[0].clone();
    let mut obj = call_method(
        vm,
        &p[0],
        "get_value",
        vec![first.clone(), p[2].clone(), p[3].clone()],
    )?;
    let it = vm.iter(&split[1])?;
    while let Some(item) = vm.next(&it)? {
        let parts = vm.unpack(&item, 2)?;
        obj = if vm.truthy(&parts[0])? {
            let name = match &parts[1] {
                Value::Str(s) => s.clone(),
                Value::Unicode(u) => vm.encode_ascii(&u.chars)?,
                _ => return Err(vm.type_error("getattr(): attribute name must be string")),
            };
            vm.getattr(&obj, &name)?
        } else {
            vm.getitem(&obj, &parts[1])?
        };
    }
    Ok(Value::tuple(vec![obj, first]))
}

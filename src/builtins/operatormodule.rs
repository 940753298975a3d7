//! The `operator` module (CPython: `Modules/operator.c`).
//!
//! Each function goes through the same machinery as the operator it names
//! (`binary_op`, `compare`, `getitem`, …), so classes with special methods
//! behave as they do in expressions. `itemgetter`, `attrgetter` and
//! `methodcaller` are classes whose instances keep their arguments.

use std::rc::Rc;

use super::builtin;
use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{Layout, PyInstance};
use crate::opcode::{UNARY_INVERT, UNARY_NEGATIVE, UNARY_POSITIVE};
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("operator");
    m.dict.set_str(
        "__doc__",
        Value::str("The operators of Python as functions: operator.add(x, y) is x + y."),
    );
    for &(name, dunder, f) in FUNCTIONS {
        m.dict.set_str(name, builtin(name, f));
        if !dunder.is_empty() {
            m.dict.set_str(dunder, builtin(dunder, f));
        }
    }
    let object = vm.types.object.clone();
    let classes: [(&'static str, &[(&'static str, NativeFn)]); 3] = [
        (
            "itemgetter",
            &[("__init__", itemgetter_init), ("__call__", itemgetter_call)],
        ),
        (
            "attrgetter",
            &[("__init__", attrgetter_init), ("__call__", attrgetter_call)],
        ),
        (
            "methodcaller",
            &[
                ("__init__", methodcaller_init),
                ("__call__", methodcaller_call),
            ],
        ),
    ];
    for (name, methods) in classes {
        let t =
            crate::objects::types::new_type(name, Some(&object), Layout::Object, "operator", true);
        super::add_methods(&t, name, methods);
        m.dict.set_str(name, Value::Type(t));
    }
    Some(m)
}

/// `(name, special-method alias or "", function)`.
const FUNCTIONS: &[(&str, &str, NativeFn)] = &[
    ("add", "__add__", op_add),
    ("sub", "__sub__", op_sub),
    ("mul", "__mul__", op_mul),
    ("div", "__div__", op_div),
    ("floordiv", "__floordiv__", op_floordiv),
    ("truediv", "__truediv__", op_truediv),
    ("mod", "__mod__", op_mod),
    ("pow", "__pow__", op_pow),
    ("lshift", "__lshift__", op_lshift),
    ("rshift", "__rshift__", op_rshift),
    ("and_", "__and__", op_and),
    ("or_", "__or__", op_or),
    ("xor", "__xor__", op_xor),
    ("iadd", "__iadd__", op_iadd),
    ("isub", "__isub__", op_isub),
    ("imul", "__imul__", op_imul),
    ("idiv", "__idiv__", op_idiv),
    ("ifloordiv", "__ifloordiv__", op_ifloordiv),
    ("itruediv", "__itruediv__", op_itruediv),
    ("imod", "__imod__", op_imod),
    ("ipow", "__ipow__", op_ipow),
    ("ilshift", "__ilshift__", op_ilshift),
    ("irshift", "__irshift__", op_irshift),
    ("iand", "__iand__", op_iand),
    ("ior", "__ior__", op_ior),
    ("ixor", "__ixor__", op_ixor),
    ("lt", "__lt__", op_lt),
    ("le", "__le__", op_le),
    ("eq", "__eq__", op_eq),
    ("ne", "__ne__", op_ne),
    ("gt", "__gt__", op_gt),
    ("ge", "__ge__", op_ge),
    ("is_", "", op_is),
    ("is_not", "", op_is_not),
    ("neg", "__neg__", op_neg),
    ("pos", "__pos__", op_pos),
    ("abs", "__abs__", op_abs),
    ("inv", "__inv__", op_inv),
    ("invert", "__invert__", op_invert),
    ("not_", "__not__", op_not),
    ("truth", "", op_truth),
    ("index", "__index__", op_index),
    ("contains", "__contains__", op_contains),
    ("sequenceIncludes", "", op_sequence_includes),
    ("countOf", "", op_count_of),
    ("indexOf", "", op_index_of),
    ("getitem", "__getitem__", op_getitem),
    ("setitem", "__setitem__", op_setitem),
    ("delitem", "__delitem__", op_delitem),
    ("getslice", "__getslice__", op_getslice),
    ("setslice", "__setslice__", op_setslice),
    ("delslice", "__delslice__", op_delslice),
    ("concat", "__concat__", op_concat),
    ("iconcat", "__iconcat__", op_iconcat),
    ("repeat", "__repeat__", op_repeat),
    ("irepeat", "__irepeat__", op_irepeat),
    ("isCallable", "", op_is_callable),
    ("isSequenceType", "", op_is_sequence_type),
    ("isMappingType", "", op_is_mapping_type),
    ("isNumberType", "", op_is_number_type),
];

fn no_keywords(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Exactly `n` arguments, checked as `PyArg_UnpackTuple` checks them under
/// the C function's name (`op_add expected 2 arguments, got 1`).
fn unpack(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    no_keywords(vm, args, name)?;
    let got = args.args.len();
    if got != n {
        return Err(vm.type_error(format!("op_{name} expected {n} arguments, got {got}")));
    }
    Ok(())
}

/// The one argument of a function that takes exactly one.
fn one(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    let got = args.args.len();
    if got != 1 {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({got} given)")));
    }
    Ok(args.args[0].clone())
}

macro_rules! binary {
    ($($fname:ident $name:literal $op:ident $inplace:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                unpack(vm, &args, $name, 2)?;
                if $inplace {
                    vm.inplace_op(&args.args[0], &args.args[1], BinOp::$op)
                } else {
                    vm.binary_op(&args.args[0], &args.args[1], BinOp::$op)
                }
            }
        )*
    };
}

binary! {
    op_add "add" Add false;
    op_sub "sub" Sub false;
    op_mul "mul" Mul false;
    op_div "div" Div false;
    op_floordiv "floordiv" FloorDiv false;
    op_truediv "truediv" TrueDiv false;
    op_mod "mod" Mod false;
    op_pow "pow" Pow false;
    op_lshift "lshift" LShift false;
    op_rshift "rshift" RShift false;
    op_and "and_" And false;
    op_or "or_" Or false;
    op_xor "xor" Xor false;
    op_iadd "iadd" Add true;
    op_isub "isub" Sub true;
    op_imul "imul" Mul true;
    op_idiv "idiv" Div true;
    op_ifloordiv "ifloordiv" FloorDiv true;
    op_itruediv "itruediv" TrueDiv true;
    op_imod "imod" Mod true;
    op_ipow "ipow" Pow true;
    op_ilshift "ilshift" LShift true;
    op_irshift "irshift" RShift true;
    op_iand "iand" And true;
    op_ior "ior" Or true;
    op_ixor "ixor" Xor true;
}

macro_rules! comparison {
    ($($fname:ident $name:literal $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                unpack(vm, &args, $name, 2)?;
                vm.compare(&args.args[0], &args.args[1], CmpOp::$op)
            }
        )*
    };
}

comparison! {
    op_lt "lt" Lt;
    op_le "le" Le;
    op_eq "eq" Eq;
    op_ne "ne" Ne;
    op_gt "gt" Gt;
    op_ge "ge" Ge;
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "is_", 2)?;
    Ok(Value::bool(args.args[0].is(&args.args[1])))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "is_not", 2)?;
    Ok(Value::bool(!args.args[0].is(&args.args[1])))
}

fn op_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "neg")?;
    vm.unary_op(UNARY_NEGATIVE, &v)
}

fn op_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "pos")?;
    vm.unary_op(UNARY_POSITIVE, &v)
}

fn op_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, &args, "abs")?;
    let abs = super::functions::FUNCTIONS
        .iter()
        .find(|(name, _)| *name == "abs")
        .map(|&(_, f)| f);
    match abs {
        Some(f) => f(vm, args),
        None => Err(vm.system_error("abs is missing")),
    }
}

fn op_inv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "inv")?;
    vm.unary_op(UNARY_INVERT, &v)
}

fn op_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "invert")?;
    vm.unary_op(UNARY_INVERT, &v)
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "not_")?;
    Ok(Value::bool(!vm.truthy(&v)?))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "truth")?;
    Ok(Value::bool(vm.truthy(&v)?))
}

/// `PyNumber_Index`: an int or long as it is, or what `__index__` returns.
fn number_index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => Ok(v.clone()),
        Value::Instance(_) => match vm.lookup_special(v, &PyStr::from("__index__")) {
            Some(m) => {
                let r = vm.call0(&m)?;
                match r {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => Ok(r),
                    other => Err(vm.type_error(format!(
                        "__index__ returned non-(int,long) (type {})",
                        vm.type_name(&other)
                    ))),
                }
            }
            None => Err(not_an_index(vm, v)),
        },
        _ => Err(not_an_index(vm, v)),
    }
}

fn not_an_index(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an index",
        vm.type_name(v)
    ))
}

fn op_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "index")?;
    number_index(vm, &v)
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "contains", 2)?;
    Ok(Value::bool(vm.contains(&args.args[0], &args.args[1])?))
}

fn op_sequence_includes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "sequenceIncludes", 2)?;
    Ok(Value::bool(vm.contains(&args.args[0], &args.args[1])?))
}

fn op_count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "countOf", 2)?;
    let it = search_iter(vm, &args.args[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, &args.args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "indexOf", 2)?;
    let it = search_iter(vm, &args.args[0])?;
    let mut i = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, &args.args[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "getitem", 2)?;
    vm.getitem(&args.args[0], &args.args[1])
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "setitem", 3)?;
    vm.setitem(&args.args[0], &args.args[1], args.args[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "delitem", 2)?;
    vm.delitem(&args.args[0], &args.args[1])?;
    Ok(Value::None)
}

/// The arguments of `getslice`, `setslice` and `delslice`: an object, two
/// indexes (`n`) and for `setslice` a value, checked as `PyArg_ParseTuple`.
fn slice_args(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<(Value, Value)> {
    no_keywords(vm, args, name)?;
    let got = args.args.len();
    if got != n {
        return Err(vm.type_error(super::arity_message(name, got, n, n)));
    }
    let mut bounds = Vec::with_capacity(2);
    for v in &args.args[1..3] {
        let i = match v {
            Value::Float(_) => return Err(vm.type_error("integer argument expected, got float")),
            _ => vm.index_value(v, "an integer is required")?,
        };
        bounds.push(Value::Int(i));
    }
    Ok((bounds[0].clone(), bounds[1].clone()))
}

fn op_getslice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (lo, hi) = slice_args(vm, &args, "getslice", 3)?;
    vm.getslice(&args.args[0], Some(lo), Some(hi))
}

fn op_setslice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (lo, hi) = slice_args(vm, &args, "setslice", 4)?;
    vm.setslice(
        &args.args[0],
        Some(lo),
        Some(hi),
        Some(args.args[3].clone()),
    )?;
    Ok(Value::None)
}

fn op_delslice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (lo, hi) = slice_args(vm, &args, "delslice", 3)?;
    vm.setslice(&args.args[0], Some(lo), Some(hi), None)?;
    Ok(Value::None)
}

/// `PySequence_Check`: whether `v` supports indexing as a sequence.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Unicode(_) | Value::Tuple(_) | Value::List(_) | Value::XRange(_) => {
            true
        }
        Value::Instance(inst) => {
            !inst.class().is_subtype(&vm.types.dict)
                && vm.lookup_special(v, &PyStr::from("__getitem__")).is_some()
        }
        _ => false,
    }
}

fn op_concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "concat", 2)?;
    concat(vm, &args, false)
}

fn op_iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unpack(vm, &args, "iconcat", 2)?;
    concat(vm, &args, true)
}

fn concat(vm: &mut Vm, args: &Args, inplace: bool) -> PyResult<Value> {
    let (a, b) = (&args.args[0], &args.args[1]);
    // Built-in sequences concatenate themselves; other sequences only add
    // to sequences.
    let own = matches!(
        a,
        Value::Str(_) | Value::Unicode(_) | Value::List(_) | Value::Tuple(_)
    );
    if !(own || is_sequence(vm, a) && is_sequence(vm, b)) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(a)
        )));
    }
    let r = if inplace {
        vm.inplace_op(a, b, BinOp::Add)
    } else {
        vm.binary_op(a, b, BinOp::Add)
    };
    match r {
        // Neither side knew how to add: the sequence cannot be concatenated.
        Err(e) if !own && unsupported(vm, &e, a, b) => Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(a)
        ))),
        r => r,
    }
}

fn unsupported(vm: &mut Vm, e: &crate::vm::PyErr, a: &Value, b: &Value) -> bool {
    let want = format!(
        "unsupported operand type(s) for +: '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    );
    matches!(&e.typ, Value::Type(t) if t.is_subtype(&vm.exc.type_error))
        && vm
            .exception_str(&e.value)
            .map(|s| s.as_bytes() == want.as_bytes())
            .unwrap_or(false)
}

/// `iter(seq)` for the searches of `countOf` and `indexOf`, with their message.
fn search_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    vm.iter(seq).map_err(|_| {
        vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(seq)
        ))
    })
}

fn repeat(vm: &mut Vm, args: &Args, name: &str, inplace: bool) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    let got = args.args.len();
    if got != 2 {
        return Err(vm.type_error(super::arity_message(name, got, 2, 2)));
    }
    let (a, b) = (&args.args[0], &args.args[1]);
    let count = match b {
        Value::Float(_) => return Err(vm.type_error("integer argument expected, got float")),
        _ => vm.index_value(b, "an integer is required")?,
    };
    if !is_sequence(vm, a) {
        return Err(vm.type_error(format!("'{}' object can't be repeated", vm.type_name(a))));
    }
    let n = Value::Int(count);
    if inplace {
        vm.inplace_op(a, &n, BinOp::Mul)
    } else {
        vm.binary_op(a, &n, BinOp::Mul)
    }
}

fn op_repeat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "repeat", false)
}

fn op_irepeat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "irepeat", true)
}

fn op_is_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isCallable")?;
    Ok(Value::bool(match &v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(_) => vm.type_of(&v).lookup("__call__").is_some(),
        _ => false,
    }))
}

fn op_is_sequence_type(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isSequenceType")?;
    Ok(Value::bool(is_sequence(vm, &v)))
}

fn op_is_mapping_type(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isMappingType")?;
    Ok(Value::bool(match &v {
        Value::Dict(_) => true,
        Value::Instance(inst) => {
            let t = inst.class();
            t.is_subtype(&vm.types.dict)
                || (t.lookup("__getitem__").is_some() && t.lookup("__getslice__").is_none())
        }
        _ => false,
    }))
}

fn op_is_number_type(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isNumberType")?;
    Ok(Value::bool(match &v {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(inst) => {
            let t = inst.class();
            t.lookup("__int__").is_some() || t.lookup("__float__").is_some()
        }
        _ => false,
    }))
}

/// The instance a getter's method was called on, and what it keeps.
fn getter(vm: &Vm, args: &Args, class: &str) -> PyResult<(Rc<PyInstance>, Vec<Value>)> {
    if let Some(Value::Instance(inst)) = args.args.first() {
        if inst
            .class()
            .mro
            .borrow()
            .iter()
            .any(|t| t.name() == class && t.module() == "operator")
        {
            let kept = match &*inst.exc_args.borrow() {
                Some(Value::Tuple(t)) => t.items.to_vec(),
                _ => Vec::new(),
            };
            return Ok((inst.clone(), kept));
        }
    }
    let got = args
        .args
        .first()
        .map(|v| vm.type_name(v))
        .unwrap_or_default();
    Err(vm.type_error(format!(
        "descriptor '__call__' requires a 'operator.{class}' object but received a '{got}'"
    )))
}

fn keep(inst: &PyInstance, values: Vec<Value>) {
    *inst.exc_args.borrow_mut() = Some(Value::tuple(values));
}

/// The one argument a getter is called with.
fn getter_operand(vm: &Vm, args: &Args, class: &str) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{class} does not take keyword arguments")));
    }
    let got = args.args.len() - 1;
    if got != 1 {
        return Err(vm.type_error(format!("{class} expected 1 arguments, got {got}")));
    }
    Ok(args.args[1].clone())
}

/// `itemgetter(item, ...)`.
fn itemgetter_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, _) = getter(vm, &args, "itemgetter")?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("itemgetter() does not take keyword arguments"));
    }
    let items = args.args[1..].to_vec();
    if items.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 arguments, got 0"));
    }
    keep(&inst, items);
    Ok(Value::None)
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items) = getter(vm, &args, "itemgetter")?;
    let obj = getter_operand(vm, &args, "itemgetter")?;
    if items.len() == 1 {
        return vm.getitem(&obj, &items[0]);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(vm.getitem(&obj, item)?);
    }
    Ok(Value::tuple(out))
}

/// `attrgetter(attr, ...)`: names may be dotted (`'a.b.c'`).
fn attrgetter_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, _) = getter(vm, &args, "attrgetter")?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("attrgetter() does not take keyword arguments"));
    }
    let names = args.args[1..].to_vec();
    if names.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 arguments, got 0"));
    }
    keep(&inst, names);
    Ok(Value::None)
}

fn dotted_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let text: Vec<u8> = match name {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Unicode(_) => {
            let s = vm.str(name)?;
            s.as_bytes().to_vec()
        }
        _ => return Err(vm.type_error("attribute name must be a string")),
    };
    let mut cur = obj.clone();
    for part in text.split(|&b| b == b'.') {
        let key = Rc::new(PyStr::new(part.into()));
        cur = vm.getattr(&cur, &key)?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, names) = getter(vm, &args, "attrgetter")?;
    let obj = getter_operand(vm, &args, "attrgetter")?;
    if names.len() == 1 {
        return dotted_getattr(vm, &obj, &names[0]);
    }
    let mut out = Vec::with_capacity(names.len());
    for name in &names {
        out.push(dotted_getattr(vm, &obj, name)?);
    }
    Ok(Value::tuple(out))
}

/// `methodcaller(name, *args, **kwargs)`.
fn methodcaller_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, _) = getter(vm, &args, "methodcaller")?;
    let Some(name) = args.args.get(1).cloned() else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    let rest = Value::tuple(args.args[2..].to_vec());
    let kwargs = crate::objects::dictobject::PyDict::new();
    for (k, v) in args.kwargs {
        let h = vm.hash(&k)?;
        kwargs.set(k, h, v);
    }
    keep(&inst, vec![name, rest, Value::Dict(Rc::new(kwargs))]);
    Ok(Value::None)
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, kept) = getter(vm, &args, "methodcaller")?;
    let obj = getter_operand(vm, &args, "methodcaller")?;
    let (Some(name), Some(Value::Tuple(rest)), Some(Value::Dict(kwargs))) =
        (kept.first(), kept.get(1), kept.get(2))
    else {
        return Err(vm.system_error("methodcaller without a method name"));
    };
    let name = match name {
        Value::Str(s) => s.clone(),
        Value::Unicode(_) => vm.str(name)?,
        other => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let method = vm.getattr(&obj, &name)?;
    vm.call(
        &method,
        Args {
            args: rest.items.to_vec(),
            kwargs: kwargs.items(),
        },
    )
}

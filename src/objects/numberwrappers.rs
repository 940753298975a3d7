//! The special methods of `int`, `long`, `float`, `complex` and `bool` as
//! their type dicts hold them: CPython's slot wrappers over the `nb_*`
//! slots of `intobject.c`, `longobject.c`, `floatobject.c`,
//! `complexobject.c` and `boolobject.c`, each calling the slot directly.
//! A slot takes only the operands it knows (`CONVERT_TO_LONG`,
//! `CONVERT_TO_DOUBLE`, ...) and gives `NotImplemented` for the others.

use std::rc::Rc;

use num_bigint::BigInt;

use super::abstract_::{BinOp, CmpOp};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::slotwrappers::{wrapper_args, ArgCheck};
use super::typeobject::PyType;
use crate::builtins::functions as f;
use crate::vm::{PyResult, Vm};

const INT: u8 = 0;
const LONG: u8 = 1;
const FLOAT: u8 = 2;
const COMPLEX: u8 = 3;
const BOOL: u8 = 4;

fn owner(vm: &Vm, k: u8) -> Rc<PyType> {
    let t = &vm.types;
    match k {
        INT => t.int.clone(),
        LONG => t.long.clone(),
        FLOAT => t.float.clone(),
        COMPLEX => t.complex.clone(),
        _ => t.bool.clone(),
    }
}

/// The built-in value of `v` (of an instance of a subclass, its base).
pub fn plain(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.base().map_or(v, plain),
        _ => v,
    }
}

/// The operand as the slot of kind `k` takes it, if it takes it.
fn operand(k: u8, v: &Value) -> Option<Value> {
    let v = plain(v);
    let ok = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Long(_) => k != INT && k != BOOL,
        Value::Float(_) => k == FLOAT || k == COMPLEX,
        Value::Complex(_) => k == COMPLEX,
        _ => false,
    };
    ok.then(|| v.clone())
}

/// `self` (checked as `wrapperdescr_call`'s `descr_check` does) and the
/// other arguments, whose number must be within `min..=max`.
fn unpack(
    vm: &Vm,
    k: u8,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<(Value, Vec<Value>)> {
    let check = if min == max {
        ArgCheck::Exactly(min)
    } else {
        ArgCheck::Range(min, max)
    };
    let (this, rest) = wrapper_args(vm, &owner(vm, k), name, args, check)?;
    Ok((plain(&this).clone(), rest))
}

fn binary(
    vm: &mut Vm,
    k: u8,
    name: &str,
    args: Args,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (a, rest) = unpack(vm, k, name, &args, 1, 1)?;
    let Some(b) = operand(k, &rest[0]) else {
        return Ok(Value::NotImplemented);
    };
    if reflected {
        vm.builtin_binary(&b, &a, op)
    } else {
        vm.builtin_binary(&a, &b, op)
    }
}

macro_rules! binary_wrappers {
    ($($name:ident $rname:ident: $dunder:literal $rdunder:literal $op:ident,)*) => {
        $(
            fn $name<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, K, $dunder, args, BinOp::$op, false)
            }
            fn $rname<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, K, $rdunder, args, BinOp::$op, true)
            }
        )*
    };
}

binary_wrappers! {
    add radd: "__add__" "__radd__" Add,
    sub rsub: "__sub__" "__rsub__" Sub,
    mul rmul: "__mul__" "__rmul__" Mul,
    div rdiv: "__div__" "__rdiv__" Div,
    truediv rtruediv: "__truediv__" "__rtruediv__" TrueDiv,
    floordiv rfloordiv: "__floordiv__" "__rfloordiv__" FloorDiv,
    mod_ rmod: "__mod__" "__rmod__" Mod,
    lshift rlshift: "__lshift__" "__rlshift__" LShift,
    rshift rrshift: "__rshift__" "__rrshift__" RShift,
    and_ rand: "__and__" "__rand__" And,
    xor rxor: "__xor__" "__rxor__" Xor,
    or_ ror: "__or__" "__ror__" Or,
}

fn divmod_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = unpack(vm, K, "__divmod__", &args, 1, 1)?;
    match operand(K, &rest[0]) {
        Some(b) => f::builtin_divmod(vm, Args::positional(vec![a, b])),
        None => Ok(Value::NotImplemented),
    }
}

fn rdivmod<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = unpack(vm, K, "__rdivmod__", &args, 1, 1)?;
    match operand(K, &rest[0]) {
        Some(b) => f::builtin_divmod(vm, Args::positional(vec![b, a])),
        None => Ok(Value::NotImplemented),
    }
}

fn ternary(vm: &mut Vm, k: u8, name: &str, args: Args, reflected: bool) -> PyResult<Value> {
    let (a, rest) = unpack(vm, k, name, &args, 1, 2)?;
    let Some(b) = operand(k, &rest[0]) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let mut operands = vec![x, y];
    match rest.get(1) {
        None | Some(Value::None) => {}
        Some(z) => match operand(k, z) {
            // `float_pow` and `complex_pow` refuse any modulus.
            Some(z) if k == INT || k == LONG || k == BOOL => operands.push(z),
            Some(_) if k == FLOAT => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            Some(_) => return Err(vm.value_error("complex modulo")),
            None if k == FLOAT => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            None if k == COMPLEX => return Err(vm.value_error("complex modulo")),
            None => return Ok(Value::NotImplemented),
        },
    }
    f::builtin_pow(vm, Args::positional(operands))
}

fn pow_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ternary(vm, K, "__pow__", args, false)
}

fn rpow<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ternary(vm, K, "__rpow__", args, true)
}

macro_rules! compare_wrappers {
    ($($name:ident: $dunder:literal $op:ident,)*) => {
        $(
            fn $name<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, rest) = unpack(vm, K, $dunder, &args, 1, 1)?;
                match operand(K, &rest[0]) {
                    Some(b) => vm.compare(&a, &b, CmpOp::$op),
                    None => Ok(Value::NotImplemented),
                }
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

/// `__cmp__` (`wrap_cmpfunc`): the other object must share `self`'s
/// comparison, that is, be an `int` (a `long`) too.
fn cmp<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = unpack(vm, K, "__cmp__", &args, 1, 1)?;
    let t = owner(vm, K);
    let ot = vm.type_of(&rest[0]);
    if !ot.is_subtype(&t) {
        return Err(vm.type_error(format!(
            "{0}.__cmp__(x,y) requires y to be a '{0}', not a '{1}'",
            t.name(),
            ot.name()
        )));
    }
    let b = plain(&rest[0]).clone();
    Ok(Value::Int(vm.three_way(&a, &b)?))
}

fn unary_op(vm: &mut Vm, k: u8, name: &str, args: &Args, op: u8) -> PyResult<Value> {
    let (a, _) = unpack(vm, k, name, args, 0, 0)?;
    vm.unary_op(op, &a)
}

fn neg<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_op(vm, K, "__neg__", &args, crate::opcode::UNARY_NEGATIVE)
}

fn pos<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_op(vm, K, "__pos__", &args, crate::opcode::UNARY_POSITIVE)
}

fn invert<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_op(vm, K, "__invert__", &args, crate::opcode::UNARY_INVERT)
}

fn abs<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__abs__", &args, 0, 0)?;
    f::builtin_abs(vm, Args::positional(vec![a]))
}

fn nonzero<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__nonzero__", &args, 0, 0)?;
    Ok(Value::bool(vm.truthy(&a)?))
}

/// Calls the type `t` (`int`, `long`, `float`) on the plain value.
fn convert(vm: &mut Vm, t: Rc<PyType>, v: Value) -> PyResult<Value> {
    vm.call_type(&t, Args::positional(vec![v]))
}

fn complex_refuses(vm: &Vm, v: &Value, to: &str) -> PyResult<()> {
    if matches!(v, Value::Complex(_)) {
        return Err(vm.type_error(format!("can't convert complex to {to}")));
    }
    Ok(())
}

fn int_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__int__", &args, 0, 0)?;
    complex_refuses(vm, &a, "int")?;
    let t = vm.types.int.clone();
    convert(vm, t, a)
}

fn long_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__long__", &args, 0, 0)?;
    complex_refuses(vm, &a, "long")?;
    let t = vm.types.long.clone();
    convert(vm, t, a)
}

fn float_<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__float__", &args, 0, 0)?;
    complex_refuses(vm, &a, "float")?;
    let t = vm.types.float.clone();
    convert(vm, t, a)
}

/// `__trunc__` and `__index__` of integers: the value as a plain `int`
/// or `long` (`int_int`, `long_long`).
fn int_self(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    }
}

fn trunc<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__trunc__", &args, 0, 0)?;
    if K == FLOAT {
        let t = vm.types.int.clone();
        return convert(vm, t, a);
    }
    Ok(int_self(a))
}

fn index<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__index__", &args, 0, 0)?;
    Ok(int_self(a))
}

fn hex<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__hex__", &args, 0, 0)?;
    f::builtin_hex(vm, Args::positional(vec![a]))
}

fn oct<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = unpack(vm, K, "__oct__", &args, 0, 0)?;
    f::builtin_oct(vm, Args::positional(vec![a]))
}

/// A method of `int`, `long` and `float` (not a slot wrapper): its
/// argument check is `METH_NOARGS`'s.
fn method_self(vm: &Vm, k: u8, name: &str, args: &Args) -> PyResult<Value> {
    super::slotwrappers::method_self(vm, &owner(vm, k), name, args).map(|v| plain(&v).clone())
}

fn getnewargs<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_self(vm, K, "__getnewargs__", &args)?;
    let v = match a {
        Value::Bool(b) if K == INT => Value::Int(i64::from(b)),
        Value::Int(i) if K == LONG => Value::long(BigInt::from(i)),
        Value::Bool(b) if K == LONG => Value::long(BigInt::from(i64::from(b))),
        Value::Complex(c) => return Ok(Value::tuple(vec![Value::float(c.0), Value::float(c.1)])),
        other => other,
    };
    Ok(Value::tuple(vec![v]))
}

fn conjugate<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_self(vm, K, "conjugate", &args)?;
    Ok(int_self(a))
}

fn bit_length<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_self(vm, K, "bit_length", &args)?;
    let n = match a {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(i64::from(b)),
        Value::Long(l) => (*l).clone(),
        _ => BigInt::from(0),
    };
    Ok(Value::Int(n.bits() as i64))
}

/// `long.__sizeof__` (`long_sizeof`): the header and four bytes per
/// 30-bit digit (the size of a plain `long`; a subclass's instances are
/// larger in CPython).
fn long_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_self(vm, LONG, "__sizeof__", &args)?;
    let n = match a {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(i64::from(b)),
        Value::Long(l) => (*l).clone(),
        _ => BigInt::from(0),
    };
    let digits = n.bits().div_ceil(30) as i64;
    Ok(Value::Int(24 + 4 * digits))
}

/// `__coerce__`: both operands as `self`'s type, or `NotImplemented`
/// when the other is not one the type converts (`int_coerce`,
/// `long_coerce`, `float_coerce`, `complex_coerce`).
fn coerce<const K: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = unpack(vm, K, "__coerce__", &args, 1, 1)?;
    let Some(b) = operand(K, &rest[0]) else {
        return Ok(Value::NotImplemented);
    };
    let b = match (K, &b) {
        (INT, _) => b,
        (LONG, Value::Int(i)) => Value::long(BigInt::from(*i)),
        (LONG, Value::Bool(x)) => Value::long(BigInt::from(i64::from(*x))),
        (FLOAT, Value::Float(_)) | (COMPLEX, Value::Complex(_)) | (LONG, _) => b,
        (FLOAT, _) => {
            let t = vm.types.float.clone();
            convert(vm, t, b)?
        }
        _ => {
            let t = vm.types.complex.clone();
            convert(vm, t, b)?
        }
    };
    Ok(Value::tuple(vec![a, b]))
}

/// The getset descriptors `real`, `imag`, `numerator`, `denominator`:
/// what the attribute gives on a plain number (`None`: no such attribute).
pub fn number_attr(v: &Value, name: &str) -> Option<Value> {
    Some(match (plain(v), name) {
        (Value::Bool(b), "real" | "numerator") => Value::Int(i64::from(*b)),
        (x @ (Value::Int(_) | Value::Long(_)), "real" | "numerator") => x.clone(),
        (Value::Int(_) | Value::Bool(_), "imag") => Value::Int(0),
        (Value::Int(_) | Value::Bool(_), "denominator") => Value::Int(1),
        (Value::Long(_), "imag") => Value::long(BigInt::from(0)),
        (Value::Long(_), "denominator") => Value::long(BigInt::from(1)),
        (Value::Float(f), "real") => Value::Float(*f),
        (Value::Float(_), "imag") => Value::float(0.0),
        (Value::Complex(c), "real") => Value::float(c.0),
        (Value::Complex(c), "imag") => Value::float(c.1),
        _ => return None,
    })
}

fn table<const K: u8>() -> Vec<(&'static str, NativeFn)> {
    let mut t: Vec<(&'static str, NativeFn)> = vec![
        ("__add__", add::<K>),
        ("__radd__", radd::<K>),
        ("__sub__", sub::<K>),
        ("__rsub__", rsub::<K>),
        ("__mul__", mul::<K>),
        ("__rmul__", rmul::<K>),
        ("__div__", div::<K>),
        ("__rdiv__", rdiv::<K>),
        ("__truediv__", truediv::<K>),
        ("__rtruediv__", rtruediv::<K>),
        ("__floordiv__", floordiv::<K>),
        ("__rfloordiv__", rfloordiv::<K>),
        ("__mod__", mod_::<K>),
        ("__rmod__", rmod::<K>),
        ("__divmod__", divmod_::<K>),
        ("__rdivmod__", rdivmod::<K>),
        ("__pow__", pow_::<K>),
        ("__rpow__", rpow::<K>),
        ("__neg__", neg::<K>),
        ("__pos__", pos::<K>),
        ("__abs__", abs::<K>),
        ("__nonzero__", nonzero::<K>),
        ("__coerce__", coerce::<K>),
        ("__int__", int_::<K>),
        ("__long__", long_::<K>),
        ("__float__", float_::<K>),
        ("__getnewargs__", getnewargs::<K>),
    ];
    if K == INT || K == LONG {
        t.extend_from_slice(&[
            ("__invert__", invert::<K> as NativeFn),
            ("__lshift__", lshift::<K>),
            ("__rlshift__", rlshift::<K>),
            ("__rshift__", rshift::<K>),
            ("__rrshift__", rrshift::<K>),
            ("__and__", and_::<K>),
            ("__rand__", rand::<K>),
            ("__xor__", xor::<K>),
            ("__rxor__", rxor::<K>),
            ("__or__", or_::<K>),
            ("__ror__", ror::<K>),
            ("__oct__", oct::<K>),
            ("__hex__", hex::<K>),
            ("__index__", index::<K>),
            ("__trunc__", trunc::<K>),
            ("__cmp__", cmp::<K>),
            ("conjugate", conjugate::<K>),
            ("bit_length", bit_length::<K>),
        ]);
    } else {
        t.extend_from_slice(&[
            ("__lt__", lt::<K> as NativeFn),
            ("__le__", le::<K>),
            ("__eq__", eq::<K>),
            ("__ne__", ne::<K>),
            ("__gt__", gt::<K>),
            ("__ge__", ge::<K>),
        ]);
    }
    if K == FLOAT {
        t.push(("__trunc__", trunc::<K>));
    }
    if K == LONG {
        t.push(("__sizeof__", long_sizeof));
    }
    t
}

fn add_all(ty: &Rc<PyType>, name: &'static str, methods: &[(&'static str, NativeFn)]) {
    crate::builtins::add_methods(ty, name, methods);
}

/// Fills the number types' dicts.
pub fn register(vm: &mut Vm) {
    let ty = &vm.types;
    let t = (
        ty.int.clone(),
        ty.long.clone(),
        ty.float.clone(),
        ty.complex.clone(),
        ty.bool.clone(),
    );
    add_all(&t.0, "int", &table::<INT>());
    add_all(&t.1, "long", &table::<LONG>());
    add_all(&t.2, "float", &table::<FLOAT>());
    add_all(&t.3, "complex", &table::<COMPLEX>());
    add_all(
        &t.4,
        "bool",
        &[
            ("__and__", and_::<BOOL> as NativeFn),
            ("__rand__", rand::<BOOL>),
            ("__xor__", xor::<BOOL>),
            ("__rxor__", rxor::<BOOL>),
            ("__or__", or_::<BOOL>),
            ("__ror__", ror::<BOOL>),
        ],
    );
    let getsets: [(&Rc<PyType>, &[&str]); 4] = [
        (&t.0, &["real", "imag", "numerator", "denominator"]),
        (&t.1, &["real", "imag", "numerator", "denominator"]),
        (&t.2, &["real", "imag"]),
        (&t.3, &["real", "imag"]),
    ];
    for (ty, names) in getsets {
        for &name in names {
            // `complex`'s are members (`complex_members`), the others getsets.
            let owner = ty.name();
            let doc = super::typedocs::METHOD_DOCS
                .iter()
                .find(|(t, n, _)| *t == owner.as_str() && *n == name)
                .map(|(_, _, d)| *d);
            let d = if Rc::ptr_eq(ty, &t.3) {
                super::descrobject::new_builtin_member(vm, ty, name, doc)
            } else {
                super::descrobject::new_getset(vm, ty, name, doc)
            };
            ty.dict.set_str(name, d);
        }
    }
}

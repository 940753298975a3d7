//! The value every stack slot, variable and container holds (CPython:
//! `Include/object.h`).
//!
//! `None`, `bool`, `int` and `float` live inside the value itself, so
//! arithmetic and the value stack never allocate; every other object is
//! reference counted, which also gives CPython's deterministic lifetimes.

use std::rc::Rc;

use num_bigint::BigInt;

use super::bytearrayobject::PyByteArray;
use super::dictobject::PyDict;
use super::dictview::PyDictView;
use super::funcobject::{PyCell, PyFunction};
use super::iterobject::PyIter;
use super::listobject::PyList;
use super::methodobject::{BuiltinFunction, PyMethod};
use super::moduleobject::PyModule;
use super::rangeobject::PyXRange;
use super::setobject::PySet;
use super::sliceobject::PySlice;
use super::stringobject::PyStr;
use super::tupleobject::PyTuple;
use super::typeobject::{PyInstance, PyType};
use super::unicodeobject::PyUnicode;
use crate::builtins::fileobject::PyFile;
use crate::vm::code::CodeObject;
use crate::vm::frameobject::PyFrameObject;
use crate::vm::genobject::PyGenerator;
use crate::vm::traceback::PyTraceback;

/// A Python value.
///
/// Every payload is one integer or pointer word at the same offset (`bool`
/// as `Truth`, `float` as `F64` bits), so Rust passes and moves a `Value` as
/// two machine words in registers. A byte-sized or float payload made it an
/// aggregate copied through memory, where mixed-width stores and loads stall.
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(Truth),
    /// A Python 2 `int`: a C long.
    Int(i64),
    Float(F64),
    Long(Rc<BigInt>),
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Unicode(Rc<PyUnicode>),
    ByteArray(Rc<PyByteArray>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    /// `d.viewkeys()`, `d.viewvalues()`, `d.viewitems()`.
    DictView(Rc<PyDictView>),
    /// `set` and `frozenset`.
    Set(Rc<PySet>),
    Function(Rc<PyFunction>),
    /// A function written in Rust, or a method of a built-in type.
    Builtin(Rc<BuiltinFunction>),
    /// A bound or unbound method of a Python function.
    Method(Rc<PyMethod>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Module(Rc<PyModule>),
    Code(Rc<CodeObject>),
    Cell(Rc<PyCell>),
    Iter(Rc<PyIter>),
    Slice(Rc<PySlice>),
    XRange(Rc<PyXRange>),
    File(Rc<PyFile>),
    Traceback(Rc<PyTraceback>),
    /// A frame object (`tb_frame`, `sys._getframe()`).
    Frame(Rc<PyFrameObject>),
    Generator(Rc<PyGenerator>),
    /// `super(C, obj)`: attribute lookup that starts after `C` in `obj`'s MRO.
    Super(Rc<PySuper>),
}

/// A `super` object.
pub struct PySuper {
    pub class: Rc<super::typeobject::PyType>,
    pub obj: Value,
}

/// A `bool` held in a whole word (see `Value`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum Truth {
    False = 0,
    True = 1,
}

impl Truth {
    #[inline(always)]
    pub fn get(self) -> bool {
        self == Truth::True
    }
}

impl From<bool> for Truth {
    #[inline(always)]
    fn from(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

/// `True` is 1 and `False` 0, as numbers.
macro_rules! truth_as_number {
    ($($t:ty),*) => {$(
        impl From<Truth> for $t {
            #[inline(always)]
            fn from(t: Truth) -> $t {
                t as u64 as $t
            }
        }
    )*};
}
truth_as_number!(i64, usize, u8);

/// An `f64` held as its bits in an integer word (see `Value`).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub fn new(x: f64) -> F64 {
        F64(x.to_bits())
    }

    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl Value {
    #[inline(always)]
    pub fn float(x: f64) -> Value {
        Value::Float(F64::new(x))
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(Truth::from(b))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::from(s)))
    }

    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(Rc::new(PyStr::new(b.into())))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    pub fn long(n: BigInt) -> Value {
        Value::Long(Rc::new(n))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The address `id()` reports and `is` compares. Values held inline
    /// have no address; their identity is their value.
    pub fn id(&self) -> usize {
        fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
            Rc::as_ptr(rc) as *const u8 as usize
        }
        match self {
            Value::None => 0x1000,
            Value::NotImplemented => 0x1010,
            Value::Ellipsis => 0x1020,
            Value::Bool(b) => 0x1030 + usize::from(*b) * 0x10,
            Value::Int(i) => (*i as usize)
                .wrapping_mul(0x10)
                .wrapping_add(0x10_0000_0000),
            Value::Float(f) => (f.get().to_bits() as usize) | 1,
            Value::Long(x) => addr(x),
            Value::Complex(x) => addr(x),
            Value::Str(x) => addr(x),
            Value::Unicode(x) => addr(x),
            Value::ByteArray(x) => addr(x),
            Value::Tuple(x) => addr(x),
            Value::List(x) => addr(x),
            Value::Dict(x) => addr(x),
            Value::DictView(x) => addr(x),
            Value::Set(x) => addr(x),
            Value::Function(x) => addr(x),
            Value::Builtin(x) => addr(x),
            Value::Method(x) => addr(x),
            Value::Type(x) => addr(x),
            Value::Instance(x) => addr(x),
            Value::Module(x) => addr(x),
            Value::Code(x) => addr(x),
            Value::Cell(x) => addr(x),
            Value::Iter(x) => addr(x),
            Value::Slice(x) => addr(x),
            Value::XRange(x) => addr(x),
            Value::File(x) => addr(x),
            Value::Traceback(x) => addr(x),
            Value::Frame(x) => addr(x),
            Value::Generator(x) => addr(x),
            Value::Super(x) => addr(x),
        }
    }

    /// The built-in value an instance of a subclass of a built-in data
    /// type holds (`int(x)` of a subclass instance works on it).
    pub fn builtin_base(&self) -> Option<&Value> {
        match self {
            Value::Instance(i) => i.base(),
            _ => None,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.id() == other.id()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn values_stay_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    /// Instances are the most numerous objects of class-heavy programs;
    /// what only some have (a built-in value, slots) is boxed apart.
    #[test]
    fn instances_stay_small() {
        assert!(std::mem::size_of::<super::PyInstance>() <= 64);
    }

    #[test]
    fn values_are_two_words() {
        use super::{Truth, Value, F64};
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        assert_eq!(std::mem::size_of::<Truth>(), 8);
        assert_eq!(F64::new(-0.0).get().to_bits(), (-0.0f64).to_bits());
        assert!(F64::new(f64::NAN).get().is_nan());
        assert_eq!(i64::from(Truth::from(true)), 1);
    }
}

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
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// A Python 2 `int`: a C long.
    Int(i64),
    Float(f64),
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

impl Value {
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
            Value::Float(f) => (f.to_bits() as usize) | 1,
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
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
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
}

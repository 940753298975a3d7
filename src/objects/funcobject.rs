//! Functions and cells (CPython: `Objects/funcobject.c`, `Objects/cellobject.c`).

use std::cell::RefCell;
use std::rc::Rc;

use super::dictobject::PyDict;
use super::object::Value;
use super::tupleobject::PyTuple;
use crate::vm::code::CodeObject;

/// A function defined in Python: code plus the globals, defaults and closure
/// it was made with.
pub struct PyFunction {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Value>,
    pub defaults: RefCell<Option<Rc<PyTuple>>>,
    /// The cells of the free variables, in `co_freevars` order.
    pub closure: Option<Rc<PyTuple>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// Function attributes (`f.x = 1`).
    pub dict: Rc<PyDict>,
}

/// A cell: a variable shared between a function and the functions nested in it.
#[derive(Default)]
pub struct PyCell {
    pub value: RefCell<Option<Value>>,
}

impl PyCell {
    pub fn new(value: Option<Value>) -> PyCell {
        PyCell {
            value: RefCell::new(value),
        }
    }

    pub fn get(&self) -> Option<Value> {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Option<Value>) {
        *self.value.borrow_mut() = v;
    }
}

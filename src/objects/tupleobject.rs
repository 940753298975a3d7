//! `tuple` (CPython: `Objects/tupleobject.c`).

use super::object::Value;

pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl Drop for PyTuple {
    /// Items go last first, as `tupledealloc` releases them.
    fn drop(&mut self) {
        let mut items = std::mem::take(&mut self.items).into_vec();
        while items.pop().is_some() {}
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

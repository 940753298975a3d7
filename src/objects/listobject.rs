//! `list` (CPython: `Objects/listobject.c`).

use std::cell::{Ref, RefCell, RefMut};

use super::object::Value;

/// A list. Its items sit behind a `RefCell`; no borrow is held while Python
/// code runs (a comparison during `sort` may mutate the list).
pub struct PyList {
    items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    /// Items go last first, as `list_dealloc` releases them (the order in
    /// which their `__del__` methods run).
    fn drop(&mut self) {
        let mut items = std::mem::take(self.items.get_mut());
        while items.pop().is_some() {}
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A copy of the items, for iterating while Python code may run.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

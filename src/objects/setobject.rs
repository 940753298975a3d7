//! `set` and `frozenset` (CPython: `Objects/setobject.c`).

use std::cell::RefCell;

use indexmap::IndexSet;

use super::dictobject::Key;
use super::object::Value;

pub struct PySet {
    pub frozen: bool,
    table: RefCell<IndexSet<Key>>,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            frozen,
            table: RefCell::new(IndexSet::new()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, value: &Value, hash: i64) -> bool {
        self.table.borrow().contains(&Key { hash, value: value.clone() })
    }

    /// Adds an element; false if it was there already.
    pub fn add(&self, value: Value, hash: i64) -> bool {
        self.table.borrow_mut().insert(Key { hash, value })
    }

    pub fn remove(&self, value: &Value, hash: i64) -> bool {
        self.table.borrow_mut().shift_remove(&Key { hash, value: value.clone() })
    }

    pub fn entry_at(&self, pos: usize) -> Option<Value> {
        self.table.borrow().get_index(pos).map(|k| k.value.clone())
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table.borrow().iter().map(|k| (k.hash, k.value.clone())).collect()
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|k| k.value.clone()).collect()
    }

    pub fn clear(&self) {
        self.table.borrow_mut().clear();
    }

    pub fn pop_first(&self) -> Option<Value> {
        self.table.borrow_mut().shift_remove_index(0).map(|k| k.value)
    }

    pub fn copy(&self, frozen: bool) -> PySet {
        let s = PySet::new(frozen);
        for (h, v) in self.hashed_items() {
            s.add(v, h);
        }
        s
    }
}

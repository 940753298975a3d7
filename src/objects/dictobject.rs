//! `dict` (CPython: `Objects/dictobject.c`): a [`Table`] whose slots give
//! CPython 2.7's iteration order.
//!
//! Keys are compared with [`builtin_eq`]: Python's `==` for the built-in
//! types, identity for everything else.

use std::cell::RefCell;
use std::convert::Infallible;

use super::abstract_::builtin_eq;
use super::dicttable::{Identity, MemoryError, Table};
use super::object::Value;
use super::stringobject::PyStr;

impl Identity for Value {
    fn is_same(&self, other: &Value) -> bool {
        self.is(other)
    }
}

/// Key comparison for lookups that run no Python code.
fn eq(stored: &Value, key: &Value) -> Result<bool, Infallible> {
    Ok(builtin_eq(stored, key))
}

/// A failed allocation cannot happen for the sizes a program reaches; the
/// table reports it, and the dict then keeps its old slots.
fn eq_alloc(stored: &Value, key: &Value) -> Result<bool, MemoryError> {
    Ok(builtin_eq(stored, key))
}

#[derive(Default)]
pub struct PyDict {
    table: RefCell<Table<Value, Value>>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// A dict for a display of `n` items (`BUILD_MAP n`, `_PyDict_NewPresized`).
    pub fn presized(n: usize) -> PyDict {
        PyDict {
            table: RefCell::new(Table::presized(n).unwrap_or_default()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Value, hash: i64) -> Option<Value> {
        let table = self.table.borrow();
        let slot = table.find_pure(hash, |stored| stored.is(key) || builtin_eq(stored, key))?;
        table.entry_at(slot).map(|(_, _, v)| v.clone())
    }

    /// The value under a `str` key, without making a `str` object.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = super::hashing::hash_bytes(name.as_bytes());
        let table = self.table.borrow();
        let slot = table.find_pure(hash, |stored| match stored {
            Value::Str(s) => s.as_bytes() == name.as_bytes(),
            other => builtin_eq(other, &Value::str(name)),
        })?;
        table.entry_at(slot).map(|(_, _, v)| v.clone())
    }

    /// The value under a `str` key (the names of `LOAD_NAME` and friends).
    pub fn get_pystr(&self, name: &std::rc::Rc<PyStr>) -> Option<Value> {
        let table = self.table.borrow();
        let slot = table.find_pure(name.hash(), |stored| match stored {
            Value::Str(s) => std::rc::Rc::ptr_eq(s, name) || s.as_bytes() == name.as_bytes(),
            other => builtin_eq(other, &Value::Str(name.clone())),
        })?;
        table.entry_at(slot).map(|(_, _, v)| v.clone())
    }

    pub fn set(&self, key: Value, hash: i64, value: Value) {
        let mut table = self.table.borrow_mut();
        let _ = table.insert_pure(key, hash, value, builtin_eq);
    }

    pub fn set_str(&self, name: &str, value: Value) {
        self.set(
            Value::str(name),
            super::hashing::hash_bytes(name.as_bytes()),
            value,
        );
    }

    pub fn remove(&self, key: &Value, hash: i64) -> Option<Value> {
        let mut table = self.table.borrow_mut();
        let Ok(removed) = table.remove(key, hash, eq);
        removed.map(|(_, v)| v)
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        self.remove(
            &Value::str(name),
            super::hashing::hash_bytes(name.as_bytes()),
        )
    }

    pub fn clear(&self) {
        // The old slots are dropped after the borrow ends: dropping a value
        // may run Python code that looks at this dict.
        let old = self.table.borrow_mut().clear();
        drop(old);
    }

    /// The first entry at or after slot `from`, with its slot, for iterators.
    pub fn next_entry(&self, from: usize) -> Option<(usize, Value, Value)> {
        let table = self.table.borrow();
        let slot = table.next_active(from)?;
        let (_, k, v) = table.entry_at(slot)?;
        Some((slot, k.clone(), v.clone()))
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, v)| v.clone()).collect()
    }

    /// The entries with their stored hashes, in slot order.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        let table = self.table.borrow();
        let mut out = Vec::with_capacity(table.len());
        let mut from = 0;
        while let Some(slot) = table.next_active(from) {
            if let Some((h, k, v)) = table.entry_at(slot) {
                out.push((h, k.clone(), v.clone()));
            }
            from = slot + 1;
        }
        out
    }

    /// `d.copy()`, `dict(d)`.
    pub fn copy(&self) -> PyDict {
        let table = self.table.borrow();
        PyDict {
            table: RefCell::new(table.copy(eq_alloc).unwrap_or_default()),
        }
    }

    /// `d.update(other)` for a dict `other` (`PyDict_Merge`).
    pub fn update_from(&self, other: &PyDict) {
        if std::ptr::eq(self, other) {
            return;
        }
        let source = other.table.borrow();
        let _ = self.table.borrow_mut().update_from(&source, eq_alloc);
    }

    /// `d.popitem()`.
    pub fn pop_item(&self) -> Option<(Value, Value)> {
        self.table.borrow_mut().pop_item()
    }
}

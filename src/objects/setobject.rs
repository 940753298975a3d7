//! `set` and `frozenset` (CPython: `Objects/setobject.c`): a [`Table`] with
//! no values, ordered as CPython 2.7 orders it.

use std::cell::RefCell;
use std::convert::Infallible;

use super::abstract_::builtin_eq;
use super::dicttable::{MemoryError, Table};
use super::object::Value;

fn eq(stored: &Value, key: &Value) -> Result<bool, Infallible> {
    Ok(builtin_eq(stored, key))
}

fn eq_alloc(stored: &Value, key: &Value) -> Result<bool, MemoryError> {
    Ok(builtin_eq(stored, key))
}

pub struct PySet {
    pub frozen: bool,
    table: RefCell<Table<Value, ()>>,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            frozen,
            table: RefCell::new(Table::new()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// The number of slots of the hash table (`mask + 1`).
    pub fn table_size(&self) -> usize {
        self.table.borrow().size()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, value: &Value, hash: i64) -> bool {
        let table = self.table.borrow();
        table
            .find_pure(hash, |stored| stored.is(value) || builtin_eq(stored, value))
            .is_some()
    }

    /// Adds an element; false if it was there already.
    pub fn add(&self, value: Value, hash: i64) -> bool {
        let mut table = self.table.borrow_mut();
        matches!(table.insert(value, hash, (), eq_alloc), Ok(None))
    }

    pub fn remove(&self, value: &Value, hash: i64) -> bool {
        let Ok(removed) = self.table.borrow_mut().remove(value, hash, eq);
        removed.is_some()
    }

    /// The first element at or after slot `from`, with its slot, for iterators.
    pub fn next_entry(&self, from: usize) -> Option<(usize, Value)> {
        let table = self.table.borrow();
        let slot = table.next_active(from)?;
        let (_, k, _) = table.entry_at(slot)?;
        Some((slot, k.clone()))
    }

    /// The elements with their stored hashes, in slot order.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        let table = self.table.borrow();
        let mut out = Vec::with_capacity(table.len());
        let mut from = 0;
        while let Some(slot) = table.next_active(from) {
            if let Some((h, k, _)) = table.entry_at(slot) {
                out.push((h, k.clone()));
            }
            from = slot + 1;
        }
        out
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }

    pub fn clear(&self) {
        let old = self.table.borrow_mut().clear();
        drop(old);
    }

    /// `s.pop()`.
    pub fn pop_first(&self) -> Option<Value> {
        self.table.borrow_mut().pop_item().map(|(k, _)| k)
    }

    /// The slot of `key` (or where it would go), comparing with `eq`.
    pub(crate) fn lookup_slot<E>(
        &self,
        key: &Value,
        hash: i64,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(usize, bool), E> {
        super::dictobject::lookup_slot(&self.table, key, hash, eq)
    }

    /// Stores `key` in the slot a lookup just gave, then grows the table.
    pub(crate) fn store_slot(&self, slot: usize, key: Value, hash: i64) {
        super::dictobject::store_slot(&self.table, slot, key, hash, ());
    }

    /// Removes the element in `slot`.
    pub(crate) fn remove_slot(&self, slot: usize) -> Option<Value> {
        let removed = self.table.borrow_mut().remove_at(slot);
        removed.map(|(k, _)| k)
    }

    /// `s.copy()`, `set(s)`, `frozenset(s)`.
    pub fn copy(&self, frozen: bool) -> PySet {
        let table = self.table.borrow();
        PySet {
            frozen,
            table: RefCell::new(table.copy(eq_alloc).unwrap_or_default()),
        }
    }

    /// `s.update(t)` for a set `t` (`set_merge`).
    pub fn update_from(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let source = other.table.borrow();
        let _ = self.table.borrow_mut().update_from(&source, eq_alloc);
    }
}

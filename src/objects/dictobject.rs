//! `dict` (CPython: `Objects/dictobject.c`): a [`Table`] whose slots give
//! CPython 2.7's iteration order.
//!
//! The plain methods compare keys with [`builtin_eq`]: Python's `==` for
//! the built-in types, identity for everything else. The VM's `dict_*` and
//! `set_*` methods compare keys that may run Python code (instances, bound
//! methods, tuples holding them) with Python's `==`, holding no borrow of
//! the table while it runs (the probe API of [`super::dicttable`]).

use std::cell::RefCell;
use std::convert::Infallible;

use super::abstract_::builtin_eq;
use super::dicttable::{Identity, MemoryError, Step, Table};
use super::object::Value;
use super::setobject::PySet;
use super::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

/// Whether `==` with this value may run Python code.
pub fn needs_python_eq(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Method(_) => true,
        Value::Tuple(t) => t.items.iter().any(needs_python_eq),
        _ => false,
    }
}

/// Finds `key` in a table (`lookdict`): `(slot, true)` where it is, or
/// `(slot, false)` where it would go. `eq(stored, key)` runs with no
/// borrow of the table held.
pub(crate) fn lookup_slot<V, E>(
    table: &RefCell<Table<Value, V>>,
    key: &Value,
    hash: i64,
    mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
) -> Result<(usize, bool), E> {
    let mut probe = table.borrow().probe(hash);
    loop {
        let step = table.borrow().probe_next(&mut probe, key);
        match step {
            Step::Found(slot) => return Ok((slot, true)),
            Step::Vacant(slot) => return Ok((slot, false)),
            Step::Compare(stored) => {
                let equal = eq(&stored, key)?;
                probe.compared(equal);
            }
        }
    }
}

/// Stores `key` and `value` in the slot a lookup just gave, then grows the
/// table as CPython would; the replaced value, if any, comes back.
pub(crate) fn store_slot<V>(
    table: &RefCell<Table<Value, V>>,
    slot: usize,
    key: Value,
    hash: i64,
    value: V,
) -> Option<V> {
    let mut t = table.borrow_mut();
    let used_before = t.len();
    let old = t.store_at(slot, key, hash, value).ok().flatten();
    let _ = t.maybe_grow(used_before);
    old
}

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
    /// Whether a key whose `==` may run Python code was ever stored: until
    /// then, a lookup of a plain key needs no Python comparison.
    python_keys: std::cell::Cell<bool>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// A dict for a display of `n` items (`BUILD_MAP n`, `_PyDict_NewPresized`).
    pub fn presized(n: usize) -> PyDict {
        PyDict {
            table: RefCell::new(Table::presized(n).unwrap_or_default()),
            python_keys: std::cell::Cell::new(false),
        }
    }

    /// The number of slots of the hash table (`ma_mask + 1`).
    pub fn table_size(&self) -> usize {
        self.table.borrow().size()
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
        self.note_key(&key);
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
            python_keys: std::cell::Cell::new(self.python_keys.get()),
        }
    }

    /// `d.update(other)` for a dict `other` (`PyDict_Merge`).
    pub fn update_from(&self, other: &PyDict) {
        if std::ptr::eq(self, other) {
            return;
        }
        if other.python_keys.get() {
            self.python_keys.set(true);
        }
        let source = other.table.borrow();
        let _ = self.table.borrow_mut().update_from(&source, eq_alloc);
    }

    fn note_key(&self, key: &Value) {
        if needs_python_eq(key) {
            self.python_keys.set(true);
        }
    }

    /// Whether looking `key` up can do without Python comparisons.
    fn plain_lookup(&self, key: &Value) -> bool {
        !self.python_keys.get() && !needs_python_eq(key)
    }

    /// The slot of `key` (or where it would go), comparing with `eq`.
    pub(crate) fn lookup_slot<E>(
        &self,
        key: &Value,
        hash: i64,
        eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(usize, bool), E> {
        lookup_slot(&self.table, key, hash, eq)
    }

    /// `d.popitem()`.
    pub fn pop_item(&self) -> Option<(Value, Value)> {
        self.table.borrow_mut().pop_item()
    }
}

impl Vm {
    /// `stored == key` for a table lookup: Python's `==` when it may run
    /// Python code, else the built-in equality.
    pub fn key_eq(&mut self, stored: &Value, key: &Value) -> PyResult<bool> {
        if needs_python_eq(stored) || needs_python_eq(key) {
            self.eq(stored, key)
        } else {
            Ok(builtin_eq(stored, key))
        }
    }

    /// `d[key]` without the KeyError (`PyDict_GetItem` with errors kept).
    pub fn dict_get(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if d.plain_lookup(key) {
            return Ok(d.get(key, hash));
        }
        let (slot, found) = d.lookup_slot(key, hash, |a, b| self.key_eq(a, b))?;
        if !found {
            return Ok(None);
        }
        let table = d.table.borrow();
        Ok(table.entry_at(slot).map(|(_, _, v)| v.clone()))
    }

    /// `d[key] = value` (`PyDict_SetItem`).
    pub fn dict_set(&mut self, d: &PyDict, key: Value, hash: i64, value: Value) -> PyResult<()> {
        if d.plain_lookup(&key) {
            d.set(key, hash, value);
            return Ok(());
        }
        d.note_key(&key);
        let (slot, _) = d.lookup_slot(&key, hash, |a, b| self.key_eq(a, b))?;
        // The old value is dropped after the table's borrow ends.
        let old = store_slot(&d.table, slot, key, hash, value);
        drop(old);
        Ok(())
    }

    /// `del d[key]`: the value removed, if the key was there.
    pub fn dict_remove(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if d.plain_lookup(key) {
            return Ok(d.remove(key, hash));
        }
        let (slot, found) = d.lookup_slot(key, hash, |a, b| self.key_eq(a, b))?;
        if !found {
            return Ok(None);
        }
        let removed = d.table.borrow_mut().remove_at(slot);
        Ok(removed.map(|(_, v)| v))
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(s.lookup_slot(key, hash, |a, b| self.key_eq(a, b))?.1)
    }

    /// `s.add(key)`; false if an equal element was there already.
    pub fn set_add_key(&mut self, s: &PySet, key: Value, hash: i64) -> PyResult<bool> {
        let (slot, found) = s.lookup_slot(&key, hash, |a, b| self.key_eq(a, b))?;
        if found {
            return Ok(false);
        }
        s.store_slot(slot, key, hash);
        Ok(true)
    }

    /// `s.discard(key)`; false if it was not there.
    pub fn set_discard(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<bool> {
        let (slot, found) = s.lookup_slot(key, hash, |a, b| self.key_eq(a, b))?;
        if !found {
            return Ok(false);
        }
        let removed = s.remove_slot(slot);
        Ok(removed.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probing_compares_stored_key_first_and_stores_in_the_vacant_slot() {
        let d = PyDict::new();
        d.set(Value::Int(1), 1, Value::str("one"));
        // A key of the same hash that is not the same object is compared.
        let mut seen = Vec::new();
        let r: Result<_, ()> = d.lookup_slot(&Value::Int(9), 1, |stored, key| {
            seen.push((stored.id(), key.id()));
            Ok(false)
        });
        let (slot, found) = r.unwrap();
        assert!(!found);
        assert_eq!(seen, vec![(Value::Int(1).id(), Value::Int(9).id())]);
        store_slot(&d.table, slot, Value::Int(9), 1, Value::str("nine"));
        assert_eq!(d.len(), 2);
        let r: Result<_, ()> = d.lookup_slot(&Value::Int(9), 1, |_, _| Ok(false));
        assert!(r.unwrap().1);
    }

    #[test]
    fn only_instances_and_methods_need_python_equality() {
        assert!(!needs_python_eq(&Value::Int(1)));
        assert!(!needs_python_eq(&Value::tuple(vec![Value::str("a")])));
        assert!(!needs_python_eq(&Value::None));
    }
}

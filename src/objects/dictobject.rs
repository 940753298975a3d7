//! `dict` (CPython: `Objects/dictobject.c`).

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use indexmap::IndexMap;

use super::object::Value;
use super::stringobject::PyStr;

/// A key with its Python hash, compared with Python's `==` for the built-in
/// types whose equality runs no Python code.
#[derive(Clone)]
pub struct Key {
    pub hash: i64,
    pub value: Value,
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && super::abstract_::builtin_eq(&self.value, &other.value)
    }
}

impl Eq for Key {}

/// A dict: entries in a table ordered as CPython 2.7 orders them.
#[derive(Default)]
pub struct PyDict {
    table: RefCell<IndexMap<Key, Value>>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Value, hash: i64) -> Option<Value> {
        let k = Key { hash, value: key.clone() };
        self.table.borrow().get(&k).cloned()
    }

    pub fn get_str(&self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        self.get(&key, super::hashing::hash_bytes(name.as_bytes()))
    }

    pub fn get_pystr(&self, name: &std::rc::Rc<PyStr>) -> Option<Value> {
        self.get(&Value::Str(name.clone()), name.hash())
    }

    pub fn set(&self, key: Value, hash: i64, value: Value) {
        let k = Key { hash, value: key };
        let mut table = self.table.borrow_mut();
        match table.get_mut(&k) {
            Some(slot) => *slot = value,
            None => {
                table.insert(k, value);
            }
        }
    }

    pub fn set_str(&self, name: &str, value: Value) {
        self.set(Value::str(name), super::hashing::hash_bytes(name.as_bytes()), value);
    }

    pub fn remove(&self, key: &Value, hash: i64) -> Option<Value> {
        let k = Key { hash, value: key.clone() };
        self.table.borrow_mut().shift_remove(&k)
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        self.remove(&Value::str(name), super::hashing::hash_bytes(name.as_bytes()))
    }

    pub fn clear(&self) {
        self.table.borrow_mut().clear();
    }

    /// The entry at a position of the iteration order, for iterators.
    pub fn entry_at(&self, pos: usize) -> Option<(Value, Value)> {
        self.table.borrow().get_index(pos).map(|(k, v)| (k.value.clone(), v.clone()))
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys().map(|k| k.value.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().values().cloned().collect()
    }

    /// The entries with their hashes, for copying without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.table.borrow().iter().map(|(k, v)| (k.hash, k.value.clone(), v.clone())).collect()
    }

    pub fn copy(&self) -> PyDict {
        let d = PyDict::new();
        for (h, k, v) in self.hashed_items() {
            d.set(k, h, v);
        }
        d
    }

    pub fn pop_first(&self) -> Option<(Value, Value)> {
        self.table.borrow_mut().shift_remove_index(0).map(|(k, v)| (k.value, v))
    }
}

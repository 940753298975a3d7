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
    /// A list with room for its items only (`PyList_New(n)`).
    pub fn new(mut items: Vec<Value>) -> PyList {
        items.shrink_to_fit();
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

    /// The number of items the list has room for (`allocated`).
    pub fn capacity(&self) -> usize {
        self.items.borrow().capacity()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `append`: room for one more item made as `list_resize` makes it.
    pub fn push(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            let n = items.len() + 1;
            set_capacity(&mut items, resized(n - 1, n));
        }
        items.push(v);
    }

    /// After the list's length changed (an item inserted or removed, a
    /// slice replaced), its room as `list_resize` would have left it.
    pub fn resized_to_len(&self, old_capacity: usize) {
        let mut items = self.items.borrow_mut();
        let n = items.len();
        set_capacity(&mut items, resized(old_capacity, n));
    }

    /// The room of a list made with room for `prealloc` items, then
    /// appended to past that (`str.split`'s `PREALLOC_SIZE`).
    pub fn preallocated(&self, prealloc: usize) {
        let mut items = self.items.borrow_mut();
        let mut alloc = prealloc;
        for size in prealloc..items.len() {
            if size >= alloc {
                alloc = resized(alloc, size + 1);
            }
        }
        set_capacity(&mut items, alloc);
    }

    /// Appends `new` as `listextend` does: room for the hint's number of
    /// items first (`None`: a list or tuple, whose size is exact), one
    /// `list_resize` per item past it, and a final trim.
    pub fn extend_hinted(&self, new: Vec<Value>, hint: Option<usize>) {
        let mut items = self.items.borrow_mut();
        let m = items.len();
        let n = new.len();
        let mut alloc = items.capacity();
        match hint {
            None if n == 0 => return,
            None => alloc = resized(alloc, m + n),
            Some(h) => {
                alloc = resized(alloc, m + h);
                let mut size = m;
                for _ in 0..n {
                    if size >= alloc {
                        alloc = resized(alloc, size + 1);
                    }
                    size += 1;
                }
                if size < alloc {
                    alloc = resized(alloc, size);
                }
            }
        }
        items.extend(new);
        let cap = alloc.max(items.len());
        set_capacity(&mut items, cap);
    }

    /// A copy of the items, for iterating while Python code may run.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

/// The room `list_resize` leaves for `newsize` items in a list with room
/// for `allocated`: unchanged while it fits and is at least half used,
/// else `newsize` plus an eighth plus 3 (6 from nine items on).
pub fn resized(allocated: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= allocated >> 1 {
        return allocated;
    }
    if newsize == 0 {
        return 0;
    }
    newsize + (newsize >> 3) + if newsize < 9 { 3 } else { 6 }
}

/// Gives `items` room for exactly `cap` items (never fewer than it holds).
fn set_capacity(items: &mut Vec<Value>, cap: usize) {
    let cap = cap.max(items.len());
    if cap > items.capacity() {
        items.reserve_exact(cap - items.len());
    } else if cap < items.capacity() {
        items.shrink_to(cap);
    }
}

/// The room `split` and `rsplit` make at first (`PREALLOC_SIZE`): one
/// more than the most splits asked for, at most 12.
pub fn split_prealloc(maxsplit: Option<usize>) -> usize {
    maxsplit.map_or(12, |m| m.saturating_add(1).min(12))
}

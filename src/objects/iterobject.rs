//! Iterators over built-in containers and the iteration protocols (CPython:
//! `Objects/iterobject.c`, and the iterators of `listobject.c`, `dictobject.c`, …).

use std::cell::RefCell;
use std::rc::Rc;

use super::dictobject::PyDict;
use super::object::Value;
use super::setobject::PySet;

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// A list, tuple, str or unicode, walked by index (the length is checked
    /// at each step, as `listiterator` does).
    Seq {
        seq: Value,
        index: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        part: DictPart,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    /// The old protocol: `__getitem__(0)`, `__getitem__(1)`, … until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: i64,
    },
    /// `str._formatter_parser()` (`fields` false) or the accessors of
    /// `str._formatter_field_name_split()` (`fields` true).
    Format {
        text: Rc<[u32]>,
        unicode: bool,
        fields: bool,
        pos: usize,
    },
    Exhausted,
}

pub struct PyIter {
    pub kind: &'static str,
    pub state: RefCell<IterState>,
}

impl PyIter {
    /// A new iterator value.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(kind: &'static str, state: IterState) -> Value {
        Value::Iter(Rc::new(PyIter {
            kind,
            state: RefCell::new(state),
        }))
    }
}

/// The methods every built-in iterator has: `next` and `__iter__`.
pub const METHODS: &[(&str, super::methodobject::NativeFn)] =
    &[("next", iter_next), ("__iter__", iter_self)];

fn iter_next(
    vm: &mut crate::vm::Vm,
    args: super::methodobject::Args,
) -> crate::vm::PyResult<Value> {
    let it = args.args.first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn iter_self(
    _vm: &mut crate::vm::Vm,
    args: super::methodobject::Args,
) -> crate::vm::PyResult<Value> {
    Ok(args.args.into_iter().next().unwrap_or(Value::None))
}

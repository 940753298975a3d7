//! Built-in functions and methods (CPython: `Objects/methodobject.c`,
//! `Objects/descrobject.c`) and bound methods (`Objects/classobject.c`).

use super::object::Value;
use crate::vm::{PyResult, Vm};

/// Positional and keyword arguments of a call.
#[derive(Default)]
pub struct Args {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
}

impl Args {
    pub fn positional(args: Vec<Value>) -> Args {
        Args {
            args,
            kwargs: Vec::new(),
        }
    }
}

/// The Rust function behind a built-in.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A function written in Rust. As a method of a built-in type it is stored
/// unbound in the type's dict and bound (with `self_`) on attribute access.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// The type a method belongs to, for reprs and unbound-call checks.
    pub owner: Option<&'static str>,
    /// The native module a function belongs to (`m_module`), set when the
    /// module is made: its `__module__`, and where its `__doc__` is found.
    pub module: std::cell::Cell<Option<&'static str>>,
}

/// A Python function bound to an instance (`im_self`), or unbound and tied
/// to a class (`im_class`).
pub struct PyMethod {
    pub func: Value,
    pub self_: Option<Value>,
    pub class: Value,
}

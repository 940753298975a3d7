//! A code object ready to run: the loaded [`Code`] plus its constants and
//! names as VM values, made once and shared by every frame that runs it.

use crate::objects::object::Truth;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::{Code, Const};
use crate::objects::dictobject::PyDict;
use crate::objects::object::Value;
use crate::objects::setobject::PySet;
use crate::objects::stringobject::PyStr;
use crate::objects::unicodeobject::PyUnicode;

pub struct CodeObject {
    pub code: Rc<Code>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    /// `co_cellvars + co_freevars`: the names `LOAD_DEREF` indexes.
    pub cell_names: Vec<Rc<PyStr>>,
}

thread_local! {
    /// Names shared by every code object, so that the same name in two
    /// functions is the same `str` object and namespace lookups match by
    /// identity first (CPython interns names the same way).
    static NAMES: std::cell::RefCell<std::collections::HashMap<Rc<str>, Rc<PyStr>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The interned `str` object for a name.
pub fn intern(name: &Rc<str>) -> Rc<PyStr> {
    NAMES.with(|names| {
        names
            .borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| Rc::new(PyStr::from(name.as_ref())))
            .clone()
    })
}

impl CodeObject {
    pub fn new(code: Rc<Code>) -> Rc<CodeObject> {
        let interned = |names: &[Rc<str>]| -> Vec<Rc<PyStr>> { names.iter().map(intern).collect() };
        Rc::new(CodeObject {
            consts: code.consts.iter().map(const_value).collect(),
            names: interned(&code.names),
            varnames: interned(&code.varnames),
            cell_names: interned(
                &code
                    .cellvars
                    .iter()
                    .chain(&code.freevars)
                    .cloned()
                    .collect::<Vec<_>>(),
            ),
            code,
        })
    }

    pub fn name(&self) -> &str {
        &self.code.name
    }
}

/// The VM value of a marshalled constant.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::True => Value::Bool(Truth::True),
        Const::False => Value::Bool(Truth::False),
        Const::StopIteration => Value::None,
        Const::Ellipsis => Value::Ellipsis,
        Const::Int(i) => Value::Int(*i),
        Const::Long(l) => Value::Long(Rc::new(BigInt::clone(l))),
        Const::Float(f) => Value::float(*f),
        Const::Complex(re, im) => Value::Complex(Rc::new((*re, *im))),
        Const::Str(s) => Value::bytes(s),
        Const::Unicode(u) => Value::Unicode(Rc::new(PyUnicode::new(u.to_vec().into()))),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::List(items) => Value::list(items.iter().map(const_value).collect()),
        Const::Dict(items) => {
            let d = PyDict::new();
            for (k, v) in items.iter() {
                let key = const_value(k);
                let hash = crate::objects::abstract_::builtin_hash(&key).unwrap_or(0);
                d.set(key, hash, const_value(v));
            }
            Value::Dict(Rc::new(d))
        }
        Const::Set(items) | Const::FrozenSet(items) => {
            let s = PySet::new(matches!(c, Const::FrozenSet(_)));
            for item in items.iter() {
                let v = const_value(item);
                let hash = crate::objects::abstract_::builtin_hash(&v).unwrap_or(0);
                s.add(v, hash);
            }
            Value::Set(Rc::new(s))
        }
        Const::Code(code) => Value::Code(CodeObject::new(code.clone())),
    }
}

//! Modules (CPython: `Objects/moduleobject.c`).

use std::rc::Rc;

use super::dictobject::PyDict;

pub struct PyModule {
    pub name: String,
    pub dict: Rc<PyDict>,
}

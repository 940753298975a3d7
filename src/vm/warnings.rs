//! Warnings (CPython: `Python/_warnings.c`), as far as the interpreter
//! itself issues them: the default filters and their display.
//!
//! With no `-W` options 2.7 ignores `DeprecationWarning`,
//! `PendingDeprecationWarning`, `ImportWarning` and `BytesWarning`, and shows
//! every other warning once per location: the registry is the
//! `__warningregistry__` dict of the warning frame's globals, keyed by
//! `(text, category, lineno)`. A shown warning goes to standard error as
//! `FILE:LINE: Category: text`, then the source line indented by two spaces.

use std::rc::Rc;

use crate::objects::dictobject::PyDict;
use crate::objects::object::Value;
use crate::objects::typeobject::PyType;
use crate::vm::traceback::source_line;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `PyErr_Warn(category, text)` from native code, attributed to the
    /// running Python frame.
    pub fn warn(&mut self, category: &Rc<PyType>, text: &str) -> PyResult<()> {
        let ignored = [
            &self.exc.deprecation_warning,
            &self.exc.pending_deprecation_warning,
            &self.exc.import_warning,
            &self.exc.bytes_warning,
        ]
        .iter()
        .any(|c| category.is_subtype(c));
        if ignored {
            return Ok(());
        }
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        let lineno = frame.lineno();
        let globals = frame.globals.clone();
        let filename = match globals.get_str("__file__") {
            Some(Value::Str(f)) => {
                let mut name = f.to_text().into_owned();
                if name.ends_with(".pyc") || name.ends_with(".pyo") {
                    name.pop();
                }
                name
            }
            _ => frame.code.code.filename.to_string(),
        };
        let registry = match globals.get_str("__warningregistry__") {
            Some(Value::Dict(d)) => d,
            _ => {
                let d = Rc::new(PyDict::new());
                globals.set_str("__warningregistry__", Value::Dict(d.clone()));
                d
            }
        };
        let key = Value::tuple(vec![
            Value::str(text),
            Value::Type(category.clone()),
            Value::Int(lineno),
        ]);
        let hash = self.hash(&key)?;
        if registry.get(&key, hash).is_some() {
            return Ok(());
        }
        registry.set(key, hash, Value::Int(1));
        let name = category.name.borrow().clone();
        let mut shown = format!("{filename}:{lineno}: {name}: {text}\n");
        if let Some(line) = source_line(&filename, lineno) {
            shown.push_str(&format!("  {}\n", line.trim_end_matches(['\r', '\n'])));
        }
        self.stderr.write_bytes(shown.as_bytes());
        Ok(())
    }
}

//! `import` (CPython: `Python/import.c`): the built-in modules for now.

use std::rc::Rc;

use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `IMPORT_NAME`: the module (for `import a.b`, the top package).
    pub fn import_name(
        &mut self,
        name: &Rc<PyStr>,
        _fromlist: Value,
        _level: Value,
    ) -> PyResult<Value> {
        let text = name.to_text().into_owned();
        if let Some(m) = self.modules.get_pystr(name) {
            return Ok(m);
        }
        let module = crate::builtins::builtin_module(self, &text);
        match module {
            Some(m) => {
                let v = Value::Module(m);
                self.modules
                    .set(Value::Str(name.clone()), name.hash(), v.clone());
                Ok(v)
            }
            None => Err(self.new_error(
                &self.exc.import_error.clone(),
                format!(
                    "No module named {}",
                    text.split('.').next_back().unwrap_or(&text)
                ),
            )),
        }
    }

    /// `from m import *`: the module's public names into the current namespace.
    pub fn import_star(&mut self, module: Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(self.type_error("import * expects a module"));
        };
        let frame = self
            .frames
            .last()
            .ok_or_else(|| self.system_error("no frame"))?;
        let ns = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        for (k, v) in m.dict.items() {
            if let Value::Str(s) = &k {
                if s.as_bytes().starts_with(b"_") {
                    continue;
                }
                ns.set(k.clone(), s.hash(), v);
            }
        }
        Ok(())
    }

    /// `exec code in globals, locals`: only code objects can run until
    /// glasspy compiles source itself.
    pub fn exec_stmt(&mut self, code: Value, globals: Value, locals: Value) -> PyResult<()> {
        let Value::Code(code) = code else {
            return Err(self.new_error(
                &self.exc.not_implemented_error.clone(),
                "exec of source text needs a compiler, which glasspy does not have yet",
            ));
        };
        let frame = self
            .frames
            .last()
            .ok_or_else(|| self.system_error("no frame"))?;
        let (globals, locals) = match (globals, locals) {
            (Value::Dict(g), Value::Dict(l)) => (g, l),
            (Value::Dict(g), _) => (g.clone(), g),
            _ => (
                frame.globals.clone(),
                frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone()),
            ),
        };
        let builtins = self.builtins_for(&globals);
        let f = crate::vm::frame::Frame::new(code, globals, Some(locals), builtins);
        let base = self.frames.len();
        self.push_frame(f)?;
        self.run_frames(base)?;
        Ok(())
    }
}

/// A new module object with a fresh dict holding `__name__`.
pub fn new_module(name: &str) -> Rc<PyModule> {
    let m = Rc::new(PyModule {
        name: name.to_string(),
        dict: Rc::new(crate::objects::dictobject::PyDict::new()),
    });
    m.dict.set_str("__name__", Value::str(name));
    m.dict.set_str("__doc__", Value::None);
    m
}

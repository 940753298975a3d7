//! `import` (CPython: `Python/import.c`): modules found on `sys.path` and in
//! packages, loaded from `.py` and `.pyc` files, and the built-in modules.
//!
//! The functions follow `import.c`'s own: `import_module_level` splits a
//! dotted name and `load_next` imports it one component at a time through
//! `import_submodule`, which looks in `sys.modules`, then `find_module`s the
//! component on the parent package's `__path__` (or `sys.path`) and
//! `load_module`s it. Python 2's implicit relative imports (`level` -1) try
//! the name inside the current package first and record a miss there as
//! `None` in `sys.modules`.

use crate::objects::object::Truth;
use std::path::Path;
use std::rc::Rc;

use crate::loader::ModuleCompileError;
use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::Args;
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

/// What `find_module` found for a name.
enum Found {
    /// A module glasspy implements natively.
    Builtin,
    /// `NAME.py`.
    Source(String),
    /// `NAME.pyc` without its source.
    Compiled(String),
    /// A directory `NAME` with an `__init__.py` or `__init__.pyc`.
    Package(String),
}

impl Vm {
    /// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`
    /// with the current frame's globals.
    pub fn import_name(
        &mut self,
        name: &Rc<PyStr>,
        fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let globals = self.frames.last().map(|f| f.globals.clone());
        let level = match level {
            Value::Int(n) => n,
            _ => -1,
        };
        let name = name.to_text().into_owned();
        self.import_module_level(&name, globals.as_ref(), &fromlist, level)
    }

    /// `PyImport_ImportModuleLevel`: the top package for `import a.b`, or
    /// `a.b` itself when there is a `fromlist`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: Option<&Rc<PyDict>>,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        if name.contains('/') {
            return Err(self.import_error("Import by filename is not supported."));
        }
        let (parent, mut fullname) = self.get_parent(globals, level)?;
        let alt = if level < 0 { None } else { parent.clone() };
        let mut rest = Some(name);
        let head = self.load_next(parent, alt, &mut rest, &mut fullname)?;
        let mut tail = head.clone();
        while rest.is_some() {
            tail = self.load_next(tail.clone(), tail, &mut rest, &mut fullname)?;
        }
        let (Some(head), Some(tail)) = (head, tail) else {
            return Err(self.value_error("Empty module name"));
        };
        let fromlist_given = match fromlist {
            Value::None => false,
            other => self.truthy(other)?,
        };
        if !fromlist_given {
            return Ok(head);
        }
        self.ensure_fromlist(&tail, fromlist, &fullname, false)?;
        Ok(tail)
    }

    /// The package a relative import starts from (`None` for an absolute
    /// import), and its name. Sets `__package__` in `globals` as CPython does.
    fn get_parent(
        &mut self,
        globals: Option<&Rc<PyDict>>,
        level: i64,
    ) -> PyResult<(Option<Value>, String)> {
        let Some(globals) = globals else {
            return Ok((None, String::new()));
        };
        if level == 0 {
            return Ok((None, String::new()));
        }
        let mut package = match globals.get_str("__package__") {
            Some(Value::None) | None => None,
            Some(Value::Str(s)) => Some(s.to_text().into_owned()),
            Some(_) => return Err(self.value_error("__package__ set to non-string")),
        };
        if package.as_deref() == Some("") {
            if level > 0 {
                return Err(self.value_error("Attempted relative import in non-package"));
            }
            return Ok((None, String::new()));
        }
        if package.is_none() {
            let modname = match globals.get_str("__name__") {
                Some(Value::Str(s)) => s.to_text().into_owned(),
                _ => return Ok((None, String::new())),
            };
            if globals.get_str("__path__").is_some() {
                // The `__init__` of a package: the package itself.
                globals.set_str("__package__", Value::str(&modname));
                package = Some(modname);
            } else {
                match modname.rfind('.') {
                    None if level > 0 => {
                        return Err(self.value_error("Attempted relative import in non-package"));
                    }
                    None => {
                        globals.set_str("__package__", Value::None);
                        return Ok((None, String::new()));
                    }
                    Some(dot) => {
                        let p = modname[..dot].to_string();
                        globals.set_str("__package__", Value::str(&p));
                        package = Some(p);
                    }
                }
            }
        }
        let mut package = package.unwrap_or_default();
        for _ in 1..level.max(1) {
            match package.rfind('.') {
                Some(dot) => package.truncate(dot),
                None => {
                    return Err(
                        self.value_error("Attempted relative import beyond toplevel package")
                    );
                }
            }
        }
        match self.modules.get_str(&package) {
            Some(parent) => Ok((Some(parent), package)),
            None if level < 1 => Ok((None, String::new())),
            None => Err(self.system_error(format!(
                "Parent module '{package}' not loaded, cannot perform relative import"
            ))),
        }
    }

    /// Imports the first component of `rest` inside `module` (then, for an
    /// implicit relative import, absolutely through `alt`), extends
    /// `fullname` by it and moves `rest` past it. `None` is Python's None:
    /// the parent of an absolute import, or a module recorded as missing.
    fn load_next(
        &mut self,
        module: Option<Value>,
        alt: Option<Value>,
        rest: &mut Option<&str>,
        fullname: &mut String,
    ) -> PyResult<Option<Value>> {
        let name = rest.unwrap_or("");
        if name.is_empty() {
            // `from . import x` and `__import__('')`.
            *rest = None;
            return Ok(module);
        }
        let (component, after) = match name.find('.') {
            Some(dot) => (&name[..dot], Some(&name[dot + 1..])),
            None => (name, None),
        };
        if component.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        if !fullname.is_empty() {
            fullname.push('.');
        }
        fullname.push_str(component);
        let mut result = self.import_submodule(module.as_ref(), component, fullname)?;
        let same = match (&module, &alt) {
            (Some(a), Some(b)) => a.is(b),
            (None, None) => true,
            _ => false,
        };
        if result.is_none() && !same {
            result = self.import_submodule(alt.as_ref(), component, component)?;
            if result.is_some() {
                // Remember that `package.component` is not there.
                self.modules.set_str(fullname, Value::None);
                fullname.replace_range(.., component);
            }
        }
        match result {
            Some(m) => {
                *rest = after;
                Ok(Some(m))
            }
            None => Err(self.import_error(format!("No module named {name}"))),
        }
    }

    /// The module `fullname`, from `sys.modules` or found inside `parent`
    /// (on `sys.path` when `parent` is `None`); `None` when there is none.
    fn import_submodule(
        &mut self,
        parent: Option<&Value>,
        subname: &str,
        fullname: &str,
    ) -> PyResult<Option<Value>> {
        if let Some(m) = self.modules.get_str(fullname) {
            return Ok(match m {
                Value::None => None,
                m => Some(m),
            });
        }
        let path = match parent {
            None => None,
            Some(p) => match self.getattr(p, &PyStr::named("__path__")) {
                Ok(path) => Some(path),
                Err(_) => return Ok(None),
            },
        };
        let Some(found) = self.find_module(fullname, subname, path)? else {
            return Ok(None);
        };
        let loaded = self.load_module(fullname, found);
        // The parent gets the submodule as an attribute, even when loading
        // it failed after it was entered in `sys.modules`.
        if let Some(p) = parent {
            let sub = match &loaded {
                Ok(m) => Some(m.clone()),
                Err(_) => self.modules.get_str(fullname),
            };
            if let Some(sub) = sub {
                match p {
                    Value::Module(pm) => pm.dict.set_str(subname, sub),
                    other => self.setattr(other, &PyStr::named(subname), Some(sub))?,
                }
            }
        }
        loaded.map(Some)
    }

    /// Where `subname` is: a built-in module (for a top-level name), else the
    /// first directory of `path` (or `sys.path`) holding a package, a `.py`
    /// or a `.pyc` of that name.
    fn find_module(
        &mut self,
        fullname: &str,
        subname: &str,
        path: Option<Value>,
    ) -> PyResult<Option<Found>> {
        let path = match path {
            Some(p) => p,
            None => {
                if crate::builtins::is_builtin_module(fullname) {
                    return Ok(Some(Found::Builtin));
                }
                self.sys.dict.get_str("path").unwrap_or(Value::None)
            }
        };
        let Value::List(entries) = path else {
            return Err(self.import_error("sys.path must be a list of directory names"));
        };
        for entry in entries.snapshot() {
            let Value::Str(dir) = entry else { continue };
            let dir = dir.to_text();
            let base = if dir.is_empty() {
                subname.to_string()
            } else if dir.ends_with('/') {
                format!("{dir}{subname}")
            } else {
                format!("{dir}/{subname}")
            };
            // A folder without `__init__` is passed over (CPython warns
            // with an ImportWarning, ignored by default).
            if Path::new(&base).is_dir()
                && ["__init__.py", "__init__.pyc"]
                    .iter()
                    .any(|f| Path::new(&base).join(f).is_file())
            {
                return Ok(Some(Found::Package(base)));
            }
            let source = format!("{base}.py");
            if Path::new(&source).is_file() {
                return Ok(Some(Found::Source(source)));
            }
            let compiled = format!("{base}.pyc");
            if Path::new(&compiled).is_file() {
                return Ok(Some(Found::Compiled(compiled)));
            }
        }
        Ok(None)
    }

    fn load_module(&mut self, fullname: &str, found: Found) -> PyResult<Value> {
        match found {
            Found::Builtin => {
                let m = crate::builtins::builtin_module(self, fullname)
                    .ok_or_else(|| self.import_error(format!("No module named {fullname}")))?;
                let v = Value::Module(m);
                self.modules.set_str(fullname, v.clone());
                Ok(v)
            }
            Found::Source(path) => self.load_source_module(fullname, &path),
            Found::Compiled(path) => {
                let code = self
                    .read_compiled_module(&path, None)?
                    .ok_or_else(|| self.import_error(format!("Bad magic number in {path}")))?;
                self.exec_code_module(fullname, code, &path)
            }
            Found::Package(dir) => {
                let m = self.add_module(fullname);
                m.dict.set_str("__file__", Value::str(&dir));
                m.dict
                    .set_str("__path__", Value::list(vec![Value::str(&dir)]));
                let init = format!("{dir}/__init__");
                if Path::new(&format!("{init}.py")).is_file() {
                    self.load_source_module(fullname, &format!("{init}.py"))
                } else {
                    let path = format!("{init}.pyc");
                    let code = self
                        .read_compiled_module(&path, None)?
                        .ok_or_else(|| self.import_error(format!("Bad magic number in {path}")))?;
                    self.exec_code_module(fullname, code, &path)
                }
            }
        }
    }

    /// `NAME.py`, run from `NAME.pyc` when that was compiled from this very
    /// source (same modification time), else compiled by CPython 2.7, with
    /// the `.pyc` written beside it as CPython writes it.
    fn load_source_module(&mut self, fullname: &str, path: &str) -> PyResult<Value> {
        let mtime = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs() as u32)
            .ok_or_else(|| self.import_error(format!("unable to get file status from '{path}'")))?;
        let cpath = format!("{path}c");
        if let Some(code) = self.read_compiled_module(&cpath, Some(mtime))? {
            let filename: Rc<str> = Rc::from(path);
            let code = if code.filename == filename {
                code
            } else {
                Rc::new(code.with_filename(&filename))
            };
            return self.exec_code_module(fullname, code, &cpath);
        }
        let mut image = match crate::loader::compile_module(self.python27.as_deref(), path) {
            Ok(image) => image,
            Err(ModuleCompileError::Syntax(syntax)) => return Err(self.syntax_error_from(*syntax)),
            Err(ModuleCompileError::Failed(why)) => {
                return Err(self.import_error(format!("cannot compile {path}: {why}")));
            }
        };
        let code = crate::marshal::load_pyc(&image)
            .map_err(|e| self.import_error(format!("cannot compile {path}: {e}")))?
            .code;
        if !self.dont_write_bytecode() && image.len() >= 8 {
            image[4..8].copy_from_slice(&mtime.to_le_bytes());
            // As in CPython, a `.pyc` that cannot be written is no error.
            let _ = std::fs::write(&cpath, &image);
        }
        self.exec_code_module(fullname, code, path)
    }

    /// The code of a `.pyc`: `None` when the file is missing, or its magic
    /// number is not 2.7's, or (with `source_mtime`) it is stale.
    fn read_compiled_module(
        &mut self,
        path: &str,
        source_mtime: Option<u32>,
    ) -> PyResult<Option<Rc<crate::code::Code>>> {
        let Ok(data) = std::fs::read(path) else {
            return Ok(None);
        };
        if data.len() < 8
            || u16::from_le_bytes([data[0], data[1]]) != crate::marshal::MAGIC_27
            || data[2..4] != *b"\r\n"
        {
            return Ok(None);
        }
        let mtime = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
        if source_mtime.is_some_and(|m| m != mtime) {
            return Ok(None);
        }
        match crate::marshal::load_pyc(&data) {
            Ok(pyc) => Ok(Some(pyc.code)),
            Err(e) => Err(self.import_error(format!("bad compiled module {path}: {e}"))),
        }
    }

    /// `sys.dont_write_bytecode`.
    fn dont_write_bytecode(&self) -> bool {
        !matches!(
            self.sys.dict.get_str("dont_write_bytecode"),
            None | Some(Value::Bool(Truth::False))
        )
    }

    /// `PyImport_AddModule`: the module `name` of `sys.modules`, made and
    /// entered there when there is none.
    fn add_module(&mut self, name: &str) -> Rc<PyModule> {
        if let Some(Value::Module(m)) = self.modules.get_str(name) {
            return m;
        }
        let m = new_module(name);
        self.modules.set_str(name, Value::Module(m.clone()));
        m
    }

    /// `PyImport_ExecCodeModuleEx`: runs `code` in module `name` with
    /// `__file__` set; on an error the module leaves `sys.modules`.
    fn exec_code_module(
        &mut self,
        name: &str,
        code: Rc<crate::code::Code>,
        pathname: &str,
    ) -> PyResult<Value> {
        let m = self.add_module(name);
        if m.dict.get_str("__builtins__").is_none() {
            let builtins = self.modules.get_str("__builtin__").unwrap_or(Value::None);
            m.dict.set_str("__builtins__", builtins);
        }
        m.dict.set_str("__file__", Value::str(pathname));
        let builtins = self.builtins_for(&m.dict);
        let frame = crate::vm::frame::Frame::new(
            crate::vm::code::CodeObject::new(code),
            m.dict.clone(),
            Some(m.dict.clone()),
            builtins,
        );
        let base = self.frames.len();
        let run = self.push_frame(frame).and_then(|_| self.run_frames(base));
        if let Err(e) = run {
            self.modules.remove_str(name);
            return Err(e);
        }
        self.modules.get_str(name).ok_or_else(|| {
            self.import_error(format!("Loaded module {name} not found in sys.modules"))
        })
    }

    /// For `from package import a, b`: imports each name the package does
    /// not have as an attribute as a submodule (`*` means its `__all__`).
    fn ensure_fromlist(
        &mut self,
        module: &Value,
        fromlist: &Value,
        fullname: &str,
        recursive: bool,
    ) -> PyResult<()> {
        if !self.hasattr(module, "__path__") {
            return Ok(());
        }
        for item in self.iterate(fromlist)? {
            let Value::Str(item) = item else {
                return Err(self.type_error("Item in ``from list'' not a string"));
            };
            if item.as_bytes().first() == Some(&b'*') {
                if recursive {
                    continue;
                }
                if let Ok(all) = self.getattr(module, &PyStr::named("__all__")) {
                    self.ensure_fromlist(module, &all, fullname, true)?;
                }
                continue;
            }
            let item = item.to_text().into_owned();
            if !self.hasattr(module, &item) {
                let sub = format!("{fullname}.{item}");
                self.import_submodule(Some(module), &item, &sub)?;
            }
        }
        Ok(())
    }

    /// `PyObject_HasAttrString`: any error means no.
    fn hasattr(&mut self, obj: &Value, name: &str) -> bool {
        self.getattr(obj, &PyStr::named(name)).is_ok()
    }

    fn import_error(&self, message: impl Into<String>) -> crate::vm::PyErr {
        self.new_error(&self.exc.import_error.clone(), message)
    }

    /// The `SyntaxError` (or `IndentationError`, `TabError`) CPython raises
    /// for a module whose source does not compile.
    fn syntax_error_from(&mut self, info: crate::loader::SyntaxErrorInfo) -> crate::vm::PyErr {
        use crate::vm::code::const_value;
        let typ = match info.kind.as_str() {
            "IndentationError" => self.exc.indentation_error.clone(),
            "TabError" => self.exc.tab_error.clone(),
            _ => self.exc.syntax_error.clone(),
        };
        let details = Value::tuple(vec![
            const_value(&info.filename),
            const_value(&info.lineno),
            const_value(&info.offset),
            const_value(&info.text),
        ]);
        let args = vec![const_value(&info.msg), details];
        let err = self.new_error_args(&typ, Value::tuple(vec![]));
        match crate::objects::exceptions::init_exception(self, &err.value, args) {
            Ok(()) => err,
            Err(e) => e,
        }
    }

    /// `reload(module)`: runs the module's file again in the same module.
    pub fn reload_module(&mut self, module: &Value) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(self.type_error("reload() argument must be module"));
        };
        let name = match m.dict.get_str("__name__") {
            Some(Value::Str(s)) => s.to_text().into_owned(),
            _ => return Err(self.system_error("nameless module")),
        };
        match self.modules.get_str(&name) {
            Some(v) if v.is(module) => {}
            _ => {
                return Err(
                    self.import_error(format!("reload(): module {name} not in sys.modules"))
                );
            }
        }
        let (subname, path) = match name.rfind('.') {
            None => (name.clone(), None),
            Some(dot) => {
                let parent_name = &name[..dot];
                let Some(parent) = self.modules.get_str(parent_name) else {
                    return Err(self.import_error(format!(
                        "reload(): parent {parent_name} not in sys.modules"
                    )));
                };
                let path = self.getattr(&parent, &PyStr::named("__path__")).ok();
                (name[dot + 1..].to_string(), path)
            }
        };
        let Some(found) = self.find_module(&name, &subname, path)? else {
            return Err(self.import_error(format!("No module named {subname}")));
        };
        match self.load_module(&name, found) {
            Ok(v) => Ok(v),
            Err(e) => {
                // The old module stays in `sys.modules`.
                self.modules.set_str(&name, module.clone());
                Err(e)
            }
        }
    }

    /// `from m import *`: the names of `m.__all__`, or else its public names,
    /// into the current namespace (`import_all_from`).
    pub fn import_star(&mut self, module: Value) -> PyResult<()> {
        let frame = self
            .frames
            .last()
            .ok_or_else(|| self.system_error("no frame"))?;
        let Some(ns) = frame.locals.clone() else {
            return Err(self.system_error("no locals found during 'import *'"));
        };
        let (names, skip_private) = match self.getattr(&module, &PyStr::named("__all__")) {
            Ok(all) => (self.iterate(&all)?, false),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                match self.getattr(&module, &PyStr::named("__dict__")) {
                    Ok(Value::Dict(d)) => (d.keys(), true),
                    _ => {
                        return Err(self
                            .import_error("from-import-* object has no __dict__ and no __all__"));
                    }
                }
            }
            Err(e) => return Err(e),
        };
        for name in names {
            let Value::Str(s) = &name else {
                return Err(self.type_error("attribute name must be string"));
            };
            if skip_private && s.as_bytes().first() == Some(&b'_') {
                continue;
            }
            let value = self.getattr(&module, s)?;
            ns.set(name.clone(), s.hash(), value);
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

/// `__import__(name, globals={}, locals={}, fromlist=[], level=-1)`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let mut slots: [Option<Value>; 5] = Default::default();
    if args.args.len() > 5 {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.args.len() + args.kwargs.len()
        )));
    }
    for (i, v) in args.args.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kwargs {
        let key = match &k {
            Value::Str(s) => s.to_text().into_owned(),
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        match NAMES.iter().position(|n| *n == key) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "Argument given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for this function"
                )));
            }
        }
    }
    let [name, globals, _locals, fromlist, level] = slots;
    let name = match name {
        Some(Value::Str(s)) => s.to_text().into_owned(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "__import__() argument 1 must be string, not {}",
                vm.type_name(&other)
            )));
        }
        None => {
            return Err(
                vm.type_error("__import__() takes at least 1 argument (0 given)".to_string())
            );
        }
    };
    let globals = match globals {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let level = match level {
        None => -1,
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    let fromlist = fromlist.unwrap_or(Value::None);
    vm.import_module_level(&name, globals.as_ref(), &fromlist, level)
}

/// `reload(module)`.
pub fn builtin_reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "reload", &args, 1, 1)?;
    vm.reload_module(&args.args[0])
}

/// A new module object with a fresh dict holding `__name__`, `__doc__` and
/// `__package__` (`PyModule_New`).
pub fn new_module(name: &str) -> Rc<PyModule> {
    let m = Rc::new(PyModule {
        name: name.to_string(),
        dict: Rc::new(crate::objects::dictobject::PyDict::new()),
    });
    m.dict.set_str("__name__", Value::str(name));
    m.dict.set_str("__doc__", Value::None);
    m.dict.set_str("__package__", Value::None);
    m
}

/// `sys.path` for a program started as `argv[0]`: the directory of the
/// script with symbolic links resolved (as CPython's `PySys_SetArgv` makes
/// it), then the entries of `PYTHONPATH`, each made absolute and kept once
/// (as `site.removeduppaths` leaves them). CPython's own library folders,
/// which follow in CPython, are not searched: glasspy's built-in modules
/// stand in for the library.
pub fn initial_sys_path(argv0: Option<&str>) -> Vec<String> {
    let first = match argv0 {
        None | Some("-c") => String::new(),
        Some(script) => {
            let full = std::fs::canonicalize(script)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| script.to_string());
            match full.rfind('/') {
                Some(0) => "/".to_string(),
                Some(i) => full[..i].to_string(),
                None => String::new(),
            }
        }
    };
    let mut path = vec![first];
    if let Some(extra) = std::env::var_os("PYTHONPATH") {
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        for entry in extra.to_string_lossy().split(':') {
            let entry = absolute_path(&cwd, entry);
            if !path.contains(&entry) {
                path.push(entry);
            }
        }
    }
    path
}

/// `os.path.abspath`: `path` joined to `cwd` and normalised (`.`, `..` and
/// repeated slashes removed), without resolving links.
fn absolute_path(cwd: &str, path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::absolute_path;

    #[test]
    fn absolute_paths_are_normalised_as_abspath_does() {
        assert_eq!(absolute_path("/w/repo", "lib"), "/w/repo/lib");
        assert_eq!(absolute_path("/w/repo", ""), "/w/repo");
        assert_eq!(absolute_path("/w/repo", "./a//b/../c/"), "/w/repo/a/c");
        assert_eq!(absolute_path("/w/repo", "/x/../../y"), "/y");
        assert_eq!(absolute_path("/", ".."), "/");
    }
}

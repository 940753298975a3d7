//! Calls (CPython: `ceval.c`'s `PyEval_EvalCodeEx`, `fast_function`,
//! `Objects/abstract.c`'s `PyObject_Call`): binding arguments to parameters
//! with CPython's exact error messages, and calls made from native code.

use std::rc::Rc;

use crate::objects::dictobject::PyDict;
use crate::objects::funcobject::{PyCell, PyFunction};
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::typeobject::PyInstance;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

pub const CO_VARARGS: u32 = 0x0004;
pub const CO_VARKEYWORDS: u32 = 0x0008;
pub const CO_NEWLOCALS: u32 = 0x0002;
pub const CO_OPTIMIZED: u32 = 0x0001;
pub const CO_GENERATOR: u32 = 0x0020;

/// What a call did: pushed a frame for Python code to run, or finished
/// (with the result).
pub enum Prepared {
    Pushed,
    Done(Value),
}

impl Vm {
    /// Calls any callable from native code and returns its result; Python
    /// code runs in a nested eval loop.
    pub fn call(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        self.enter_recursive(" while calling a Python object")?;
        if let Value::Method(m) = func {
            // A method object calls its function through PyObject_Call again.
            let mut args = args;
            match &m.self_ {
                Some(s) => args.args.insert(0, s.clone()),
                None => {
                    if let Err(e) = self.check_unbound_call(m, &args) {
                        self.native_depth -= 1;
                        return Err(e);
                    }
                }
            }
            let inner = m.func.clone();
            let r = self.call(&inner, args);
            self.native_depth -= 1;
            return r;
        }
        let base = self.frames.len();
        let r = match self.prepare_call(func, args) {
            Ok(Prepared::Done(v)) => Ok(v),
            Ok(Prepared::Pushed) => self.run_frames(base),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        r
    }

    /// `Py_EnterRecursiveCall`: one level deeper in native code, or the
    /// RuntimeError CPython gives at this place. Callers leave with
    /// `native_depth -= 1`.
    pub fn enter_recursive(&mut self, place: &str) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.runtime_error.clone(),
                format!("maximum recursion depth exceeded{place}"),
            ));
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn call0(&mut self, func: &Value) -> PyResult<Value> {
        self.call(func, Args::default())
    }

    pub fn call1(&mut self, func: &Value, arg: Value) -> PyResult<Value> {
        self.call(func, Args::positional(vec![arg]))
    }

    /// Pushes a frame, enforcing the recursion limit as CPython does on entry
    /// to a frame.
    pub fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.runtime_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Pushes the frame of a Python function called, or runs any other call.
    pub fn prepare_call(&mut self, func: &Value, mut args: Args) -> PyResult<Prepared> {
        match func {
            Value::Function(f) => {
                if f.code.code.flags & CO_GENERATOR != 0 {
                    let frame = self.bind_arguments(f, args)?;
                    return Ok(Prepared::Done(crate::vm::genobject::PyGenerator::new(
                        frame,
                    )));
                }
                self.push_function_frame(f, args)?;
                Ok(Prepared::Pushed)
            }
            Value::Method(m) => {
                match &m.self_ {
                    Some(s) => args.args.insert(0, s.clone()),
                    None => self.check_unbound_call(m, &args)?,
                }
                let inner = m.func.clone();
                self.prepare_call(&inner, args)
            }
            Value::Builtin(b) => {
                if let Some(s) = &b.self_ {
                    args.args.insert(0, s.clone());
                }
                self.call_builtin(b, args).map(Prepared::Done)
            }
            Value::Type(t) => {
                // A metaclass's own `__call__` runs instead of `type.__call__`.
                let meta_call = match &*t.meta.borrow() {
                    Some(meta) => match meta.lookup("__call__") {
                        Some(f @ Value::Function(_)) => Some(f),
                        _ => None,
                    },
                    None => None,
                };
                if let Some(f) = meta_call {
                    args.args.insert(0, func.clone());
                    return self.prepare_call(&f, args);
                }
                Ok(Prepared::Done(self.call_type(t, args)?))
            }
            Value::Instance(inst) if inst.class().is_classic() => {
                match self.classic_special(func, "__call__") {
                    Some(Ok(call)) => Ok(Prepared::Done(self.call(&call, args)?)),
                    Some(Err(e)) if !self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                        Err(e)
                    }
                    _ => Err(self.attribute_error(format!(
                        "{} instance has no __call__ method",
                        inst.class().name()
                    ))),
                }
            }
            Value::Instance(_) => {
                let name = crate::objects::stringobject::PyStr::from("__call__");
                match self.lookup_special(func, &name) {
                    Some(call) => Ok(Prepared::Done(self.call(&call, args)?)),
                    None => Err(self.not_callable(func)),
                }
            }
            _ => Err(self.not_callable(func)),
        }
    }

    /// Calls a built-in function; `args` starts with its `self`, if it is
    /// bound to one.
    #[inline]
    pub(crate) fn call_builtin(
        &mut self,
        b: &crate::objects::methodobject::BuiltinFunction,
        args: Args,
    ) -> PyResult<Value> {
        if let (Some(owner), Some(Value::Instance(inst))) = (b.owner, args.args.first()) {
            if let Some(base) = inst.base() {
                if crate::objects::typenew::owner_holds_value(owner)
                    && !crate::objects::containerwrappers::receives_instance(owner, b.name)
                {
                    return self.call_on_base_value(b, inst.clone(), base.clone(), args);
                }
            }
        }
        (b.func)(self, args)
    }

    /// A method of a built-in type called on an instance of a subclass:
    /// it works on the built-in value the instance holds, and where it
    /// returns that (mutable) value, the instance is returned instead.
    fn call_on_base_value(
        &mut self,
        b: &crate::objects::methodobject::BuiltinFunction,
        inst: Rc<crate::objects::typeobject::PyInstance>,
        base: Value,
        mut args: Args,
    ) -> PyResult<Value> {
        args.args[0] = base.clone();
        let r = (b.func)(self, args)?;
        let same = matches!(base, Value::List(_) | Value::Dict(_) | Value::Set(_)) && r.is(&base);
        if same {
            return Ok(Value::Instance(inst));
        }
        // A new set made from a set subclass's is of the subclass
        // (`make_new_set(Py_TYPE(so), ...)`), without running `__init__`.
        let makes_new_set = matches!(
            b.name,
            "__or__"
                | "__and__"
                | "__sub__"
                | "__xor__"
                | "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "copy"
        );
        if let (true, Value::Set(_), Value::Set(_)) = (makes_new_set, &base, &r) {
            let class = inst.class();
            return Ok(Value::Instance(Rc::new(PyInstance::with_base(class, r))));
        }
        Ok(r)
    }

    fn not_callable(&self, func: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(func)))
    }

    fn check_unbound_call(
        &mut self,
        m: &crate::objects::methodobject::PyMethod,
        args: &Args,
    ) -> PyResult<()> {
        let Value::Type(class) = &m.class else {
            return Ok(());
        };
        // `PyObject_IsInstance`: a classic instance by its class.
        let ok = match args.args.first() {
            Some(first) => self.class_of(first).is_subtype(class),
            None => false,
        };
        if ok {
            return Ok(());
        }
        let fname = match &m.func {
            Value::Function(f) => crate::objects::abstract_::function_name(f),
            _ => "?".to_string(),
        };
        let got = match args.args.first() {
            Some(first) => format!("{} instance", self.class_of(first).name()),
            None => "nothing".to_string(),
        };
        Err(self.type_error(format!(
            "unbound method {fname}() must be called with {} instance as first argument (got {got} instead)",
            class.name()
        )))
    }

    /// Binds arguments to a Python function's parameters and makes its frame
    /// (`PyEval_EvalCodeEx`), with CPython 2.7's messages for bad calls.
    pub fn bind_arguments(&mut self, f: &Rc<PyFunction>, args: Args) -> PyResult<Frame> {
        let mut frame = self.function_frame(f);
        match fill_arguments(&mut frame, f, args) {
            Ok(()) => Ok(frame),
            Err(e) => Err(self.bind_error(e)),
        }
    }

    /// Pushes the frame of a call to `f` with its arguments bound, building
    /// it in place on the frame stack.
    fn push_function_frame(&mut self, f: &Rc<PyFunction>, args: Args) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.runtime_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        let frame = self.function_frame(f);
        self.frames.push(frame);
        let top = self.frames.last_mut().expect("the frame just pushed");
        if let Err(e) = fill_arguments(top, f, args) {
            self.drop_top_frame();
            return Err(self.bind_error(e));
        }
        Ok(())
    }

    fn bind_error(&self, e: BindError) -> crate::vm::PyErr {
        match e {
            BindError::Type(m) => self.type_error(m),
            BindError::System(m) => self.system_error(m),
        }
    }

    /// A new frame for running `f`, its arguments not yet bound (`PyFrame_New`).
    #[inline]
    pub(crate) fn function_frame(&mut self, f: &Rc<PyFunction>) -> Frame {
        let co = &f.code.code;
        // Optimized functions keep locals in fast slots, class bodies get a
        // new dict, anything else runs in the globals.
        let locals = if co.flags & (CO_NEWLOCALS | CO_OPTIMIZED) == CO_NEWLOCALS | CO_OPTIMIZED {
            None
        } else if co.flags & CO_NEWLOCALS != 0 {
            Some(Rc::new(PyDict::new()))
        } else {
            Some(f.globals.clone())
        };
        // A frame with its caller's globals shares its builtins.
        let builtins = match self.frames.last() {
            Some(caller) if Rc::ptr_eq(&caller.globals, &f.globals) => caller.builtins.clone(),
            _ => self.builtins_for(&f.globals),
        };
        let spare = self.frame_buffers.spare();
        Frame::with_buffers(f.code.clone(), f.globals.clone(), locals, builtins, spare)
    }

    /// The builtins a function's globals use: `__builtins__` there, or the VM's.
    pub fn builtins_for(&self, globals: &Rc<PyDict>) -> Rc<PyDict> {
        match globals.get_str("__builtins__") {
            Some(Value::Module(m)) => m.dict.clone(),
            Some(Value::Dict(d)) => d,
            _ => self.builtins.clone(),
        }
    }

    /// `*args` in a call: any iterable, with CPython's message otherwise.
    pub fn star_args(&mut self, func: &Value, star: &Value) -> PyResult<Vec<Value>> {
        match star {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::List(l) => Ok(l.snapshot()),
            _ => match self.iterate(star) {
                Ok(items) => Ok(items),
                Err(e) if self.err_matches(&e, &self.exc.type_error.clone()) => Err(self
                    .type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_description(func),
                        self.type_name(star)
                    ))),
                Err(e) => Err(e),
            },
        }
    }

    /// `**kwargs` in a call: a mapping whose keys join the keyword arguments.
    pub fn star_kwargs(
        &mut self,
        func: &Value,
        map: &Value,
        kwargs: &mut Vec<(Value, Value)>,
    ) -> PyResult<()> {
        // A dict (or a dict subclass's own table) directly; another mapping
        // through its keys() and [] (`PyDict_Update` into a new dict).
        let d = match map.builtin_base().unwrap_or(map) {
            Value::Dict(d) => d.clone(),
            _ => {
                let d = Value::Dict(Rc::new(PyDict::new()));
                let keys = crate::objects::stringobject::PyStr::named("keys");
                let update = self.getattr(map, &keys).and_then(|_| {
                    crate::objects::dictmethods::update(
                        self,
                        &d,
                        Args::positional(vec![map.clone()]),
                    )
                });
                match update {
                    Ok(()) => {}
                    Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                        return Err(self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.callable_description(func),
                            self.type_name(map)
                        )));
                    }
                    Err(e) => return Err(e),
                }
                let Value::Dict(d) = d else {
                    return Err(self.system_error("** mapping"));
                };
                d
            }
        };
        for (k, v) in d.items() {
            if !matches!(k, Value::Str(_) | Value::Unicode(_)) {
                return Err(self.type_error(format!(
                    "{} keywords must be strings",
                    self.callable_description(func)
                )));
            }
            if kwargs
                .iter()
                .any(|(old, _)| crate::objects::abstract_::builtin_eq(old, &k))
            {
                let name = self.str_lossy(&k);
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{name}'",
                    self.callable_description(func)
                )));
            }
            kwargs.push((k, v));
        }
        Ok(())
    }

    /// `f()` for a function, as CPython's call errors name callables.
    pub fn callable_description(&self, func: &Value) -> String {
        match func {
            Value::Function(f) => format!("{}()", crate::objects::abstract_::function_name(f)),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Method(m) => self.callable_description(&m.func),
            Value::Type(t) => format!("{}()", t.name()),
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// A new, empty instance of a class made by a `class` statement.
    pub fn new_instance(&self, class: &Rc<crate::objects::typeobject::PyType>) -> Value {
        Value::Instance(Rc::new(PyInstance::new(class.clone())))
    }
}

/// Why arguments could not be bound: the exception to raise.
enum BindError {
    Type(String),
    System(&'static str),
}

/// Binds a call's arguments to the parameters of `f` in `frame`
/// (`PyEval_EvalCodeEx`), with CPython 2.7's messages for bad calls.
fn fill_arguments(frame: &mut Frame, f: &Rc<PyFunction>, args: Args) -> Result<(), BindError> {
    let co = &f.code.code;
    let co_name = &co.name;
    let argcount = co.argcount.max(0) as usize;
    let has_varargs = co.flags & CO_VARARGS != 0;
    let has_varkw = co.flags & CO_VARKEYWORDS != 0;
    let defaults = f.defaults.borrow().clone();
    let defaults: &[Value] = defaults.as_ref().map_or(&[], |d| &d.items);
    let defcount = defaults.len();
    let nargs = args.args.len();
    let nkw = args.kwargs.len();
    if frame.fast.len() < argcount + usize::from(has_varargs) + usize::from(has_varkw) {
        return Err(BindError::System(
            "bad code object: fewer local names than parameters",
        ));
    }

    if argcount > 0 || has_varargs || has_varkw {
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            frame.fast[argcount + usize::from(has_varargs)] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let mut positional = args.args.into_iter();
        let n = if nargs > argcount {
            if !has_varargs {
                return Err(BindError::Type(format!(
                    "{co_name}() takes {} {argcount} argument{} ({} given)",
                    if defcount > 0 { "at most" } else { "exactly" },
                    if argcount == 1 { "" } else { "s" },
                    nargs + nkw
                )));
            }
            argcount
        } else {
            nargs
        };
        for slot in frame.fast.iter_mut().take(n) {
            *slot = positional.next();
        }
        if has_varargs {
            frame.fast[argcount] = Some(Value::tuple(positional.collect()));
        }
        for (key, value) in args.kwargs {
            // A unicode keyword matches a parameter by its ASCII text.
            let kname: std::rc::Rc<crate::objects::stringobject::PyStr> = match &key {
                Value::Str(s) => s.clone(),
                Value::Unicode(u) => std::rc::Rc::new(crate::objects::stringobject::PyStr::from(
                    u.to_text().as_str(),
                )),
                _ => {
                    return Err(BindError::Type(format!(
                        "{co_name}() keywords must be strings"
                    )))
                }
            };
            let index = co
                .varnames
                .iter()
                .take(argcount)
                .position(|v| v.as_bytes() == kname.as_bytes());
            match index {
                Some(j) => {
                    if frame.fast[j].is_some() {
                        return Err(BindError::Type(format!(
                            "{co_name}() got multiple values for keyword argument '{}'",
                            kname.to_text()
                        )));
                    }
                    frame.fast[j] = Some(value);
                }
                None => match &kwdict {
                    Some(d) => {
                        let h = match &key {
                            Value::Unicode(u) => u.hash(),
                            _ => kname.hash(),
                        };
                        d.set(key, h, value);
                    }
                    None => {
                        return Err(BindError::Type(format!(
                            "{co_name}() got an unexpected keyword argument '{}'",
                            kname.to_text()
                        )))
                    }
                },
            }
        }
        if nargs < argcount {
            let m = argcount.saturating_sub(defcount);
            for i in nargs..m {
                if frame.fast[i].is_none() {
                    let given = frame.fast[..argcount]
                        .iter()
                        .filter(|v| v.is_some())
                        .count();
                    return Err(BindError::Type(format!(
                        "{co_name}() takes {} {m} argument{} ({given} given)",
                        if has_varargs || defcount > 0 {
                            "at least"
                        } else {
                            "exactly"
                        },
                        if m == 1 { "" } else { "s" },
                    )));
                }
            }
            let start = nargs.saturating_sub(m);
            for (i, def) in defaults.iter().enumerate().skip(start) {
                if frame.fast[m + i].is_none() {
                    frame.fast[m + i] = Some(def.clone());
                }
            }
        }
    } else if nargs > 0 || nkw > 0 {
        return Err(BindError::Type(format!(
            "{co_name}() takes no arguments ({} given)",
            nargs + nkw
        )));
    }

    // Cells for variables the nested functions use; an argument that is
    // also a cell variable starts with the argument's value.
    for (i, cellname) in co.cellvars.iter().enumerate() {
        if let Some(j) = co
            .varnames
            .iter()
            .take(argcount + usize::from(has_varargs) + usize::from(has_varkw))
            .position(|v| v == cellname)
        {
            frame.cells[i] = Rc::new(PyCell::new(frame.fast[j].clone()));
        }
    }
    if !co.freevars.is_empty() {
        let Some(closure) = &f.closure else {
            return Err(BindError::System(
                "bad code object: free variables but no closure",
            ));
        };
        for item in closure.items.iter() {
            match item {
                Value::Cell(c) => frame.cells.push(c.clone()),
                _ => return Err(BindError::System("bad closure: not a cell")),
            }
        }
    }
    Ok(())
}

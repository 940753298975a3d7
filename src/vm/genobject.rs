//! Generators (CPython: `Objects/genobject.c`): a suspended frame that
//! `next`, `send`, `throw` and `close` resume.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::object::Value;
use crate::vm::code::CodeObject;
use crate::vm::eval::Why;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};

pub struct PyGenerator {
    /// The suspended frame; `None` while it runs and once it has finished.
    pub frame: RefCell<Option<Frame>>,
    pub code: Rc<CodeObject>,
    pub running: Cell<bool>,
    /// Whether the frame has started (a fresh one only accepts `send(None)`).
    pub started: Cell<bool>,
}

impl Drop for PyGenerator {
    /// A generator dropped while paused inside `try` or `with` is closed
    /// (`gen_del`), so its `finally` blocks and `__exit__` methods run;
    /// elsewhere closing could run no code, so the frame is just freed.
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if !crate::vm::finalize::enabled() {
            return;
        }
        // While traced, every unfinished generator is closed as `gen_del`
        // closes it: the closing shows as call, exception and return events.
        let traced = crate::vm::tracing::is_traced();
        if !traced && (!self.started.get() || frame.blocks.is_empty()) {
            return;
        }
        let paused = PyGenerator {
            frame: RefCell::new(Some(frame)),
            code: self.code.clone(),
            running: Cell::new(false),
            started: Cell::new(self.started.get()),
        };
        crate::vm::finalize::enqueue(Value::Generator(Rc::new(paused)));
    }
}

impl PyGenerator {
    /// A new generator value around a frame that has not started.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(frame: Frame) -> Value {
        Value::Generator(Rc::new(PyGenerator {
            code: frame.code.clone(),
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
        }))
    }

    pub fn name(&self) -> &str {
        self.code.name()
    }
}

/// The methods of generator objects.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("next", gen_next),
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__iter__", gen_iter),
];

impl Vm {
    /// Resumes a generator: sends `value` in (or raises `exc` at the
    /// `yield`). `Ok(None)` means it finished.
    pub fn resume_generator(
        &mut self,
        g: &Rc<PyGenerator>,
        value: Value,
        exc: Option<PyErr>,
    ) -> PyResult<Option<Value>> {
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return match exc {
                Some(e) => Err(e),
                None => Ok(None),
            };
        };
        if g.started.get() {
            frame.stack.push(value);
        } else if !value.is_none() && exc.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        g.started.set(true);
        // A resumed generator is a new activation for a tracer (2.7 calls
        // the trace function with 'call' each time a generator resumes).
        frame.activation = 0;
        let base = self.frames.len();
        self.push_frame(frame)?;
        g.running.set(true);
        let result = match exc {
            Some(err) => match self.unwind(Why::Exception(err), base) {
                Some(r) => r,
                None => self.run_frames(base),
            },
            None => self.run_frames(base),
        };
        g.running.set(false);
        match (result, self.suspended.take()) {
            (Ok(v), Some(frame)) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(Some(v))
            }
            (Ok(_), None) => Ok(None),
            (Err(e), _) => Err(e),
        }
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyGenerator>> {
    match args.args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "next")?;
    crate::builtins::check_args(vm, "next", &Args::positional(args.args[1..].to_vec()), 0, 0)?;
    match vm.resume_generator(&g, Value::None, None)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "send")?;
    crate::builtins::check_args(vm, "send", &Args::positional(args.args[1..].to_vec()), 1, 1)?;
    match vm.resume_generator(&g, args.args[1].clone(), None)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "throw")?;
    let rest = args.args[1..].to_vec();
    crate::builtins::check_args(vm, "throw", &Args::positional(rest.clone()), 1, 3)?;
    let mut it = rest.into_iter();
    let typ = it.next().unwrap_or(Value::None);
    let value = it.next().unwrap_or(Value::None);
    let tb = match it.next() {
        Some(Value::Traceback(t)) => Some(t),
        Some(Value::None) | None => None,
        Some(_) => return Err(vm.type_error("throw() third argument must be a traceback object")),
    };
    let mut err = vm.make_exception(typ, value)?;
    err.tb = tb;
    if !g.started.get() {
        // A generator that never ran finishes at once with the exception.
        g.frame.borrow_mut().take();
        return Err(err);
    }
    match vm.resume_generator(&g, Value::None, Some(err))? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "close")?;
    // An unstarted generator's frame would only raise GeneratorExit at its
    // first instruction; that run is skipped unless a tracer would see it.
    let unstarted = !g.started.get() && !crate::vm::tracing::is_traced();
    if unstarted || g.frame.borrow().is_none() {
        g.frame.borrow_mut().take();
        return Ok(Value::None);
    }
    let exit = vm.exc.generator_exit.clone();
    let err = vm.new_error_args(&exit, Value::tuple(vec![]));
    match vm.resume_generator(&g, Value::None, Some(err)) {
        Ok(Some(_)) => Err(vm.new_error(
            &vm.exc.runtime_error.clone(),
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(Value::None),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit.clone())
                || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.into_iter().next().unwrap_or(Value::None))
}

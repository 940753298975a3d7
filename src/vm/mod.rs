//! The virtual machine: frames on a frame stack, the interpreter state, and
//! the errors that unwind it (CPython: `Python/ceval.c`, `Python/pystate.c`,
//! `Python/errors.c`).

pub mod call;
pub mod code;
pub mod describe;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod frameobject;
pub mod genobject;
pub mod import;
pub mod pythonrun;
pub mod replay;
pub mod traceback;
pub mod tracing;
pub mod warnings;

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::builtins::fileobject::PyFile;
use crate::objects::dictobject::PyDict;
use crate::objects::exceptions::ExceptionTypes;
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{PyInstance, PyType};
use crate::objects::types::BuiltinTypes;
use frame::Frame;
use traceback::PyTraceback;

/// An exception being raised: its class, its instance, and the traceback so far.
#[derive(Clone)]
pub struct PyErr {
    pub typ: Value,
    pub value: Value,
    pub tb: Option<Rc<PyTraceback>>,
}

pub type PyResult<T> = Result<T, PyErr>;

/// The interpreter state.
pub struct Vm {
    pub frames: Vec<Frame>,
    pub types: BuiltinTypes,
    pub exc: ExceptionTypes,
    pub builtins: Rc<PyDict>,
    pub sys: Rc<PyModule>,
    pub modules: Rc<PyDict>,
    pub recursion_limit: usize,
    /// `sys.getcheckinterval()`: kept for the program to read back; the
    /// loop's own periodic check does not depend on it.
    pub check_interval: i64,
    /// `sys.getdlopenflags()` (`RTLD_NOW` at first, as on Linux).
    pub dlopen_flags: i64,
    /// The exception being handled, as `sys.exc_info()` reports it.
    pub exc_info: Option<PyErr>,
    pub stdout: Rc<PyFile>,
    pub stderr: Rc<PyFile>,
    /// The containers whose repr is being computed (`Py_ReprEnter`), so a
    /// list that holds itself prints `[...]`.
    pub repr_stack: Vec<usize>,
    /// The frame of a generator that has just yielded, for its generator to keep.
    pub suspended: Option<Frame>,
    /// Buffers of finished frames, reused by new ones.
    pub frame_buffers: frame::BufferPool,
    /// Set by Ctrl-C (SIGINT); raises KeyboardInterrupt in the program.
    pub interrupt: Arc<AtomicBool>,
    /// Special method names the VM looks up often, made once.
    pub names: Names,
    /// Levels of native code between Python frames that count against the
    /// recursion limit (CPython's `recursion_depth` minus the frames).
    pub native_depth: usize,
    /// When set, the program stops with SystemError after this many more
    /// instructions (for runs that must end: tests of damaged bytecode).
    pub step_budget: Option<u64>,
    /// The CPython 2.7 named by `--python`, which compiles imported `.py`
    /// modules (else one is searched for as `crate::loader` describes).
    pub python27: Option<String>,
    /// The debugger or trace attached, if any (`src/vm/tracing.rs`).
    pub tracing: Option<Box<tracing::TraceState>>,
}

/// Special method names, as `str` objects with their hashes cached.
pub struct Names {
    pub init: Rc<PyStr>,
    pub getattr: Rc<PyStr>,
}

impl Names {
    fn new() -> Names {
        let name = |s: &str| {
            let n = Rc::new(PyStr::from(s));
            n.hash();
            n
        };
        Names {
            init: name("__init__"),
            getattr: name("__getattr__"),
        }
    }
}

/// How many instructions run between two looks at interrupts.
pub const CHECK_INTERVAL: u32 = 100;

thread_local! {
    /// Instructions left before the next look at interrupts and the step
    /// budget (CPython's `_Py_Ticker`); finalizers waiting to run bring the
    /// look forward to the next instruction.
    pub static TICKER: std::cell::Cell<u32> = const { std::cell::Cell::new(CHECK_INTERVAL) };
    /// What was left of the interval when the look was brought forward.
    static TICKER_RESUME: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Makes the eval loop call [`Vm::periodic_checks`] before its next
/// instruction (for finalizers), keeping the interval's count.
pub fn check_before_next_instruction() {
    let _ = TICKER.try_with(|t| {
        let left = t.get();
        if left > 1 {
            TICKER_RESUME.with(|r| r.set(left - 1));
            t.set(1);
        }
    });
}

impl Vm {
    /// A VM with `__builtin__`, `sys` and the standard streams, for a program
    /// started with `argv`.
    pub fn new(argv: Vec<String>) -> Vm {
        let types = BuiltinTypes::new();
        let exc = ExceptionTypes::new(&types);
        let stdout = Rc::new(PyFile::stdout());
        let stderr = Rc::new(PyFile::stderr());
        let builtins = Rc::new(PyDict::new());
        let modules = Rc::new(PyDict::new());
        let sys = Rc::new(PyModule {
            name: "sys".into(),
            dict: Rc::new(PyDict::new()),
        });
        let mut vm = Vm {
            frames: Vec::new(),
            types,
            exc,
            builtins,
            sys,
            modules,
            recursion_limit: 1000,
            check_interval: 100,
            dlopen_flags: 2,
            exc_info: None,
            stdout,
            stderr,
            repr_stack: Vec::new(),
            suspended: None,
            frame_buffers: frame::BufferPool::default(),
            interrupt: Arc::new(AtomicBool::new(false)),
            step_budget: None,
            python27: None,
            native_depth: 0,
            names: Names::new(),
            tracing: None,
        };
        crate::builtins::init(&mut vm, argv);
        vm
    }

    /// A new exception of class `typ` with one string argument.
    pub fn new_error(&self, typ: &Rc<PyType>, message: impl Into<String>) -> PyErr {
        let args = Value::tuple(vec![Value::str(&message.into())]);
        self.new_error_args(typ, args)
    }

    /// A new exception of class `typ` with these `args`.
    pub fn new_error_args(&self, typ: &Rc<PyType>, args: Value) -> PyErr {
        let inst = PyInstance::new(typ.clone());
        *inst.exc_args.borrow_mut() = Some(args);
        PyErr {
            typ: Value::Type(typ.clone()),
            value: Value::Instance(Rc::new(inst)),
            tb: None,
        }
    }

    pub fn type_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.type_error.clone(), message)
    }

    pub fn value_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.value_error.clone(), message)
    }

    pub fn index_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.index_error.clone(), message)
    }

    pub fn attribute_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.attribute_error.clone(), message)
    }

    pub fn zero_division_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.zero_division_error.clone(), message)
    }

    pub fn overflow_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.overflow_error.clone(), message)
    }

    pub fn system_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.system_error.clone(), message)
    }

    pub fn name_error(&self, message: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.name_error.clone(), message)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_error_args(&self.exc.key_error.clone(), Value::tuple(vec![key]))
    }

    pub fn stop_iteration(&self) -> PyErr {
        self.new_error_args(&self.exc.stop_iteration.clone(), Value::tuple(vec![]))
    }

    /// Every [`CHECK_INTERVAL`] instructions: a pending Ctrl-C becomes
    /// KeyboardInterrupt, and an exhausted step budget a SystemError.
    #[cold]
    pub fn periodic_checks(&mut self) -> PyResult<()> {
        // While traced this runs before every instruction: the common case
        // goes straight to the tracer.
        if self.tracing.is_some()
            && self.step_budget.is_none()
            && !finalize::pending()
            && !self.interrupt.load(Ordering::Relaxed)
        {
            // Python code the tracer runs (`print` in the debugger) counts
            // on from a fresh interval; the tracer sets what comes after.
            TICKER.with(|t| t.set(CHECK_INTERVAL));
            return self.trace_instruction();
        }
        // The interval restarts first: finalizers run Python code, whose
        // own loop counts on.
        let resume = TICKER_RESUME.with(|r| r.replace(0));
        let next = if resume > 0 {
            resume
        } else if self.tracing.is_some() {
            // While traced the loop comes here before every instruction.
            1
        } else {
            CHECK_INTERVAL
        };
        TICKER.with(|t| t.set(next));
        if finalize::pending() {
            self.run_finalizers();
        }
        if resume > 0 {
            // A look brought forward for finalizers: the interval goes on.
            return Ok(());
        }
        if self.interrupt.swap(false, Ordering::Relaxed) {
            let t = self.exc.keyboard_interrupt.clone();
            return Err(self.new_error_args(&t, Value::tuple(vec![])));
        }
        if let Some(left) = self.step_budget.as_mut() {
            *left = left.saturating_sub(u64::from(next).min(*left).max(1));
            if *left == 0 {
                // From now on every instruction raises, so no handler can keep
                // the program running.
                TICKER.with(|t| t.set(1));
                return Err(self.system_error("the instruction budget of this run is spent"));
            }
        }
        if self.tracing.is_some() {
            return self.trace_instruction();
        }
        Ok(())
    }

    /// Native work that runs no instruction but may repeat without end
    /// (each call a callable iterator makes: `list(iter(int, 1))`) counts
    /// against a run's step budget, so that a damaged program stops.
    pub fn charge_native_step(&mut self) -> PyResult<()> {
        if let Some(left) = self.step_budget.as_mut() {
            *left = left.saturating_sub(1);
            if *left == 0 {
                TICKER.with(|t| t.set(1));
                return Err(self.system_error("the instruction budget of this run is spent"));
            }
        }
        Ok(())
    }

    /// Whether `err` is an instance of exception class `typ` or a subclass.
    pub fn err_matches(&self, err: &PyErr, typ: &Rc<PyType>) -> bool {
        match &err.typ {
            Value::Type(t) => t.is_subtype(typ),
            _ => false,
        }
    }
}

//! Frame objects (CPython: the Python-visible side of
//! `Objects/frameobject.c`, and `sys._getframe`): what `tb.tb_frame`,
//! `sys._getframe()` and `f.f_back` give.
//!
//! A running [`Frame`] lives on the VM's frame stack, not behind an `Rc`,
//! so a frame object cannot point at it. Instead a frame gets one
//! [`PyFrameObject`] the first time a program could see it (a traceback
//! entry, `sys._getframe`, or the `f_back` of a frame above it), kept in
//! [`Frame::object`] so that the same frame always gives the same object
//! (`sys._getframe() is sys._getframe()`, as in CPython).
//!
//! What the object reports:
//! - While its frame runs, everything is read from the frame itself at each
//!   access: `f_lineno`, `f_lasti`, `f_locals`, `f_exc_*` are current.
//! - When the frame ends, its last instruction, its fast locals and its
//!   cells are moved into the object (only if something else still holds
//!   the object), so a finished frame reports its state at the moment it
//!   ended, as a finished CPython frame does. Cells stay shared, so a
//!   closure variable shows its current value.
//! - A generator's frame that has yielded reports the state it had at the
//!   `yield` (a copy taken then).
//!
//! `f_locals` of a function frame is one dict per frame object, refreshed
//! from the fast locals at each access (`PyFrame_FastToLocals`); writing to
//! it does not change the variables. Module and class frames give their
//! namespace dict itself.
//!
//! `f_back` is the caller's frame object, fixed when the object is made. A
//! generator's frame has the frame that resumed it as `f_back` while it
//! runs, and `None` otherwise (2.7's `gen_send_ex` clears it).
//!
//! A finished frame's `f_locals` leaves out the variables that hold the
//! frame object itself (see [`makes_cycle`]).
//!
//! Setting `f_exc_type`, `f_exc_value` or `f_exc_traceback` changes what
//! the object reports, not the exception the frame restores when it ends.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::dictobject::PyDict;
use crate::objects::funcobject::PyCell;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::code::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

const CO_OPTIMIZED: u32 = 0x0001;
/// `f_lasti` of a frame that has not run yet: -1 as a C int.
const NOT_STARTED: usize = usize::MAX;
const CO_GENERATOR: u32 = 0x0020;

/// The attributes of a frame object, as `dir()` lists them.
pub const ATTRIBUTES: &[&str] = &[
    "f_back",
    "f_builtins",
    "f_code",
    "f_exc_traceback",
    "f_exc_type",
    "f_exc_value",
    "f_globals",
    "f_lasti",
    "f_lineno",
    "f_locals",
    "f_restricted",
    "f_trace",
];

/// The part of a frame that changes as it runs, as it was when the frame
/// last stopped running (ended, or yielded).
#[derive(Default)]
struct Stopped {
    lasti: usize,
    fast: Vec<Option<Value>>,
    cells: Vec<Rc<PyCell>>,
}

/// A frame object (`PyFrameObject`).
pub struct PyFrameObject {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    /// The namespace of a module or class body (`None` for functions).
    namespace: Option<Rc<PyDict>>,
    /// The caller's frame object; `None` for the outermost frame and for
    /// generator frames (whose caller changes at each resumption).
    back: Option<Rc<PyFrameObject>>,
    /// Where the frame was on the frame stack when last found there.
    index: Cell<usize>,
    /// The frame has ended: only `stopped` describes it now.
    finished: Cell<bool>,
    stopped: RefCell<Stopped>,
    /// What few programs use, made on first use (most frame objects are
    /// made for a traceback entry and never looked at).
    extra: RefCell<Option<Box<Extra>>>,
}

#[derive(Default)]
struct Extra {
    /// The dict `f_locals` gives for a function frame.
    locals_dict: Option<Rc<PyDict>>,
    /// `f_trace`; `None` when unset.
    trace: Option<Value>,
    /// `f_exc_type`, `f_exc_value`, `f_exc_traceback` as assigned (a
    /// deleted one is `Some(None)`); unassigned ones come from the frame.
    exc_set: [Option<Value>; 3],
}

impl PyFrameObject {
    fn extra(&self) -> std::cell::RefMut<'_, Extra> {
        std::cell::RefMut::map(self.extra.borrow_mut(), |e| {
            &mut **e.get_or_insert_with(Box::default)
        })
    }

    /// `f_trace`.
    fn trace(&self) -> Value {
        self.extra().trace.clone().unwrap_or(Value::None)
    }

    fn is_generator(&self) -> bool {
        self.code.code.flags & CO_GENERATOR != 0
    }

    /// The frame's index on the frame stack while it runs.
    fn running_index(&self, vm: &Vm) -> Option<usize> {
        if self.finished.get() {
            return None;
        }
        let is_self = |f: &Frame| {
            f.object
                .as_ref()
                .is_some_and(|o| std::ptr::eq(o.as_ref(), self))
        };
        let i = self.index.get();
        if vm.frames.get(i).is_some_and(is_self) {
            return Some(i);
        }
        // A generator's frame runs wherever it is resumed.
        let i = vm.frames.iter().rposition(is_self)?;
        self.index.set(i);
        Some(i)
    }

    /// `f_lasti`.
    fn lasti(&self, vm: &Vm) -> usize {
        match self.running_index(vm) {
            Some(i) => vm.frames[i].lasti,
            None => self.stopped.borrow().lasti,
        }
    }

    /// `f_lineno`.
    fn lineno(&self, vm: &Vm) -> i64 {
        match self.lasti(vm) {
            NOT_STARTED => i64::from(self.code.code.firstlineno),
            lasti => self.code.code.addr_to_line(lasti),
        }
    }

    /// `f_locals` (`PyFrame_FastToLocals`).
    fn locals(&self, vm: &Vm) -> Rc<PyDict> {
        let dict = match &self.namespace {
            Some(ns) => ns.clone(),
            None => self
                .extra()
                .locals_dict
                .get_or_insert_with(|| Rc::new(PyDict::new()))
                .clone(),
        };
        let stopped = self.stopped.borrow();
        let (fast, cells) = match self.running_index(vm) {
            Some(i) => (&vm.frames[i].fast, &vm.frames[i].cells),
            None => (&stopped.fast, &stopped.cells),
        };
        let map = |name: &Rc<PyStr>, value: Option<Value>| {
            let key = Value::Str(name.clone());
            match value {
                Some(v) => dict.set(key, name.hash(), v),
                None => {
                    dict.remove(&key, name.hash());
                }
            }
        };
        if self.namespace.is_none() {
            for (name, v) in self.code.varnames.iter().zip(fast.iter()) {
                map(name, v.clone());
            }
        }
        let ncells = self.code.code.cellvars.len();
        let optimized = self.code.code.flags & CO_OPTIMIZED != 0;
        for (k, (name, cell)) in self.code.cell_names.iter().zip(cells.iter()).enumerate() {
            // The free variables of a class body are not its locals.
            if k < ncells || optimized {
                map(name, cell.get());
            }
        }
        dict
    }

    /// `f_back`.
    fn back(&self, vm: &mut Vm) -> Value {
        if !self.is_generator() {
            return self.back.clone().map_or(Value::None, Value::Frame);
        }
        match self.running_index(vm) {
            Some(i) if i > 0 => Value::Frame(vm.frame_object(i - 1)),
            _ => Value::None,
        }
    }

    /// `f_exc_type`, `f_exc_value`, `f_exc_traceback` (`which` 0, 1, 2):
    /// the exception the frame saved when it started handling one.
    fn exc(&self, vm: &Vm, which: usize) -> Value {
        if let Some(v) = &self.extra().exc_set[which] {
            return v.clone();
        }
        let Some(i) = self.running_index(vm) else {
            return Value::None;
        };
        match vm.frames[i].saved_exc.as_deref() {
            Some(Some(e)) => match which {
                0 => e.typ.clone(),
                1 => e.value.clone(),
                _ => e.tb.clone().map_or(Value::None, Value::Traceback),
            },
            _ => Value::None,
        }
    }
}

/// Whether keeping `v` in `obj` would make a reference cycle: `v` is the
/// frame object itself or one of its callees' (through `f_back`), a
/// traceback through the frame or one it called, or a tuple or list holding
/// one of those (`sys.exc_info()` kept in a variable).
///
/// glasspy has no cycle collector, so such a cycle would never be freed: a
/// function that keeps `sys.exc_info()[2]` or `sys._getframe()` in a
/// variable would leak its frame at every call. A finished frame's
/// `f_locals` leaves these variables out instead (CPython keeps them and
/// frees the cycle later).
fn makes_cycle(v: &Value, obj: &PyFrameObject) -> bool {
    let is_obj = |f: &Rc<PyFrameObject>| std::ptr::eq(f.as_ref(), obj);
    let direct = |v: &Value| match v {
        Value::Frame(f) => {
            let mut cur = Some(f);
            while let Some(f) = cur {
                if is_obj(f) {
                    return true;
                }
                cur = f.back.as_ref();
            }
            false
        }
        Value::Traceback(tb) => {
            let mut cur = Some(tb);
            while let Some(entry) = cur {
                if is_obj(&entry.frame) || entry.frame.back.as_ref().is_some_and(is_obj) {
                    return true;
                }
                cur = entry.next.as_ref();
            }
            false
        }
        _ => false,
    };
    match v {
        Value::Tuple(t) => t.items.iter().any(direct),
        Value::List(l) => l.snapshot().iter().any(direct),
        _ => direct(v),
    }
}

impl Stopped {
    /// The state of `frame` as `obj` keeps it, without the values that
    /// would make a cycle.
    fn of(frame: &Frame, fast: Vec<Option<Value>>, obj: &PyFrameObject) -> Stopped {
        let mut fast = fast;
        for slot in fast.iter_mut() {
            if slot.as_ref().is_some_and(|v| makes_cycle(v, obj)) {
                *slot = None;
            }
        }
        let cells = frame
            .cells
            .iter()
            .map(|c| match c.get() {
                Some(v) if makes_cycle(&v, obj) => Rc::new(PyCell::default()),
                _ => c.clone(),
            })
            .collect();
        Stopped {
            lasti: frame.lasti,
            fast,
            cells,
        }
    }
}

impl Frame {
    /// Called when the frame ends: its frame object, if anything else still
    /// holds it, keeps the frame's final state.
    #[inline(always)]
    pub fn finish_object(&mut self) {
        if self.object.is_some() {
            self.keep_final_state();
        }
    }

    #[cold]
    #[inline(never)]
    fn keep_final_state(&mut self) {
        let Some(obj) = self.object.take() else {
            return;
        };
        obj.finished.set(true);
        if Rc::strong_count(&obj) > 1 {
            let fast = std::mem::take(&mut self.fast);
            *obj.stopped.borrow_mut() = Stopped::of(self, fast, &obj);
        }
    }

    /// Called when a generator's frame yields: its frame object keeps a
    /// copy of the state it stops in.
    #[inline(always)]
    pub fn suspend_object(&self) {
        if let Some(obj) = &self.object {
            *obj.stopped.borrow_mut() = Stopped::of(self, self.fast.clone(), obj);
        }
    }
}

impl Vm {
    /// A generator's `gi_frame`: the frame object of its paused frame (or
    /// of its running one), `None` once it has finished.
    pub fn generator_frame(&mut self, g: &crate::vm::genobject::PyGenerator) -> Value {
        if let Some(frame) = g.frame.borrow_mut().as_mut() {
            if let Some(obj) = &frame.object {
                return Value::Frame(obj.clone());
            }
            let obj = Rc::new(PyFrameObject {
                code: frame.code.clone(),
                globals: frame.globals.clone(),
                builtins: frame.builtins.clone(),
                namespace: frame.locals.clone(),
                back: None,
                index: Cell::new(usize::MAX),
                finished: Cell::new(false),
                stopped: RefCell::new(Stopped::default()),
                extra: RefCell::new(None),
            });
            let mut stopped = Stopped::of(frame, frame.fast.clone(), &obj);
            if !g.started.get() {
                stopped.lasti = NOT_STARTED;
            }
            *obj.stopped.borrow_mut() = stopped;
            frame.object = Some(obj.clone());
            return Value::Frame(obj);
        }
        if g.running.get() {
            if let Some(i) = self
                .frames
                .iter()
                .rposition(|f| Rc::ptr_eq(&f.code, &g.code))
            {
                return Value::Frame(self.frame_object(i));
            }
        }
        Value::None
    }

    /// The frame object of the frame at `index` on the frame stack (which
    /// must exist), made on first use with those of its callers.
    pub fn frame_object(&mut self, index: usize) -> Rc<PyFrameObject> {
        let index = index.min(self.frames.len().saturating_sub(1));
        if let Some(obj) = &self.frames[index].object {
            return obj.clone();
        }
        // Frames below one that has an object have theirs already.
        let first = self.frames[..=index]
            .iter()
            .rposition(|f| f.object.is_some())
            .map_or(0, |i| i + 1);
        for i in first..=index {
            let back = match i {
                0 => None,
                _ => self.frames[i - 1].object.clone(),
            };
            let frame = &mut self.frames[i];
            let obj = Rc::new(PyFrameObject {
                code: frame.code.clone(),
                globals: frame.globals.clone(),
                builtins: frame.builtins.clone(),
                namespace: frame.locals.clone(),
                back: back.filter(|_| frame.code.code.flags & CO_GENERATOR == 0),
                index: Cell::new(i),
                finished: Cell::new(false),
                stopped: RefCell::new(Stopped::default()),
                extra: RefCell::new(None),
            });
            frame.object = Some(obj);
        }
        self.frames[index]
            .object
            .clone()
            .expect("frame objects were just made")
    }

    /// The attributes of a frame object.
    pub fn frame_getattr(&mut self, f: &Rc<PyFrameObject>, key: &str) -> Option<Value> {
        Some(match key {
            "f_code" => Value::Code(f.code.clone()),
            "f_globals" => Value::Dict(f.globals.clone()),
            "f_builtins" => Value::Dict(f.builtins.clone()),
            "f_locals" => Value::Dict(f.locals(self)),
            "f_lineno" => Value::Int(f.lineno(self)),
            "f_lasti" => Value::Int(f.lasti(self) as i64),
            "f_back" => f.back(self),
            "f_trace" => f.trace(),
            "f_restricted" => Value::bool(!Rc::ptr_eq(&f.builtins, &self.builtins)),
            "f_exc_type" => f.exc(self, 0),
            "f_exc_value" => f.exc(self, 1),
            "f_exc_traceback" => f.exc(self, 2),
            _ => return None,
        })
    }

    /// `f.name = value` (`del f.name` when `value` is `None`); `None` for a
    /// name the frame does not have.
    pub fn frame_setattr(
        &mut self,
        f: &Rc<PyFrameObject>,
        key: &str,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let exc_slot = match key {
            "f_exc_type" => Some(0),
            "f_exc_value" => Some(1),
            "f_exc_traceback" => Some(2),
            _ => None,
        };
        if let Some(k) = exc_slot {
            f.extra().exc_set[k] = Some(value.unwrap_or(Value::None));
            return Some(Ok(()));
        }
        Some(Err(match key {
            "f_trace" => {
                f.extra().trace = value.filter(|v| !v.is_none());
                return Some(Ok(()));
            }
            "f_lineno" => match value {
                None => self.attribute_error("cannot delete attribute"),
                Some(Value::Int(_) | Value::Bool(_)) => {
                    // glasspy runs no trace functions, so no jump is ever allowed.
                    if f.trace().is_none() {
                        self.value_error("f_lineno can only be set by a trace function")
                    } else {
                        self.value_error("can only jump from a 'line' trace event")
                    }
                }
                Some(_) => self.value_error("lineno must be an integer"),
            },
            "f_locals" | "f_restricted" => self.attribute_error(format!(
                "attribute '{key}' of 'frame' objects is not writable"
            )),
            "f_code" | "f_back" | "f_lasti" | "f_globals" | "f_builtins" => {
                self.type_error("readonly attribute")
            }
            _ => return None,
        }))
    }
}

/// `sys._getframe([depth])`: the frame object `depth` calls below the
/// current frame.
pub fn sys_getframe(vm: &mut Vm, args: crate::objects::methodobject::Args) -> PyResult<Value> {
    crate::builtins::check_parsed_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.args.first() {
        Some(v) => crate::objects::unicodemethods::int_arg(vm, v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    let index = n - 1 - depth.max(0);
    if index < 0 {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(Value::Frame(vm.frame_object(index as usize)))
}

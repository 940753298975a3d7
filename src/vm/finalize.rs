//! Finalizers (CPython: `typeobject.c`'s `slot_tp_del`, `genobject.c`'s
//! `gen_del`, `errors.c`'s `PyErr_WriteUnraisable`, and the clearing of
//! module namespaces at exit in `import.c`'s `PyImport_Cleanup`).
//!
//! Rust drops an object exactly where CPython's reference count reaches
//! zero, but a `Drop` cannot run Python code. So the `Drop` of an instance
//! whose class has `__del__` (or of a generator paused inside `try` or
//! `with`) moves the object's contents into a new object marked as
//! finalized and queues it; the eval loop runs the queue before its next
//! instruction (its periodic look is brought forward, so waiting costs the
//! loop nothing). `__del__` therefore runs between the same two instructions
//! as in CPython, and the object is freed for good when it is dropped again.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyErr, Vm};

thread_local! {
    static QUEUE: RefCell<VecDeque<Value>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Finalizers are queued only while a program runs in this thread.
    static ENABLED: Cell<bool> = const { Cell::new(false) };
}

/// Whether finalizers wait to run.
#[inline]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Whether a dropped object should be finalized rather than freed.
pub fn enabled() -> bool {
    ENABLED.try_with(Cell::get).unwrap_or(false)
}

/// Queues an object (resurrected by its `Drop`) for finalization.
pub fn enqueue(object: Value) {
    let queued = QUEUE.try_with(|q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.push_back(object);
            PENDING.with(|p| p.set(true));
            crate::vm::check_before_next_instruction();
            None
        }
        Err(_) => Some(object),
    });
    // Only reachable while the thread ends: the object is freed unfinalized.
    drop(queued);
}

fn take_batch() -> VecDeque<Value> {
    let batch = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    PENDING.with(|p| p.set(false));
    batch
}

impl Vm {
    /// Starts or stops finalization for this thread's program.
    pub fn enable_finalizers(&mut self, on: bool) {
        ENABLED.with(|e| e.set(on));
        if !on {
            drop(take_batch());
        }
    }

    /// Runs the queued finalizers, in the order their objects were dropped.
    /// Objects dropped while one runs are finalized inside it, as CPython
    /// would do at the moment their count reached zero.
    pub fn run_finalizers(&mut self) {
        while pending() {
            for object in take_batch() {
                self.finalize(object);
            }
        }
    }

    fn finalize(&mut self, object: Value) {
        // A finalizer neither sees nor disturbs the exception being handled.
        let saved = self.exc_info.take();
        match &object {
            Value::Instance(inst) => {
                let class = inst.class();
                if let Some(del) = class.lookup("__del__") {
                    let method = self.bind(del, object.clone(), Value::Type(class));
                    if let Err(e) = self.call(&method, Args::default()) {
                        self.write_unraisable(e, &method);
                    }
                }
            }
            Value::Generator(_) => {
                let close = self.getattr(&object, &PyStr::named("close"));
                if let Err(e) = close.and_then(|c| self.call(&c, Args::default())) {
                    self.write_unraisable(e, &object);
                }
            }
            _ => {}
        }
        self.exc_info = saved;
        self.sync_sys_exc();
    }

    /// `PyErr_WriteUnraisable`: `Exception Type: repr in <where> ignored`.
    pub fn write_unraisable(&mut self, err: PyErr, place: &Value) {
        let mut text = String::from("Exception ");
        if let Value::Type(t) = &err.typ {
            let module = t.module();
            if module != "exceptions" && !module.is_empty() && (t.heap || t.is_classic()) {
                text.push_str(&module);
                text.push('.');
            }
            text.push_str(&t.name());
        }
        if !err.value.is_none() {
            text.push_str(": ");
            match self.repr(&err.value) {
                Ok(r) => text.push_str(&r.to_text()),
                Err(_) => text.push_str("<object repr() failed>"),
            }
        }
        text.push_str(" in ");
        match self.repr(place) {
            Ok(r) => text.push_str(&r.to_text()),
            Err(_) => text.push_str("<object repr() failed>"),
        }
        text.push_str(" ignored\n");
        let stderr = self
            .sys
            .dict
            .get_str("stderr")
            .unwrap_or(Value::File(self.stderr.clone()));
        if self.write_to(&stderr, Value::str(&text)).is_err() {
            self.stderr.write_bytes(text.as_bytes());
        }
    }

    /// What `Py_Finalize` does to the program's modules before the process
    /// ends (`PyImport_Cleanup`): each namespace, `__main__` first, loses
    /// its names beginning with one underscore, then every other name but
    /// `__builtins__`, so that objects left there are finalized in that order.
    pub fn clear_modules_at_exit(&mut self) {
        self.run_finalizers();
        self.exc_info = None;
        self.run_finalizers();
        let mut order: Vec<Value> = Vec::new();
        if let Some(m) = self.modules.get_str("__main__") {
            order.push(m);
        }
        for (name, module) in self.modules.items() {
            let skip = matches!(&name, Value::Str(s) if matches!(s.as_bytes(), b"__main__" | b"sys" | b"__builtin__"));
            if !skip {
                order.push(module);
            }
        }
        for module in order {
            if let Value::Module(m) = module {
                clear_namespace(self, &m.dict);
            }
        }
        self.run_finalizers();
    }
}

/// `_PyModule_Clear`.
fn clear_namespace(vm: &mut Vm, dict: &Rc<crate::objects::dictobject::PyDict>) {
    for pass in 0..2 {
        for (key, value) in dict.items() {
            let Value::Str(name) = &key else { continue };
            if value.is_none() {
                continue;
            }
            let n = name.as_bytes();
            let clear = if pass == 0 {
                n.first() == Some(&b'_') && n.get(1) != Some(&b'_')
            } else {
                n != b"__builtins__"
            };
            if clear {
                dict.set(key.clone(), name.hash(), Value::None);
                drop(value);
                vm.run_finalizers();
            }
        }
    }
}

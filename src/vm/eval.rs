//! The eval loop (CPython: `Python/ceval.c`, `PyEval_EvalFrameEx`).
//!
//! One `match` over opcodes runs the instruction at the top frame's `pc`.
//! A Python-to-Python call pushes a frame and the loop carries on in it; a
//! return pops it. Errors and `return`/`break`/`continue` unwind the block
//! stack exactly as ceval's `why` codes do, so `finally` blocks run.

use std::rc::Rc;

use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::dictobject::PyDict;
use crate::objects::funcobject::{PyCell, PyFunction};
use crate::objects::iterobject::IterState;
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::sliceobject::PySlice;
use crate::objects::stringobject::PyStr;
use crate::objects::tupleobject::PyTuple;
use crate::opcode::*;
use crate::vm::frame::{Block, BlockKind, Frame};
use crate::vm::traceback::PyTraceback;
use crate::vm::{PyErr, PyResult, Vm};

/// Why the block stack is being unwound (ceval's `why_code`).
pub enum Why {
    Exception(PyErr),
    /// An exception re-raised with its traceback: no new traceback entry.
    Reraise(PyErr),
    Return(Value),
    Break,
    /// `continue` inside `try`: the offset to continue at.
    Continue(usize),
    /// A generator's frame suspends with a value.
    Yield(Value),
}

/// The integers `END_FINALLY` finds on the stack, as ceval pushes them.
const WHY_RETURN: i64 = 0x0008;
const WHY_BREAK: i64 = 0x0010;
const WHY_CONTINUE: i64 = 0x0020;

impl Vm {
    /// Runs the frame stack until the frame at index `base` returns, and
    /// gives its return value (or the exception it ended with).
    pub fn run_frames(&mut self, base: usize) -> PyResult<Value> {
        loop {
            let left = crate::vm::TICKER.with(|t| {
                // Never 0 here: `periodic_checks` restarts it first.
                let left = t.get() - 1;
                t.set(left);
                left
            });
            if left == 0 {
                if let Err(err) = self.periodic_checks() {
                    if let Some(result) = self.unwind(Why::Exception(err), base) {
                        return result;
                    }
                    continue;
                }
            }
            let frame = self.frames.last_mut().expect("a running frame");
            let why = match fetch(frame) {
                Ok((op, arg)) => {
                    // The hottest opcodes run here without a call to `dispatch`.
                    if fast_path(frame, op, arg) {
                        continue;
                    }
                    if op == RETURN_VALUE {
                        match self.fast_return(base) {
                            Returned::ToCaller => continue,
                            Returned::OutOfLoop(value) => return Ok(value),
                            Returned::Not => {}
                        }
                    }
                    // Attribute access and calls, the most frequent opcodes
                    // with no fast path, skip `dispatch`'s large frame.
                    let result = match op {
                        LOAD_ATTR => self.load_attr(arg).map(|()| None),
                        STORE_ATTR => self.store_attr(arg).map(|()| None),
                        CALL_FUNCTION => self.call_function(op, arg).map(|()| None),
                        _ => self.dispatch(op, arg),
                    };
                    match result {
                        Ok(None) => continue,
                        Ok(Some(why)) => why,
                        Err(err) => Why::Exception(err),
                    }
                }
                Err(problem) => Why::Exception(self.system_error(problem)),
            };
            if let Some(result) = self.unwind(why, base) {
                return result;
            }
        }
    }

    /// Unwinds the top frame for `why`; if a handler takes over, returns
    /// `None` and the loop goes on. A frame that ends passes its result (or
    /// exception) to its caller, or out of `run_frames` at `base`.
    pub(crate) fn unwind(&mut self, mut why: Why, base: usize) -> Option<PyResult<Value>> {
        if let Why::Yield(v) = why {
            // Only a generator's frame yields, and it always runs at the base
            // of a nested loop: it leaves the stack and waits in its generator.
            let mut frame = self.frames.pop().expect("a running frame");
            // As at any frame's end, the exception its handlers took over
            // gives way to the caller's (`reset_exc_info`); resumed, the
            // generator sees the exception state of whoever resumes it.
            if let Some(saved) = frame.saved_exc.take().map(|b| *b) {
                self.exc_info = saved;
                self.sync_sys_exc();
            }
            frame.suspend_object();
            self.suspended = Some(frame);
            return Some(Ok(v));
        }
        loop {
            if let Why::Exception(err) = why {
                let err = self.add_traceback_here(err);
                if self.tracing.is_some() {
                    if let Err(e) = self.trace_exception(&err) {
                        // The tracer raised instead: that exception goes on.
                        why = Why::Exception(e);
                        continue;
                    }
                }
                why = Why::Reraise(err);
            }
            let frame = self.frames.last_mut().expect("a running frame");
            let handling = matches!(why, Why::Exception(_) | Why::Reraise(_));
            match unwind_blocks(frame, why, &mut self.exc_info) {
                None => {
                    if handling {
                        self.sync_sys_exc();
                    }
                    return None;
                }
                Some(w) => why = w,
            }
            let frame = self.frames.last_mut().expect("a running frame");
            if let Some(saved) = frame.saved_exc.take().map(|b| *b) {
                self.exc_info = saved;
                self.sync_sys_exc();
            }
            self.drop_top_frame();
            let result = match why {
                Why::Return(v) => Ok(v),
                Why::Exception(e) | Why::Reraise(e) => Err(e),
                Why::Break | Why::Continue(_) | Why::Yield(_) => {
                    Err(self.system_error("'break' or 'continue' outside a loop"))
                }
            };
            if self.frames.len() <= base {
                return Some(result);
            }
            match result {
                Ok(v) => {
                    self.frames.last_mut().expect("a caller").stack.push(v);
                    return None;
                }
                Err(e) => why = Why::Exception(e),
            }
        }
    }

    /// `RETURN_VALUE` from a frame with no blocks: the frame ends and the
    /// value goes straight onto its caller's stack, or out of the loop when
    /// the frame is the loop's base. `Returned::Not` leaves the general path
    /// (blocks to unwind, an exception state to restore) to run.
    #[inline]
    fn fast_return(&mut self, base: usize) -> Returned {
        let depth = self.frames.len();
        if depth <= base {
            return Returned::Not;
        }
        let frame = &mut self.frames[depth - 1];
        if !frame.blocks.is_empty() || frame.saved_exc.is_some() {
            return Returned::Not;
        }
        let Some(value) = frame.stack.pop() else {
            return Returned::Not;
        };
        self.drop_top_frame();
        if depth == base + 1 {
            return Returned::OutOfLoop(value);
        }
        self.frames[depth - 2].stack.push(value);
        Returned::ToCaller
    }

    /// Ends the top frame: its frame object keeps its final state, its
    /// buffers go back to the pool, and it is dropped in place.
    pub(crate) fn drop_top_frame(&mut self) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        frame.finish_object();
        self.frame_buffers.keep(frame);
        self.frames.truncate(self.frames.len() - 1);
    }

    /// Adds the top frame to the exception's traceback (`PyTraceBack_Here`).
    fn add_traceback_here(&mut self, mut err: PyErr) -> PyErr {
        let object = self.frame_object(self.frames.len() - 1);
        let frame = self.frames.last().expect("a running frame");
        err.tb = Some(Rc::new(PyTraceback {
            code: frame.code.clone(),
            lasti: frame.lasti,
            lineno: frame.lineno(),
            frame: object,
            next: err.tb.take(),
        }));
        err
    }

    #[inline(always)]
    fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a running frame")
    }

    #[inline(always)]
    fn pop(&mut self) -> PyResult<Value> {
        match self.frame().stack.pop() {
            Some(v) => Ok(v),
            None => Err(self.system_error("bad bytecode: stack underflow")),
        }
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.frame().stack.push(v);
    }

    #[inline(always)]
    fn top(&mut self) -> PyResult<Value> {
        match self.frame().stack.last() {
            Some(v) => Ok(v.clone()),
            None => Err(self.system_error("bad bytecode: stack underflow")),
        }
    }

    /// Pops `n` values, in the order they were pushed.
    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let stack = &mut self.frames.last_mut().expect("a running frame").stack;
        if n > stack.len() {
            return Err(self.system_error("bad bytecode: stack underflow"));
        }
        let at = stack.len() - n;
        Ok(stack.split_off(at))
    }

    fn jump(&mut self, target: usize) -> PyResult<()> {
        let frame = self.frame();
        if target >= frame.code.code.code.len() {
            return Err(
                self.system_error(format!("bad bytecode: jump to {target} is out of range"))
            );
        }
        self.frame().pc = target;
        Ok(())
    }

    /// `s + t` and `s += t` on two `str` (CPython: `string_concatenate`).
    /// When the next instruction stores the result into the variable that
    /// holds `s`, the variable lets go of `s` first; a string that nothing
    /// else refers to then grows in place instead of being copied, so a loop
    /// of `s += t` takes linear time, as it does in CPython.
    fn string_concatenate(&mut self, mut left: Rc<PyStr>, right: &Rc<PyStr>) -> PyResult<Value> {
        self.release_store_target(&left);
        if PyStr::append_if_unique(&mut left, right.as_bytes()) {
            return Ok(Value::Str(left));
        }
        self.binary_op(&Value::Str(left), &Value::Str(right.clone()), BinOp::Add)
    }

    /// Unbinds the variable that the next instruction (a `STORE_FAST`,
    /// `STORE_DEREF` or `STORE_NAME`) will store into, if it holds `value`
    /// and is its only other holder.
    fn release_store_target(&mut self, value: &Rc<PyStr>) {
        if Rc::strong_count(value) != 2 {
            return;
        }
        let frame = self.frame();
        let code = &frame.code.code.code;
        let (Some(&next), Some(&lo), Some(&hi)) = (
            code.get(frame.pc),
            code.get(frame.pc + 1),
            code.get(frame.pc + 2),
        ) else {
            return;
        };
        let arg = usize::from(lo) | usize::from(hi) << 8;
        let holds = |v: Option<&Value>| matches!(v, Some(Value::Str(s)) if Rc::ptr_eq(s, value));
        match next {
            STORE_FAST => {
                if let Some(slot) = frame.fast.get_mut(arg) {
                    if holds(slot.as_ref()) {
                        *slot = None;
                    }
                }
            }
            STORE_DEREF => {
                if let Some(cell) = frame.cells.get(arg) {
                    if holds(cell.get().as_ref()) {
                        cell.set(None);
                    }
                }
            }
            STORE_NAME => {
                let Some(name) = frame.code.names.get(arg) else {
                    return;
                };
                let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                if holds(ns.get_pystr(name).as_ref()) {
                    ns.remove(&Value::Str(name.clone()), name.hash());
                }
            }
            _ => {}
        }
    }

    fn name_arg(&mut self, arg: usize) -> PyResult<Rc<PyStr>> {
        match self.frame().code.names.get(arg) {
            Some(n) => Ok(n.clone()),
            None => Err(self.system_error(format!("bad bytecode: name index {arg} out of range"))),
        }
    }

    /// Runs one instruction (the general arm of every opcode).
    fn dispatch(&mut self, op: u8, arg: usize) -> PyResult<Option<Why>> {
        match op {
            NOP => {}
            POP_TOP => {
                self.pop()?;
            }
            ROT_TWO => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.push(b);
                self.push(a);
            }
            ROT_THREE => {
                let (c, b, a) = (self.pop()?, self.pop()?, self.pop()?);
                self.push(c);
                self.push(a);
                self.push(b);
            }
            ROT_FOUR => {
                let (d, c, b, a) = (self.pop()?, self.pop()?, self.pop()?, self.pop()?);
                self.push(d);
                self.push(a);
                self.push(b);
                self.push(c);
            }
            DUP_TOP => {
                let v = self.top()?;
                self.push(v);
            }
            DUP_TOPX => {
                if !(1..=5).contains(&arg) {
                    return Err(
                        self.system_error("invalid argument to DUP_TOPX (bytecode corruption?)")
                    );
                }
                let items = self.pop_n(arg)?;
                for v in items.iter().chain(items.iter()) {
                    self.push(v.clone());
                }
            }
            UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT => {
                let v = self.pop()?;
                let r = self.unary_op(op, &v)?;
                self.push(r);
            }
            UNARY_NOT => {
                let v = self.pop()?;
                let t = self.truthy(&v)?;
                self.push(Value::bool(!t));
            }
            UNARY_CONVERT => {
                let v = self.pop()?;
                let r = self.repr(&v)?;
                self.push(Value::Str(r));
            }
            BINARY_POWER | BINARY_MULTIPLY | BINARY_DIVIDE | BINARY_MODULO | BINARY_ADD
            | BINARY_SUBTRACT | BINARY_FLOOR_DIVIDE | BINARY_TRUE_DIVIDE | BINARY_LSHIFT
            | BINARY_RSHIFT | BINARY_AND | BINARY_XOR | BINARY_OR => {
                let (b, a) = (self.pop()?, self.pop()?);
                let r = match (a, &b) {
                    (Value::Str(left), Value::Str(right)) if op == BINARY_ADD => {
                        self.string_concatenate(left, right)?
                    }
                    (a, b) => {
                        let bin = BinOp::from_opcode(op, self.true_division());
                        self.binary_op(&a, b, bin)?
                    }
                };
                self.push(r);
            }
            INPLACE_POWER | INPLACE_MULTIPLY | INPLACE_DIVIDE | INPLACE_MODULO | INPLACE_ADD
            | INPLACE_SUBTRACT | INPLACE_FLOOR_DIVIDE | INPLACE_TRUE_DIVIDE | INPLACE_LSHIFT
            | INPLACE_RSHIFT | INPLACE_AND | INPLACE_XOR | INPLACE_OR => {
                let (b, a) = (self.pop()?, self.pop()?);
                let r = match (a, &b) {
                    (Value::Str(left), Value::Str(right)) if op == INPLACE_ADD => {
                        self.string_concatenate(left, right)?
                    }
                    (a, b) => {
                        let bin = BinOp::from_opcode(op, self.true_division());
                        self.inplace_op(&a, b, bin)?
                    }
                };
                self.push(r);
            }
            BINARY_SUBSCR => {
                let (key, obj) = (self.pop()?, self.pop()?);
                let r = self.getitem(&obj, &key)?;
                self.push(r);
            }
            STORE_SUBSCR => {
                let (key, obj, value) = (self.pop()?, self.pop()?, self.pop()?);
                self.setitem(&obj, &key, value)?;
            }
            DELETE_SUBSCR => {
                let (key, obj) = (self.pop()?, self.pop()?);
                self.delitem(&obj, &key)?;
            }
            SLICE_0..=SLICE_3 => {
                let (lo, hi) = self.slice_bounds(op - SLICE_0)?;
                let obj = self.pop()?;
                let r = self.getslice(&obj, lo, hi)?;
                self.push(r);
            }
            STORE_SLICE_0..=STORE_SLICE_3 => {
                let (lo, hi) = self.slice_bounds(op - STORE_SLICE_0)?;
                let (obj, value) = (self.pop()?, self.pop()?);
                self.setslice(&obj, lo, hi, Some(value))?;
            }
            DELETE_SLICE_0..=DELETE_SLICE_3 => {
                let (lo, hi) = self.slice_bounds(op - DELETE_SLICE_0)?;
                let obj = self.pop()?;
                self.setslice(&obj, lo, hi, None)?;
            }
            BUILD_SLICE => {
                let step = if arg == 3 { self.pop()? } else { Value::None };
                let (stop, start) = (self.pop()?, self.pop()?);
                self.push(Value::Slice(Rc::new(PySlice { start, stop, step })));
            }
            BUILD_TUPLE => {
                let items = self.pop_n(arg)?;
                self.push(Value::tuple(items));
            }
            BUILD_LIST => {
                let items = self.pop_n(arg)?;
                self.push(Value::list(items));
            }
            BUILD_SET => {
                let items = self.pop_n(arg)?;
                let set = self.new_set(items, false)?;
                self.push(set);
            }
            BUILD_MAP => self.push(Value::Dict(Rc::new(PyDict::presized(arg.min(0xffff))))),
            STORE_MAP => {
                let (key, value, dict) = (self.pop()?, self.pop()?, self.top()?);
                self.setitem(&dict, &key, value)?;
            }
            LIST_APPEND => {
                let v = self.pop()?;
                let list = self.peek(arg)?;
                match list {
                    Value::List(l) => l.push(v),
                    _ => return Err(self.system_error("bad bytecode: LIST_APPEND without a list")),
                }
            }
            SET_ADD => {
                let v = self.pop()?;
                let set = self.peek(arg)?;
                self.set_add(&set, v)?;
            }
            MAP_ADD => {
                let (key, value) = (self.pop()?, self.pop()?);
                let dict = self.peek(arg)?;
                self.setitem(&dict, &key, value)?;
            }
            GET_ITER => {
                let v = self.pop()?;
                let it = self.iter(&v)?;
                self.push(it);
            }
            FOR_ITER => {
                let it = self.top()?;
                match self.next(&it)? {
                    Some(v) => self.push(v),
                    None => {
                        self.pop()?;
                        let target = self.frame().pc + arg;
                        self.jump(target)?;
                    }
                }
            }
            PRINT_EXPR => {
                let v = self.pop()?;
                self.print_expr(v)?;
            }
            PRINT_ITEM => {
                let v = self.pop()?;
                self.print_item(v, None)?;
            }
            PRINT_ITEM_TO => {
                let (stream, v) = (self.pop()?, self.pop()?);
                self.print_item(v, Some(stream))?;
            }
            PRINT_NEWLINE => self.print_newline(None)?,
            PRINT_NEWLINE_TO => {
                let stream = self.pop()?;
                self.print_newline(Some(stream))?;
            }
            LOAD_CONST => {
                let v = self.frame().code.consts.get(arg).cloned();
                match v {
                    Some(v) => self.push(v),
                    None => {
                        return Err(self.system_error(format!(
                            "bad bytecode: constant index {arg} out of range"
                        )))
                    }
                }
            }
            LOAD_FAST => {
                let frame = self.frame();
                match frame.fast.get(arg) {
                    Some(Some(v)) => {
                        let v = v.clone();
                        frame.stack.push(v);
                    }
                    Some(None) => {
                        let name = frame.code.code.varnames[arg].clone();
                        return Err(self.unbound_local(&name));
                    }
                    None => {
                        return Err(self
                            .system_error(format!("bad bytecode: local index {arg} out of range")))
                    }
                }
            }
            STORE_FAST => {
                let v = self.pop()?;
                match self.frame().fast.get_mut(arg) {
                    Some(slot) => *slot = Some(v),
                    None => {
                        return Err(self
                            .system_error(format!("bad bytecode: local index {arg} out of range")))
                    }
                }
            }
            DELETE_FAST => {
                let frame = self.frame();
                match frame.fast.get_mut(arg) {
                    Some(slot @ Some(_)) => *slot = None,
                    Some(None) => {
                        let name = frame.code.code.varnames[arg].clone();
                        return Err(self.unbound_local(&name));
                    }
                    None => {
                        return Err(self
                            .system_error(format!("bad bytecode: local index {arg} out of range")))
                    }
                }
            }
            LOAD_NAME => {
                let name = self.name_arg(arg)?;
                let frame = self.frame();
                let found = match &frame.locals {
                    Some(locals) => locals.get_pystr(&name),
                    None => None,
                }
                .or_else(|| frame.globals.get_pystr(&name))
                .or_else(|| frame.builtins.get_pystr(&name));
                match found {
                    Some(v) => self.push(v),
                    None => {
                        return Err(
                            self.name_error(format!("name '{}' is not defined", name.to_text()))
                        )
                    }
                }
            }
            STORE_NAME => {
                let name = self.name_arg(arg)?;
                let v = self.pop()?;
                let frame = self.frame();
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                ns.set(Value::Str(name.clone()), name.hash(), v);
            }
            DELETE_NAME => {
                let name = self.name_arg(arg)?;
                let frame = self.frame();
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if ns.remove(&Value::Str(name.clone()), name.hash()).is_none() {
                    return Err(
                        self.name_error(format!("name '{}' is not defined", name.to_text()))
                    );
                }
            }
            LOAD_GLOBAL => {
                let name = self.name_arg(arg)?;
                let frame = self.frame();
                let found = frame
                    .globals
                    .get_pystr(&name)
                    .or_else(|| frame.builtins.get_pystr(&name));
                match found {
                    Some(v) => self.push(v),
                    None => {
                        return Err(self.name_error(format!(
                            "global name '{}' is not defined",
                            name.to_text()
                        )))
                    }
                }
            }
            STORE_GLOBAL => {
                let name = self.name_arg(arg)?;
                let v = self.pop()?;
                self.frame()
                    .globals
                    .set(Value::Str(name.clone()), name.hash(), v);
            }
            DELETE_GLOBAL => {
                let name = self.name_arg(arg)?;
                if self
                    .frame()
                    .globals
                    .remove(&Value::Str(name.clone()), name.hash())
                    .is_none()
                {
                    return Err(
                        self.name_error(format!("global name '{}' is not defined", name.to_text()))
                    );
                }
            }
            LOAD_CLOSURE => {
                let cell = self.cell_arg(arg)?;
                self.push(Value::Cell(cell));
            }
            LOAD_DEREF => {
                let cell = self.cell_arg(arg)?;
                match cell.get() {
                    Some(v) => self.push(v),
                    None => return Err(self.unbound_deref(arg)),
                }
            }
            STORE_DEREF => {
                let v = self.pop()?;
                self.cell_arg(arg)?.set(Some(v));
            }
            LOAD_ATTR => self.load_attr(arg)?,
            STORE_ATTR => self.store_attr(arg)?,
            DELETE_ATTR => {
                let name = self.name_arg(arg)?;
                let obj = self.pop()?;
                self.setattr(&obj, &name, None)?;
            }
            UNPACK_SEQUENCE => {
                let seq = self.pop()?;
                let items = self.unpack(&seq, arg)?;
                for v in items.into_iter().rev() {
                    self.push(v);
                }
            }
            COMPARE_OP => {
                let (b, a) = (self.pop()?, self.pop()?);
                let r = match CmpOp::from_arg(arg) {
                    Some(cmp) => self.compare(&a, &b, cmp)?,
                    None => {
                        return Err(self.system_error(format!("bad bytecode: comparison {arg}")))
                    }
                };
                self.push(r);
            }
            JUMP_FORWARD => {
                let target = self.frame().pc + arg;
                self.jump(target)?;
            }
            JUMP_ABSOLUTE => self.jump(arg)?,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                let v = self.pop()?;
                if self.truthy(&v)? == (op == POP_JUMP_IF_TRUE) {
                    self.jump(arg)?;
                }
            }
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                let v = self.top()?;
                if self.truthy(&v)? == (op == JUMP_IF_TRUE_OR_POP) {
                    self.jump(arg)?;
                } else {
                    self.pop()?;
                }
            }
            SETUP_LOOP | SETUP_EXCEPT | SETUP_FINALLY => {
                let kind = match op {
                    SETUP_LOOP => BlockKind::Loop,
                    SETUP_EXCEPT => BlockKind::Except,
                    _ => BlockKind::Finally,
                };
                let frame = self.frame();
                let block = Block {
                    kind,
                    handler: frame.pc + arg,
                    level: frame.stack.len(),
                };
                frame.blocks.push(block);
            }
            POP_BLOCK => {
                if self.frame().blocks.pop().is_none() {
                    return Err(self.system_error("bad bytecode: POP_BLOCK with no block"));
                }
            }
            BREAK_LOOP => return Ok(Some(Why::Break)),
            CONTINUE_LOOP => return Ok(Some(Why::Continue(arg))),
            END_FINALLY => return self.end_finally(),
            SETUP_WITH => self.setup_with(arg)?,
            WITH_CLEANUP => self.with_cleanup()?,
            RETURN_VALUE => {
                let v = self.pop()?;
                return Ok(Some(Why::Return(v)));
            }
            RAISE_VARARGS => return self.raise_varargs(arg).map(Some),
            CALL_FUNCTION | CALL_FUNCTION_VAR | CALL_FUNCTION_KW | CALL_FUNCTION_VAR_KW => {
                self.call_function(op, arg)?;
            }
            MAKE_FUNCTION | MAKE_CLOSURE => {
                let code = self.pop()?;
                let closure = if op == MAKE_CLOSURE {
                    match self.pop()? {
                        Value::Tuple(t) => Some(t),
                        _ => {
                            return Err(self.system_error(
                                "bad bytecode: MAKE_CLOSURE without a tuple of cells",
                            ))
                        }
                    }
                } else {
                    None
                };
                let defaults = self.pop_n(arg)?;
                let f = self.make_function(code, defaults, closure)?;
                self.push(f);
            }
            LOAD_LOCALS => {
                let locals = self.frame().locals.clone();
                match locals {
                    Some(d) => self.push(Value::Dict(d)),
                    None => return Err(self.system_error("no locals")),
                }
            }
            BUILD_CLASS => {
                let (methods, bases, name) = (self.pop()?, self.pop()?, self.pop()?);
                let class = self.build_class(name, bases, methods)?;
                self.push(class);
            }
            IMPORT_NAME => {
                let name = self.name_arg(arg)?;
                let (fromlist, level) = (self.pop()?, self.pop()?);
                let module = self.import_name(&name, fromlist, level)?;
                self.push(module);
            }
            IMPORT_FROM => {
                let name = self.name_arg(arg)?;
                let module = self.top()?;
                let v = self.getattr(&module, &name).map_err(|e| {
                    if self.err_matches(&e, &self.exc.attribute_error.clone()) {
                        self.new_error(
                            &self.exc.import_error.clone(),
                            format!("cannot import name {}", name.to_text()),
                        )
                    } else {
                        e
                    }
                })?;
                self.push(v);
            }
            IMPORT_STAR => {
                let module = self.pop()?;
                self.import_star(module)?;
            }
            EXEC_STMT => {
                let (locals, globals, code) = (self.pop()?, self.pop()?, self.pop()?);
                self.exec_stmt(code, globals, locals)?;
            }
            YIELD_VALUE => {
                let v = self.pop()?;
                return Ok(Some(Why::Yield(v)));
            }
            _ => {
                return Err(self.system_error(format!("unknown opcode {op}")));
            }
        }
        Ok(None)
    }

    fn true_division(&mut self) -> bool {
        self.frame().code.code.flags & 0x2000 != 0
    }

    /// The value `depth` below the top (1 = the top), for the comprehension opcodes.
    fn peek(&mut self, depth: usize) -> PyResult<Value> {
        let stack = &self.frame().stack;
        match stack.len().checked_sub(depth) {
            Some(i) if depth > 0 => Ok(stack[i].clone()),
            _ => Err(self.system_error("bad bytecode: stack underflow")),
        }
    }

    fn slice_bounds(&mut self, form: u8) -> PyResult<(Option<Value>, Option<Value>)> {
        let hi = if form & 2 != 0 {
            Some(self.pop()?)
        } else {
            None
        };
        let lo = if form & 1 != 0 {
            Some(self.pop()?)
        } else {
            None
        };
        Ok((lo, hi))
    }

    fn cell_arg(&mut self, arg: usize) -> PyResult<Rc<PyCell>> {
        match self.frame().cells.get(arg) {
            Some(c) => Ok(c.clone()),
            None => Err(self.system_error(format!("bad bytecode: cell index {arg} out of range"))),
        }
    }

    /// `UnboundLocalError: local variable 'x' referenced before assignment`.
    fn unbound_local(&self, name: &str) -> PyErr {
        self.new_error(
            &self.exc.unbound_local_error.clone(),
            format!("local variable '{name}' referenced before assignment"),
        )
    }

    fn unbound_deref(&mut self, arg: usize) -> PyErr {
        let code = self.frame().code.clone();
        let ncell = code.code.cellvars.len();
        let name = code
            .cell_names
            .get(arg)
            .map(|n| n.to_text().into_owned())
            .unwrap_or_default();
        if arg < ncell {
            self.unbound_local(&name)
        } else {
            self.name_error(format!(
                "free variable '{name}' referenced before assignment in enclosing scope"
            ))
        }
    }

    fn end_finally(&mut self) -> PyResult<Option<Why>> {
        let v = self.pop()?;
        match v {
            Value::Int(why) => match why {
                WHY_RETURN => {
                    let r = self.pop()?;
                    Ok(Some(Why::Return(r)))
                }
                WHY_CONTINUE => match self.pop()? {
                    Value::Int(target) => Ok(Some(Why::Continue(target as usize))),
                    _ => Err(self.system_error("'finally' pops bad exception")),
                },
                WHY_BREAK => Ok(Some(Why::Break)),
                _ => Ok(None),
            },
            Value::None => Ok(None),
            Value::Type(_) | Value::Str(_) => {
                let (value, tb) = (self.pop()?, self.pop()?);
                let tb = match tb {
                    Value::Traceback(t) => Some(t),
                    _ => None,
                };
                Ok(Some(Why::Reraise(PyErr { typ: v, value, tb })))
            }
            _ => Err(self.system_error("'finally' pops bad exception")),
        }
    }

    fn make_function(
        &mut self,
        code: Value,
        defaults: Vec<Value>,
        closure: Option<Rc<PyTuple>>,
    ) -> PyResult<Value> {
        let Value::Code(code) = code else {
            return Err(self.system_error("bad bytecode: MAKE_FUNCTION without a code object"));
        };
        let globals = self.frame().globals.clone();
        let doc = match code.consts.first() {
            Some(v @ (Value::Str(_) | Value::Unicode(_))) => v.clone(),
            _ => Value::None,
        };
        let module = globals.get_str("__name__").unwrap_or(Value::None);
        let f = PyFunction {
            name: std::cell::RefCell::new(Value::str(code.name())),
            code,
            globals,
            defaults: std::cell::RefCell::new(
                (!defaults.is_empty()).then(|| Rc::new(PyTuple::new(defaults))),
            ),
            closure,
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            dict: Rc::new(PyDict::new()),
        };
        Ok(Value::Function(Rc::new(f)))
    }

    /// `LOAD_ATTR`: replaces the object on top of the stack by its attribute.
    fn load_attr(&mut self, arg: usize) -> PyResult<()> {
        let name = self.name_arg(arg)?;
        let obj = self.pop()?;
        let v = self.getattr(&obj, &name)?;
        self.push(v);
        Ok(())
    }

    /// `STORE_ATTR`: `TOS.name = TOS1`.
    fn store_attr(&mut self, arg: usize) -> PyResult<()> {
        let name = self.name_arg(arg)?;
        let (obj, v) = (self.pop()?, self.pop()?);
        self.setattr(&obj, &name, Some(v))
    }

    /// `CALL_FUNCTION` and its `*args`/`**kwargs` forms: the argument byte
    /// counts positional arguments, the high byte keyword pairs.
    fn call_function(&mut self, op: u8, arg: usize) -> PyResult<()> {
        let npos = arg & 0xff;
        let nkw = (arg >> 8) & 0xff;
        if op == CALL_FUNCTION && nkw == 0 {
            return self.call_positional(npos);
        }
        let kwmap = if op == CALL_FUNCTION_KW || op == CALL_FUNCTION_VAR_KW {
            Some(self.pop()?)
        } else {
            None
        };
        let star = if op == CALL_FUNCTION_VAR || op == CALL_FUNCTION_VAR_KW {
            Some(self.pop()?)
        } else {
            None
        };
        let kw_flat = self.pop_n(2 * nkw)?;
        let mut args = self.pop_n(npos)?;
        let func = self.pop()?;
        let mut kwargs: Vec<(Value, Value)> = Vec::with_capacity(nkw);
        let mut it = kw_flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            kwargs.push((k, v));
        }
        if let Some(star) = star {
            let extra = self.star_args(&func, &star)?;
            args.extend(extra);
        }
        if let Some(map) = kwmap {
            self.star_kwargs(&func, &map, &mut kwargs)?;
        }
        self.call_from_eval(func, Args { args, kwargs })
    }

    /// `CALL_FUNCTION n` with positional arguments only, the common case: a
    /// bound method is unpacked so its self goes in front without moving the
    /// other arguments (as ceval's `call_function` does).
    fn call_positional(&mut self, npos: usize) -> PyResult<()> {
        let stack = &mut self.frames.last_mut().expect("a running frame").stack;
        let Some(func_at) = stack.len().checked_sub(npos + 1) else {
            return Err(self.system_error("bad bytecode: stack underflow"));
        };
        let (func, self_arg) = match &stack[func_at] {
            Value::Method(m) if m.self_.is_some() => (m.func.clone(), m.self_.clone()),
            Value::Type(t) => {
                let t = t.clone();
                if let Some(r) = self.call_plain_class(&t, func_at, npos) {
                    let v = r?;
                    self.push(v);
                    return Ok(());
                }
                (Value::Type(t), None)
            }
            other => (other.clone(), None),
        };
        if let Value::Function(f) = &func {
            let nargs = npos + usize::from(self_arg.is_some());
            if self.is_simple_call(f, nargs) {
                return self.push_simple_frame(f, self_arg, func_at);
            }
        }
        let stack = &mut self.frames.last_mut().expect("a running frame").stack;
        let mut args = Vec::with_capacity(npos + 1);
        if let Value::Builtin(b) = &func {
            // Its own `self` goes in front as the arguments are moved.
            args.extend(b.self_.clone());
            args.extend(self_arg);
            args.extend(stack.drain(func_at + 1..));
            stack.pop();
            let v = self.call_builtin(
                b,
                Args {
                    args,
                    kwargs: Vec::new(),
                },
            )?;
            self.push(v);
            return Ok(());
        }
        args.extend(self_arg);
        args.extend(stack.drain(func_at + 1..));
        stack.pop();
        self.call_from_eval(
            func,
            Args {
                args,
                kwargs: Vec::new(),
            },
        )
    }

    /// Whether a call of `f` with `nargs` positional arguments binds them
    /// one to one (ceval's `fast_function` case): no defaults needed, no
    /// `*args`/`**kwargs`, no cells to fill, not a generator.
    #[inline]
    pub(crate) fn is_simple_call(&self, f: &Rc<PyFunction>, nargs: usize) -> bool {
        const SIMPLE: u32 = 0x0001 | 0x0002; // OPTIMIZED | NEWLOCALS
        const NOT_SIMPLE: u32 = 0x0004 | 0x0008 | 0x0020; // VARARGS | VARKEYWORDS | GENERATOR
        let co = &f.code.code;
        co.flags & (SIMPLE | NOT_SIMPLE) == SIMPLE
            && co.argcount >= 0
            && co.argcount as usize == nargs
            && co.cellvars.is_empty()
            && co.freevars.is_empty()
            && co.varnames.len() >= nargs
    }

    /// Pushes the frame of a simple call, moving the arguments from the
    /// caller's stack straight into the new frame's locals.
    pub(crate) fn push_simple_frame(
        &mut self,
        f: &Rc<PyFunction>,
        self_arg: Option<Value>,
        func_at: usize,
    ) -> PyResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.runtime_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        let mut frame = self.function_frame(f);
        let caller = self.frames.last_mut().expect("a running frame");
        let mut slots = frame.fast.iter_mut();
        if let Some(s) = self_arg {
            if let Some(slot) = slots.next() {
                *slot = Some(s);
            }
        }
        for (slot, v) in slots.zip(caller.stack.drain(func_at + 1..)) {
            *slot = Some(v);
        }
        // The function itself, below its arguments.
        caller.stack.pop();
        self.frames.push(frame);
        Ok(())
    }

    /// Calls `func` from the eval loop: a Python function gets a new frame on
    /// the frame stack (the loop continues in it); anything else runs now
    /// and its result is pushed.
    fn call_from_eval(&mut self, func: Value, args: Args) -> PyResult<()> {
        // ceval calls functions, methods and built-ins directly; anything
        // else (a class, an object with __call__) goes through PyObject_Call.
        if matches!(func, Value::Type(_) | Value::Instance(_)) {
            let v = self.call(&func, args)?;
            self.push(v);
            return Ok(());
        }
        if let crate::vm::call::Prepared::Done(v) = self.prepare_call(&func, args)? {
            self.push(v);
        }
        Ok(())
    }
}

/// How [`Vm::fast_return`] ended a frame.
enum Returned {
    /// The value is on the caller's stack; the loop goes on.
    ToCaller,
    /// The loop's base frame returned this value.
    OutOfLoop(Value),
    /// Not a simple return: `dispatch` and `unwind` take it.
    Not,
}

/// The common cases of the hottest opcodes (ints and floats in
/// arithmetic and comparisons, bools in jumps), done in place on the
/// stack; `false` when the general arm must run.
#[inline(always)]
fn fast_path(frame: &mut Frame, op: u8, arg: usize) -> bool {
    let n = frame.stack.len();
    match op {
        LOAD_FAST => match frame.fast.get(arg) {
            Some(Some(v)) => {
                let v = clone_value(v);
                frame.stack.push(v);
                true
            }
            _ => false,
        },
        STORE_FAST if n >= 1 && arg < frame.fast.len() => {
            let v = frame.stack.pop();
            let old = std::mem::replace(&mut frame.fast[arg], v);
            drop_value(old);
            true
        }
        POP_TOP if n >= 1 => {
            frame.stack.pop();
            true
        }
        JUMP_ABSOLUTE if arg < frame.code.code.code.len() => {
            frame.pc = arg;
            true
        }
        JUMP_FORWARD if frame.pc + arg < frame.code.code.code.len() => {
            frame.pc += arg;
            true
        }
        SETUP_LOOP => {
            let block = Block {
                kind: BlockKind::Loop,
                handler: frame.pc + arg,
                level: n,
            };
            frame.blocks.push(block);
            true
        }
        POP_BLOCK if !frame.blocks.is_empty() => {
            frame.blocks.pop();
            true
        }
        LOAD_GLOBAL => {
            let Some(name) = frame.code.names.get(arg) else {
                return false;
            };
            match frame
                .globals
                .get_pystr(name)
                .or_else(|| frame.builtins.get_pystr(name))
            {
                Some(v) => {
                    frame.stack.push(v);
                    true
                }
                None => false,
            }
        }
        FOR_ITER if n >= 1 => {
            let Value::Iter(it) = &frame.stack[n - 1] else {
                return false;
            };
            let mut state = it.state.borrow_mut();
            let next = match &mut *state {
                IterState::Range {
                    next,
                    step,
                    remaining,
                } if *remaining > 0 => {
                    let v = *next;
                    *next = next.wrapping_add(*step);
                    *remaining -= 1;
                    Some(Value::Int(v))
                }
                IterState::Seq {
                    seq: Value::List(l),
                    index,
                } => match l.get(*index) {
                    Some(v) => {
                        *index += 1;
                        Some(v)
                    }
                    None => return false,
                },
                _ => return false,
            };
            drop(state);
            match next {
                Some(v) => {
                    frame.stack.push(v);
                    true
                }
                None => false,
            }
        }
        LOAD_CONST => match frame.code.consts.get(arg) {
            Some(v) => {
                let v = clone_value(v);
                frame.stack.push(v);
                true
            }
            None => false,
        },
        BINARY_ADD | BINARY_SUBTRACT | BINARY_MULTIPLY | INPLACE_ADD | INPLACE_SUBTRACT
        | INPLACE_MULTIPLY | BINARY_MODULO | INPLACE_MODULO
            if n >= 2 =>
        {
            let r = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                (Value::Int(a), Value::Int(b)) => match op {
                    BINARY_ADD | INPLACE_ADD => a.checked_add(*b).map(Value::Int),
                    BINARY_SUBTRACT | INPLACE_SUBTRACT => a.checked_sub(*b).map(Value::Int),
                    BINARY_MULTIPLY | INPLACE_MULTIPLY => a.checked_mul(*b).map(Value::Int),
                    _ if *b > 0 => Some(Value::Int(a.rem_euclid(*b))),
                    _ => None,
                },
                (Value::Float(a), Value::Float(b)) => match op {
                    BINARY_ADD | INPLACE_ADD => Some(Value::float(a.get() + b.get())),
                    BINARY_SUBTRACT | INPLACE_SUBTRACT => Some(Value::float(a.get() - b.get())),
                    BINARY_MULTIPLY | INPLACE_MULTIPLY => Some(Value::float(a.get() * b.get())),
                    _ => None,
                },
                _ => None,
            };
            match r {
                Some(v) => {
                    replace_plain(&mut frame.stack, v);
                    true
                }
                None => false,
            }
        }
        COMPARE_OP if n >= 2 && arg <= 5 => {
            let r = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
                (Value::Float(a), Value::Float(b)) => match a.get().partial_cmp(&b.get()) {
                    Some(o) => Some(o),
                    // NaN: every comparison false but !=.
                    None => {
                        let r = arg == 3;
                        replace_plain(&mut frame.stack, Value::bool(r));
                        return true;
                    }
                },
                _ => None,
            };
            match r.and_then(|o| CmpOp::from_arg(arg).map(|c| c.holds(o))) {
                Some(b) => {
                    replace_plain(&mut frame.stack, Value::bool(b));
                    true
                }
                None => false,
            }
        }
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE if n >= 1 && arg < frame.code.code.code.len() => {
            let Value::Bool(b) = frame.stack[n - 1] else {
                return false;
            };
            // A bool owns nothing: forgetting it skips the call to drop it.
            std::mem::forget(frame.stack.pop());
            if b.get() == (op == POP_JUMP_IF_TRUE) {
                frame.pc = arg;
            }
            true
        }
        _ => false,
    }
}

/// Fetches the instruction at `pc` (with any `EXTENDED_ARG`) and advances
/// `pc`: the opcode and its argument, or what is wrong with the bytecode.
#[inline(always)]
fn fetch(frame: &mut Frame) -> Result<(u8, usize), &'static str> {
    let code = &frame.code.code.code;
    let mut pc = frame.pc;
    let mut arg: usize = 0;
    let op = loop {
        let Some(&op) = code.get(pc) else {
            return Err("bad bytecode: execution ran off the end of the code");
        };
        if op < HAVE_ARGUMENT {
            pc += 1;
            break op;
        }
        let (Some(&lo), Some(&hi)) = (code.get(pc + 1), code.get(pc + 2)) else {
            return Err("bad bytecode: an argument is cut off by the end of the code");
        };
        arg = (arg << 16) | usize::from(lo) | (usize::from(hi) << 8);
        pc += 3;
        if op != EXTENDED_ARG {
            break op;
        }
    };
    frame.lasti = frame.pc;
    frame.pc = pc;
    Ok((op, arg))
}

/// A copy of a value: ints, floats, bools and None inline, the rest through
/// `Clone` (a reference count).
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Float(f) => Value::Float(*f),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        other => other.clone(),
    }
}

/// Drops a local's old value, skipping the drop call for values that own nothing.
#[inline(always)]
fn drop_value(v: Option<Value>) {
    match v {
        None | Some(Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None) => {
            std::mem::forget(v)
        }
        other => drop(other),
    }
}

/// Replaces the two values on top of the stack by `v`, when both are known
/// to own nothing (ints, floats, bools): forgetting them skips the calls to
/// drop them, which the hottest opcodes would otherwise pay.
#[inline(always)]
fn replace_plain(stack: &mut Vec<Value>, v: Value) {
    std::mem::forget(stack.pop());
    if let Some(slot) = stack.last_mut() {
        std::mem::forget(std::mem::replace(slot, v));
    }
}

/// Unwinds `frame`'s block stack for `why` (ceval's `fast_block_end`). Returns
/// `None` when a handler takes over (its `pc` is set), or the reason the frame
/// must end.
fn unwind_blocks(frame: &mut Frame, why: Why, exc_info: &mut Option<PyErr>) -> Option<Why> {
    while let Some(&block) = frame.blocks.last() {
        if let (Why::Continue(target), BlockKind::Loop) = (&why, block.kind) {
            frame.pc = *target;
            return None;
        }
        frame.blocks.pop();
        frame.stack.truncate(block.level);
        match (&why, block.kind) {
            (Why::Break, BlockKind::Loop) => {
                frame.pc = block.handler;
                return None;
            }
            (
                Why::Exception(err) | Why::Reraise(err),
                BlockKind::Except | BlockKind::Finally | BlockKind::With,
            ) => {
                // 2.7 makes the exception `sys.exc_info()` for an except
                // clause and for `__exit__`, not for a finally clause.
                if matches!(block.kind, BlockKind::Except | BlockKind::With) {
                    if frame.saved_exc.is_none() {
                        frame.saved_exc = Some(Box::new(exc_info.clone()));
                    }
                    *exc_info = Some(err.clone());
                }
                frame.stack.push(match &err.tb {
                    Some(tb) => Value::Traceback(tb.clone()),
                    None => Value::None,
                });
                frame.stack.push(err.value.clone());
                frame.stack.push(err.typ.clone());
                frame.pc = block.handler;
                return None;
            }
            (
                Why::Return(_) | Why::Continue(_) | Why::Break,
                BlockKind::Finally | BlockKind::With,
            ) => {
                match why {
                    Why::Return(v) => {
                        frame.stack.push(v);
                        frame.stack.push(Value::Int(WHY_RETURN));
                    }
                    Why::Continue(target) => {
                        frame.stack.push(Value::Int(target as i64));
                        frame.stack.push(Value::Int(WHY_CONTINUE));
                    }
                    _ => frame.stack.push(Value::Int(WHY_BREAK)),
                }
                frame.pc = block.handler;
                return None;
            }
            _ => {}
        }
    }
    Some(why)
}

impl Vm {
    /// `RAISE_VARARGS`: `raise`, `raise E`, `raise E, v`, `raise E, v, tb`.
    fn raise_varargs(&mut self, argc: usize) -> PyResult<Why> {
        let mut parts = self.pop_n(argc.min(3))?;
        let tb = if argc >= 3 { parts.pop() } else { None };
        let value = if argc >= 2 { parts.pop() } else { None };
        let typ = parts.pop();
        let Some(typ) = typ else {
            return match self.exc_info.clone() {
                Some(err) => Ok(Why::Reraise(err)),
                None => Err(self.type_error("exceptions must be old-style classes or derived from BaseException, not NoneType")),
            };
        };
        let tb = match tb {
            None | Some(Value::None) => None,
            Some(Value::Traceback(t)) => Some(t),
            Some(_) => return Err(self.type_error("raise: arg 3 must be a traceback or None")),
        };
        let err = self.make_exception(typ, value.unwrap_or(Value::None))?;
        Ok(match tb {
            Some(tb) => Why::Reraise(PyErr {
                tb: Some(tb),
                ..err
            }),
            None => Why::Exception(err),
        })
    }

    /// Normalizes `raise typ, value` into a class and an instance, as
    /// `do_raise` and `PyErr_NormalizeException` do.
    pub fn make_exception(&mut self, typ: Value, value: Value) -> PyResult<PyErr> {
        match &typ {
            Value::Type(t) if t.is_subtype(&self.exc.base_exception) || t.is_classic() => {
                let inst = match &value {
                    Value::Instance(i) if i.class().is_subtype(t) => value.clone(),
                    Value::None => self.call_type(t, Args::default())?,
                    Value::Tuple(items) => {
                        self.call_type(t, Args::positional(items.items.to_vec()))?
                    }
                    other => self.call_type(t, Args::positional(vec![other.clone()]))?,
                };
                let class = Value::Type(self.class_of(&inst));
                Ok(PyErr {
                    typ: class,
                    value: inst,
                    tb: None,
                })
            }
            Value::Instance(i)
                if i.class().is_subtype(&self.exc.base_exception) || i.class().is_classic() =>
            {
                if !value.is_none() {
                    return Err(self.type_error("instance exception may not have a separate value"));
                }
                Ok(PyErr {
                    typ: Value::Type(i.class()),
                    value: typ.clone(),
                    tb: None,
                })
            }
            other => Err(self.type_error(format!(
                "exceptions must be old-style classes or derived from BaseException, not {}",
                self.type_name(other)
            ))),
        }
    }

    /// `SETUP_WITH`: calls `__enter__`, keeps `__exit__` under a finally block.
    fn setup_with(&mut self, arg: usize) -> PyResult<()> {
        let mgr = self.pop()?;
        let exit = self.special_or_error(&mgr, "__exit__")?;
        let enter = self.special_or_error(&mgr, "__enter__")?;
        self.push(exit);
        let result = self.call0(&enter)?;
        let frame = self.frame();
        let block = Block {
            kind: BlockKind::With,
            handler: frame.pc + arg,
            level: frame.stack.len(),
        };
        frame.blocks.push(block);
        self.push(result);
        Ok(())
    }

    fn special_or_error(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = PyStr::from(name);
        match self.lookup_special(obj, &key) {
            Some(m) => Ok(m),
            None => match obj {
                Value::Instance(_) => Err(self.attribute_error(name.to_string())),
                _ => {
                    let n = Rc::new(key);
                    self.getattr(obj, &n)
                }
            },
        }
    }

    /// `WITH_CLEANUP`: calls `__exit__` with the exception (or Nones); a
    /// true result swallows the exception.
    fn with_cleanup(&mut self) -> PyResult<()> {
        let top = self.pop()?;
        let (exit, args, exception) = match &top {
            Value::None => (
                self.pop()?,
                vec![Value::None, Value::None, Value::None],
                false,
            ),
            Value::Int(_) => {
                // A return or continue passes through: its value stays below.
                let mut saved = vec![top.clone()];
                if matches!(top, Value::Int(WHY_RETURN) | Value::Int(WHY_CONTINUE)) {
                    saved.insert(0, self.pop()?);
                }
                let exit = self.pop()?;
                for v in saved {
                    self.push(v);
                }
                let r = self.call(
                    &exit,
                    Args::positional(vec![Value::None, Value::None, Value::None]),
                )?;
                let _ = r;
                return Ok(());
            }
            _ => {
                let (value, tb) = (self.pop()?, self.pop()?);
                let exit = self.pop()?;
                self.push(tb.clone());
                self.push(value.clone());
                self.push(top.clone());
                (exit, vec![top.clone(), value, tb], true)
            }
        };
        let r = self.call(&exit, Args::positional(args))?;
        if exception {
            if self.truthy(&r)? {
                // Swallowed: END_FINALLY must find None.
                self.pop_n(3)?;
                self.push(Value::None);
            }
        } else {
            self.push(Value::None);
        }
        Ok(())
    }
}

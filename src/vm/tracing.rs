//! Tracing (CPython: `ceval.c`'s `call_trace`, `maybe_call_line_trace` and
//! `call_exc_trace`): the one hook through which the debugger and
//! `glasspy trace` watch the eval loop.
//!
//! A tracer costs nothing while none is attached: the loop reaches the hook
//! through its periodic check, whose interval drops to one instruction
//! while a tracer is attached.
//!
//! The events follow CPython 2.7's tracing: `call` when a frame starts or a
//! generator resumes, `line` by `maybe_call_line_trace`'s rule (the first
//! instruction of a line, or a jump backwards), `return` when a frame ends
//! or a generator yields, and `exception` in each frame an exception is
//! raised in or passes through. glasspy adds `instruction` before every
//! instruction.

use std::rc::Rc;

use crate::objects::object::Value;
use crate::vm::code::CodeObject;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// Whether the VM on this thread has a tracer (for code without the VM
    /// at hand, such as a generator's `Drop`).
    static TRACED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the VM on this thread is traced.
pub fn is_traced() -> bool {
    TRACED.try_with(|t| t.get()).unwrap_or(false)
}

/// What a tracer is told about.
pub enum Event<'a> {
    /// The top frame starts, or a generator's frame resumes.
    Call,
    /// The top frame is about to run the first instruction of a line (by
    /// 2.7's rule: a new line's first instruction, or any jump backwards).
    Line,
    /// The top frame is about to run the instruction at its `pc`.
    Instruction,
    /// A run of a frame ended: it returned or yielded `value`, or an
    /// exception left it (`value` is `None`). The frame is gone already.
    Return {
        code: &'a Rc<CodeObject>,
        /// The depth the frame had (1 for the bottom frame).
        depth: usize,
        /// The offset of the last instruction the frame ran.
        offset: usize,
        value: Option<&'a Value>,
        yielded: bool,
    },
    /// An exception was raised in the top frame or came into it from a
    /// frame it called. `caught` says whether a block of this frame takes
    /// it (an `except`, `finally` or `with` handler); otherwise it leaves
    /// the frame.
    Exception { err: &'a PyErr, caught: bool },
}

/// What the eval loop does after an event.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flow {
    Continue,
    /// The tracer needs no `Instruction` event for the next N instructions
    /// (the other events still come, and each answer replaces this one).
    Quiet(u64),
    /// The tracer needs no event at all for the next N instructions, but
    /// exceptions: the loop runs them at full speed. Frames that began or
    /// ended meanwhile are reported afterwards, and line events are not.
    Skip(u64),
    /// The tracer is removed; the program runs on untraced.
    Detach,
}

/// Something that watches a program run.
pub trait Tracer {
    /// `step` counts the `Instruction` events so far (the first instruction
    /// is step 1; events before it carry its number).
    fn event(&mut self, vm: &mut Vm, step: u64, event: &Event) -> PyResult<Flow>;
}

/// A tracer attached to a VM, and what it needs to report CPython's events.
pub struct TraceState {
    tracer: Box<dyn Tracer>,
    /// One entry per frame on the frame stack, as the tracer last saw it.
    shadow: Vec<Activation>,
    next_activation: u32,
    steps: u64,
    /// `Instruction` events still to skip (`Flow::Quiet`).
    quiet: u64,
    /// What the loop's ticker was set to after the last event: the
    /// instructions run since then, when the next instruction hook comes.
    ticker_set: u32,
}

/// A run of a frame, as the tracer follows it (ceval's `instr_lb`,
/// `instr_ub` and `instr_prev`, kept per call of `PyEval_EvalFrameEx`).
struct Activation {
    id: u32,
    code: Rc<CodeObject>,
    line_lower: usize,
    line_upper: usize,
    prev: Option<usize>,
    /// The value of the last `RETURN_VALUE`/`YIELD_VALUE` about to run,
    /// cleared when an exception comes; what the frame's `return` reports.
    returning: Option<(Value, bool)>,
}

impl TraceState {
    /// Gives the tracer an event; its answer sets how many instruction
    /// events to skip from now on.
    fn deliver(&mut self, vm: &mut Vm, step: u64, event: &Event) -> PyResult<Flow> {
        let flow = self.tracer.event(vm, step, event)?;
        self.quiet = match flow {
            Flow::Quiet(n) => n,
            _ => 0,
        };
        Ok(flow)
    }

    /// Between instruction hooks (an exception, the end of the program)
    /// inside a skip: counts the instructions the skip has let run so far,
    /// the one running included, from what is left on the loop's ticker.
    fn count_skipped(&mut self) {
        if self.ticker_set > 1 {
            let left = crate::vm::TICKER.with(|t| t.get());
            self.steps += u64::from(self.ticker_set.saturating_sub(left));
            self.ticker_set = left.max(1);
        }
    }

    pub fn new(tracer: Box<dyn Tracer>) -> TraceState {
        TraceState {
            tracer,
            shadow: Vec::new(),
            next_activation: 1,
            steps: 0,
            quiet: 0,
            ticker_set: 1,
        }
    }
}

impl Vm {
    /// Attaches a tracer: from the next instruction on it sees every event.
    pub fn set_tracer(&mut self, tracer: Box<dyn Tracer>) {
        self.tracing = Some(Box::new(TraceState::new(tracer)));
        TRACED.with(|t| t.set(true));
        crate::vm::TICKER.with(|t| t.set(1));
    }

    /// Whether a tracer is attached.
    pub fn is_traced(&self) -> bool {
        self.tracing.is_some()
    }

    /// Instructions run since the tracer was attached.
    pub fn trace_steps(&self) -> u64 {
        self.tracing.as_ref().map_or(0, |t| t.steps)
    }

    /// Detaches the tracer once the program's frames are done, telling it
    /// first that they returned.
    pub fn end_tracing(&mut self) {
        if let Some(mut state) = self.tracing.take() {
            state.count_skipped();
            let _ = self.sync_activations(&mut state);
        }
        TRACED.with(|t| t.set(false));
    }

    /// Before each instruction while traced: `return` events for the frames
    /// that ended, `call` for new ones, `line`, then `instruction`.
    #[cold]
    pub(crate) fn trace_instruction(&mut self) -> PyResult<()> {
        if self.skip_quiet_instruction() {
            return Ok(());
        }
        let Some(mut state) = self.tracing.take() else {
            return Ok(());
        };
        let result = self.trace_instruction_with(&mut state);
        self.reattach(state, result)
    }

    /// The common case while the tracer skips instruction events: the
    /// same run of the same frame goes on inside one line, so there is no
    /// event to give. Counts the instruction and says whether it did.
    #[inline]
    fn skip_quiet_instruction(&mut self) -> bool {
        let Vm {
            tracing, frames, ..
        } = self;
        let (Some(state), Some(frame)) = (tracing.as_deref_mut(), frames.last()) else {
            return false;
        };
        if state.quiet == 0 || state.shadow.len() != frames.len() {
            return false;
        }
        let Some(act) = state.shadow.last_mut() else {
            return false;
        };
        let offset = frame.pc;
        let within_line = act.id == frame.activation
            && offset > act.line_lower
            && offset < act.line_upper
            && act.prev.is_some_and(|p| offset > p);
        let op = frame.code.code.code.get(offset).copied().unwrap_or(0);
        if !within_line || op == crate::opcode::RETURN_VALUE || op == crate::opcode::YIELD_VALUE {
            return false;
        }
        act.prev = Some(offset);
        state.steps += 1;
        state.quiet -= 1;
        crate::vm::TICKER.with(|t| t.set(1));
        true
    }

    fn trace_instruction_with(&mut self, state: &mut TraceState) -> PyResult<Flow> {
        if self.sync_activations(state)? == Flow::Detach {
            return Ok(Flow::Detach);
        }
        let Some(frame) = self.frames.last() else {
            return Ok(Flow::Continue);
        };
        let offset = frame.pc;
        let op = frame.code.code.code.get(offset).copied().unwrap_or(0);
        let returning = matches!(op, crate::opcode::RETURN_VALUE | crate::opcode::YIELD_VALUE)
            .then(|| frame.stack.last().cloned())
            .flatten();
        let act = state.shadow.last_mut().expect("an activation per frame");
        if let Some(v) = returning {
            act.returning = Some((v, op == crate::opcode::YIELD_VALUE));
        }
        // maybe_call_line_trace
        if offset < act.line_lower || offset >= act.line_upper {
            let (_, lower, upper) = act.code.code.line_bounds(offset);
            act.line_lower = lower;
            act.line_upper = upper;
        }
        let line_event = offset == act.line_lower || act.prev.is_some_and(|p| offset < p);
        act.prev = Some(offset);
        // After a skip, the instructions it let run are counted too.
        state.steps += u64::from(state.ticker_set);
        state.ticker_set = 1;
        let step = state.steps;
        if line_event && state.deliver(self, step, &Event::Line)? == Flow::Detach {
            return Ok(Flow::Detach);
        }
        if state.quiet > 0 {
            state.quiet -= 1;
            return Ok(Flow::Continue);
        }
        state.deliver(self, step, &Event::Instruction)
    }

    /// Brings the tracer's view of the frame stack up to date: `return` for
    /// each run of a frame that ended, `call` for each that began.
    fn sync_activations(&mut self, state: &mut TraceState) -> PyResult<Flow> {
        let depth = self.frames.len();
        let in_step = |state: &TraceState, i: usize, frames: &[crate::vm::frame::Frame]| {
            state.shadow.get(i).map(|a| a.id) == Some(frames[i].activation)
                && frames[i].activation != 0
        };
        if state.shadow.len() == depth && (depth == 0 || in_step(state, depth - 1, &self.frames)) {
            return Ok(Flow::Continue);
        }
        let mut same = 0;
        while same < depth && same < state.shadow.len() && in_step(state, same, &self.frames) {
            same += 1;
        }
        while state.shadow.len() > same {
            let act = state.shadow.pop().expect("an activation");
            let (value, yielded) = match &act.returning {
                Some((v, y)) => (Some(v), *y),
                None => (None, false),
            };
            let event = Event::Return {
                code: &act.code,
                depth: state.shadow.len() + 1,
                offset: act.prev.unwrap_or(0),
                value,
                yielded,
            };
            let step = state.steps + 1;
            if state.deliver(self, step, &event)? == Flow::Detach {
                return Ok(Flow::Detach);
            }
        }
        for i in same..depth {
            let id = state.next_activation;
            state.next_activation = state.next_activation.wrapping_add(1).max(1);
            self.frames[i].activation = id;
            state.shadow.push(Activation {
                id,
                code: self.frames[i].code.clone(),
                line_lower: 0,
                line_upper: 0,
                prev: None,
                returning: None,
            });
            if i + 1 == depth {
                let step = state.steps + 1;
                if state.deliver(self, step, &Event::Call)? == Flow::Detach {
                    return Ok(Flow::Detach);
                }
            }
        }
        Ok(Flow::Continue)
    }

    /// An exception raised in the top frame or come into it (ceval's
    /// `call_exc_trace`), before the frame's blocks are unwound.
    #[cold]
    pub(crate) fn trace_exception(&mut self, err: &PyErr) -> PyResult<()> {
        let Some(mut state) = self.tracing.take() else {
            return Ok(());
        };
        state.count_skipped();
        let result = self.sync_activations(&mut state).and_then(|flow| {
            if flow == Flow::Detach {
                return Ok(Flow::Detach);
            }
            let Some(frame) = self.frames.last() else {
                return Ok(Flow::Continue);
            };
            // Loop blocks are popped by an exception; any other block
            // takes it over (unwind_blocks).
            let caught = frame
                .blocks
                .iter()
                .any(|b| b.kind != crate::vm::frame::BlockKind::Loop);
            if let Some(act) = state.shadow.last_mut() {
                act.returning = None;
            }
            let step = state.steps.max(1);
            state.deliver(self, step, &Event::Exception { err, caught })
        });
        self.reattach(state, result)
    }

    /// Puts the tracer back after an event (unless it detached), and makes
    /// the loop come back to it before the next instruction: Python code
    /// run by the tracer itself ran untraced, with the normal interval.
    fn reattach(&mut self, state: Box<TraceState>, result: PyResult<Flow>) -> PyResult<()> {
        match result {
            Ok(Flow::Detach) => {
                self.tracing = None;
                TRACED.with(|t| t.set(false));
                Ok(())
            }
            other => {
                let mut state = state;
                // The loop comes back after the skip, or before the next
                // instruction (Python code run by the tracer itself ran
                // untraced and left the ticker at the normal interval).
                state.ticker_set = match other {
                    Ok(Flow::Skip(n)) => u32::try_from(n + 1).unwrap_or(u32::MAX),
                    _ => 1,
                };
                crate::vm::TICKER.with(|t| t.set(state.ticker_set));
                self.tracing = Some(state);
                other.map(|_| ())
            }
        }
    }
}

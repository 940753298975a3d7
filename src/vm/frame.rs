//! Frames (CPython: `Objects/frameobject.c`): one per running code object,
//! with its value stack, block stack and variables.

use std::rc::Rc;

use crate::objects::dictobject::PyDict;
use crate::objects::funcobject::PyCell;
use crate::objects::object::Value;
use crate::vm::code::CodeObject;
use crate::vm::frameobject::PyFrameObject;
use crate::vm::PyErr;

/// What a block on the block stack was set up by.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    Loop,
    Except,
    Finally,
    With,
    /// An `except` clause is running (2.7 pushes no such block; glasspy uses
    /// none either — kept for the debugger's `info blocks`).
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Where control goes when the block is unwound.
    pub handler: usize,
    /// The value stack height when the block was set up.
    pub level: usize,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The offset of the next instruction.
    pub pc: usize,
    /// The offset of the instruction running (or last run).
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// `co_varnames` values; `None` while unbound.
    pub fast: Vec<Option<Value>>,
    /// Cells for `co_cellvars`, then the closure's cells for `co_freevars`.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies (`LOAD_NAME`, `STORE_NAME`).
    pub locals: Option<Rc<PyDict>>,
    pub builtins: Rc<PyDict>,
    /// `sys.exc_info()` as it was when this frame started handling an
    /// exception, restored when the frame ends (2.7's `f_exc_*`).
    pub saved_exc: Option<Box<Option<PyErr>>>,
    /// The frame object a program has seen for this frame, once made
    /// (`src/vm/frameobject.rs`).
    pub object: Option<Rc<PyFrameObject>>,
    /// Which run of this frame a tracer has seen (0: not seen yet, a new
    /// frame or a resumed generator; `src/vm/tracing.rs`).
    pub activation: u32,
}

/// The value stack and locals of a frame, emptied when it finishes.
#[derive(Default)]
pub struct Buffers {
    pub stack: Vec<Value>,
    pub fast: Vec<Option<Value>>,
}

/// Buffers of finished frames, kept for new ones (as CPython keeps a
/// "zombie" frame per code object). The slots stay in place and buffers are
/// swapped in and out of them field by field: moving a `Buffers` through a
/// temporary made each call stall on mixed-width stores and loads.
pub struct BufferPool {
    /// Slots below `filled` hold kept buffers; the others are empty.
    slots: Box<[Buffers]>,
    filled: usize,
}

impl Default for BufferPool {
    fn default() -> Self {
        BufferPool {
            slots: (0..64).map(|_| Buffers::default()).collect(),
            filled: 0,
        }
    }
}

impl BufferPool {
    /// Keeps a finished frame's buffers, emptied, if a slot is free.
    #[inline(always)]
    pub fn keep(&mut self, frame: &mut Frame) {
        if let Some(slot) = self.slots.get_mut(self.filled) {
            frame.stack.clear();
            frame.fast.clear();
            std::mem::swap(&mut slot.stack, &mut frame.stack);
            std::mem::swap(&mut slot.fast, &mut frame.fast);
            self.filled += 1;
        }
    }

    /// The slot a new frame takes its buffers from: the last kept ones, or
    /// empty ones.
    #[inline(always)]
    pub fn spare(&mut self) -> &mut Buffers {
        self.filled = self.filled.saturating_sub(1);
        &mut self.slots[self.filled]
    }
}

impl Frame {
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        builtins: Rc<PyDict>,
    ) -> Frame {
        Frame::with_buffers(code, globals, locals, builtins, &mut Buffers::default())
    }

    /// A frame whose value stack and locals are taken from `spare`.
    #[inline(always)]
    pub fn with_buffers(
        code: Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        builtins: Rc<PyDict>,
        spare: &mut Buffers,
    ) -> Frame {
        let nlocals = code.code.varnames.len();
        let ncells = code.code.cellvars.len();
        let mut stack = std::mem::take(&mut spare.stack);
        let mut fast = std::mem::take(&mut spare.fast);
        stack.reserve(code.code.stacksize.clamp(0, 1024) as usize);
        fast.resize(nlocals, None);
        // Most functions have no cells; an empty Vec made here, not by a
        // call, keeps the new frame's fields out of memory round trips.
        let cells = if ncells == 0 {
            Vec::new()
        } else {
            (0..ncells).map(|_| Rc::new(PyCell::default())).collect()
        };
        Frame {
            stack,
            fast,
            cells,
            code,
            pc: 0,
            lasti: 0,
            blocks: Vec::new(),
            globals,
            locals,
            builtins,
            saved_exc: None,
            object: None,
            activation: 0,
        }
    }

    /// The source line of the current instruction.
    pub fn lineno(&self) -> i64 {
        self.code.code.addr_to_line(self.lasti)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn frames_stay_small() {
        // Frames move when they are pushed and popped; keep them compact.
        assert!(
            std::mem::size_of::<super::Frame>() <= 168,
            "{}",
            std::mem::size_of::<super::Frame>()
        );
    }
}

//! glasspy: a glass-box Python 2.7 virtual machine.
//!
//! It loads the code objects that CPython 2.7 compiles, shows them as CPython's
//! `dis` shows them, and runs them as CPython's eval loop does.

pub mod allocator;
pub mod builtins;
pub mod code;
pub mod compare;
pub mod debugger;
pub mod dis;
pub mod inspect;
pub mod loader;
pub mod marshal;
pub mod objects;
pub mod opcode;
pub mod trace;
pub mod vm;

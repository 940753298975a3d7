//! glasspy: a glass-box Python 2.7 virtual machine.
//!
//! It loads the code objects that CPython 2.7 compiles, shows them as CPython's
//! `dis` shows them, and (in later layers) runs and steps through them.

pub mod code;
pub mod dis;
pub mod inspect;
pub mod loader;
pub mod marshal;
pub mod objects;
pub mod opcode;

//! Object semantics, one file per type family (CPython: `Objects/*.c`).

pub mod complexobject;
pub mod dicttable;
pub mod floatobject;
pub mod hashing;
pub mod stringobject;
pub mod unicodeobject;

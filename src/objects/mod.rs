//! Object semantics, one file per type family (CPython: `Objects/*.c`).

pub mod complexobject;
pub mod floatobject;
pub mod intobject;
pub mod longobject;
pub mod stringobject;
pub mod unicodeobject;

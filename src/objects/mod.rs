//! Object semantics, one file per type family (CPython: `Objects/*.c`).

pub mod abstract_;
pub mod complexobject;
pub mod dictmethods;
pub mod dictobject;
pub mod exceptions;
pub mod floatobject;
pub mod format;
pub mod funcobject;
pub mod hashing;
pub mod iterobject;
pub mod listmethods;
pub mod listobject;
pub mod methodobject;
pub mod moduleobject;
pub mod number;
pub mod object;
pub mod protocol;
pub mod rangeobject;
pub mod setobject;
pub mod sliceobject;
pub mod stringobject;
pub mod strmethods;
pub mod tupleobject;
pub mod typeobject;
pub mod types;
pub mod unicodeobject;

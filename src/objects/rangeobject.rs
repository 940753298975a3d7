//! `xrange` (CPython: `Objects/rangeobject.c`).

pub struct PyXRange {
    pub start: i64,
    pub step: i64,
    pub len: i64,
}

impl PyXRange {
    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

//! `slice` (CPython: `Objects/sliceobject.c`).

use super::object::Value;

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolves slice bounds against a sequence length as `PySlice_GetIndicesEx`
/// does: `(start, stop, step, slicelength)`.
pub fn indices(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let slicelength = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, slicelength)
}

#[cfg(test)]
mod tests {
    use super::indices;

    #[test]
    fn slice_indices() {
        assert_eq!(indices(None, None, 1, 5), (0, 5, 1, 5));
        assert_eq!(indices(None, None, -1, 5), (4, -1, -1, 5));
        assert_eq!(indices(Some(-2), None, 1, 5), (3, 5, 1, 2));
        assert_eq!(indices(Some(1), Some(100), 2, 5), (1, 5, 2, 2));
        assert_eq!(indices(Some(-100), Some(-100), -1, 5), (-1, -1, -1, 0));
    }
}

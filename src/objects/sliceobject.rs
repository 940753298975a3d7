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

/// `slice.indices(len)`.
pub fn slice_indices(
    vm: &mut crate::vm::Vm,
    args: super::methodobject::Args,
) -> crate::vm::PyResult<Value> {
    let (Some(Value::Slice(s)), Some(len)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("indices() takes exactly one argument"));
    };
    let len = vm.index_value(len, "an integer is required")?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let msg = "slice indices must be integers or None or have an __index__ method";
    let mut bound = |v: &Value| -> crate::vm::PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            other => vm.index_value(other, msg).map(Some),
        }
    };
    let step = bound(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (start, stop) = (bound(&s.start)?, bound(&s.stop)?);
    let (start, stop, step, _) = indices(start, stop, step.max(-i64::MAX), len);
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
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

//! The abstract protocols (CPython: `Objects/abstract.c`): numbers,
//! sequences, mappings, containment and iteration over any value.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::hashing;
use super::iterobject::{DictPart, IterState, PyIter};
use super::methodobject::Args;
use super::object::Value;
use super::setobject::PySet;
use super::sliceobject::{self, PySlice};
use super::stringobject::PyStr;
use crate::opcode::*;
use crate::vm::{PyResult, Vm};

pub use super::protocol::function_name;

/// A binary operator, as the `BINARY_*` and `INPLACE_*` opcodes name them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Classic `/`: floor division for integers.
    Div,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Xor,
    Or,
}

impl BinOp {
    pub fn from_opcode(op: u8, future_division: bool) -> BinOp {
        match op {
            BINARY_ADD | INPLACE_ADD => BinOp::Add,
            BINARY_SUBTRACT | INPLACE_SUBTRACT => BinOp::Sub,
            BINARY_MULTIPLY | INPLACE_MULTIPLY => BinOp::Mul,
            BINARY_DIVIDE | INPLACE_DIVIDE if future_division => BinOp::TrueDiv,
            BINARY_DIVIDE | INPLACE_DIVIDE => BinOp::Div,
            BINARY_TRUE_DIVIDE | INPLACE_TRUE_DIVIDE => BinOp::TrueDiv,
            BINARY_FLOOR_DIVIDE | INPLACE_FLOOR_DIVIDE => BinOp::FloorDiv,
            BINARY_MODULO | INPLACE_MODULO => BinOp::Mod,
            BINARY_POWER | INPLACE_POWER => BinOp::Pow,
            BINARY_LSHIFT | INPLACE_LSHIFT => BinOp::LShift,
            BINARY_RSHIFT | INPLACE_RSHIFT => BinOp::RShift,
            BINARY_AND | INPLACE_AND => BinOp::And,
            BINARY_XOR | INPLACE_XOR => BinOp::Xor,
            _ => BinOp::Or,
        }
    }

    /// The operator as TypeError messages show it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div | BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }

    /// The special method names: `(__add__, __radd__, __iadd__)`.
    pub fn special_names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Div => ("__div__", "__rdiv__", "__idiv__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
        }
    }
}

/// A comparison, as `COMPARE_OP`'s argument names it (`dis.cmp_op`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
    ExceptionMatch,
}

impl CmpOp {
    pub fn from_arg(arg: usize) -> Option<CmpOp> {
        use CmpOp::*;
        [Lt, Le, Eq, Ne, Gt, Ge, In, NotIn, Is, IsNot, ExceptionMatch]
            .get(arg)
            .copied()
    }

    /// Whether the comparison holds for an ordering of its operands.
    pub fn holds(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            _ => false,
        }
    }

    /// The rich comparison method and its reflection (`__lt__`, `__gt__`).
    pub fn special_names(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        }
    }
}

/// `==` between built-in values whose equality runs no Python code; other
/// values are equal only to themselves.
pub fn builtin_eq(a: &Value, b: &Value) -> bool {
    if let Some(o) = number_cmp(a, b) {
        return o == Some(Ordering::Equal);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_bytes() == y.as_bytes(),
        (Value::Unicode(x), Value::Unicode(y)) => x.chars == y.chars,
        (Value::Str(x), Value::Unicode(y)) | (Value::Unicode(y), Value::Str(x)) => {
            x.as_bytes().iter().all(u8::is_ascii)
                && x.as_bytes()
                    .iter()
                    .map(|&c| u32::from(c))
                    .eq(y.chars.iter().copied())
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| builtin_eq(p, q))
        }
        (Value::Set(x), Value::Set(y)) => {
            x.len() == y.len() && x.hashed_items().iter().all(|(h, v)| y.contains(v, *h))
        }
        _ => a.is(b),
    }
}

/// The hash of values whose hash runs no Python code and does not depend
/// on an address; `None` for the others.
pub fn builtin_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => {
            if *i == -1 {
                -2
            } else {
                *i
            }
        }
        Value::Long(l) => hashing::hash_long(l),
        Value::Float(f) => hashing::hash_float(f.get()),
        Value::Complex(c) => {
            let h = hashing::hash_float(c.0)
                .wrapping_add(hashing::hash_float(c.1).wrapping_mul(1000003));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Value::Str(s) => s.hash(),
        Value::Unicode(u) => u.hash(),
        Value::Tuple(t) => {
            let hashes: Option<Vec<i64>> = t.items.iter().map(builtin_hash).collect();
            hashing::hash_tuple(&hashes?)
        }
        _ => return None,
    })
}

/// C's `frexp`: `f = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Compares two numbers (bool, int, long, float); `None` when either is
/// not a number, `Some(None)` when they are unordered (NaN).
pub fn number_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value::*;
    let int = |v: &Value| -> Option<BigInt> {
        match v {
            Bool(x) => Some(BigInt::from(i64::from(*x))),
            Int(x) => Some(BigInt::from(*x)),
            Long(x) => Some((**x).clone()),
            _ => Option::None,
        }
    };
    match (a, b) {
        (Int(x), Int(y)) => Some(Some(x.cmp(y))),
        (Float(x), Float(y)) => Some(x.get().partial_cmp(&y.get())),
        (Float(x), other) | (other, Float(x)) if int(other).is_some() => {
            let i = int(other)?;
            let o = compare_float_int(x.get(), &i);
            Some(if matches!(a, Float(_)) {
                o
            } else {
                o.map(Ordering::reverse)
            })
        }
        (Complex(_), _) | (_, Complex(_)) => {
            let as_c = |v: &Value| -> Option<(f64, f64)> {
                match v {
                    Complex(c) => Some((c.0, c.1)),
                    Float(f) => Some((f.get(), 0.0)),
                    Int(i) => Some((*i as f64, 0.0)),
                    Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
                    Long(l) => l.to_f64().map(|f| (f, 0.0)),
                    _ => Option::None,
                }
            };
            let (x, y) = (as_c(a)?, as_c(b)?);
            Some(if x == y {
                Some(Ordering::Equal)
            } else {
                Option::None
            })
        }
        _ => {
            let (x, y) = (int(a)?, int(b)?);
            Some(Some(x.cmp(&y)))
        }
    }
}

/// A float against an integer, exactly (as `float_richcompare` does).
fn compare_float_int(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let whole: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
    Some(whole.cmp(i).then(if f > fl {
        Ordering::Greater
    } else {
        Ordering::Equal
    }))
}

impl Vm {
    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.len(),
            Value::Unicode(u) => u.chars.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.len(),
            Value::Dict(d) => d.len(),
            Value::DictView(d) => d.dict.len(),
            Value::Set(s) => s.len(),
            Value::XRange(r) => r.len as usize,
            Value::ByteArray(b) => b.len(),
            _ if super::protocol::has_python_type(v) => {
                if let Some(m) = self.classic_special(v, "__len__") {
                    let r = self.call(&m?, Args::default())?;
                    return self.len_result(r);
                }
                match self.lookup_special(v, &PyStr::from("__len__")) {
                    Some(m) => {
                        let r = self.call(&m, Args::default())?;
                        self.len_result(r)?
                    }
                    None => return Err(self.no_len(v)),
                }
            }
            _ => return Err(self.no_len(v)),
        })
    }

    fn no_len(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// The result of `__len__`, checked as CPython checks it.
    pub fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(usize::from(b)),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            _ => Err(self.type_error("an integer is required")),
        }
    }

    /// `x in container`.
    pub fn contains(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match x {
                Value::Str(needle) => Ok(find_bytes(s.as_bytes(), needle.as_bytes(), 0).is_some()),
                Value::Unicode(_) => {
                    let (hay, needle) = (self.to_unicode(container)?, self.to_unicode(x)?);
                    Ok(needle.is_empty()
                        || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
                }
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(x)
                ))),
            },
            Value::Unicode(_) => {
                let (hay, needle) = (self.to_unicode(container)?, self.to_unicode(x)?);
                Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
            }
            Value::Dict(d) => {
                let h = self.hash(x)?;
                Ok(self.dict_get(d, x, h)?.is_some())
            }
            Value::Set(s) => {
                // A set looked for in a set is looked for as a frozenset
                // (`set_contains`), since a set itself is unhashable.
                if let Value::Set(inner) = x {
                    if !inner.frozen {
                        let frozen = Value::Set(Rc::new(inner.copy(true)));
                        let h = self.hash(&frozen)?;
                        return self.set_contains(s, &frozen, h);
                    }
                }
                let h = self.hash(x)?;
                self.set_contains(s, x, h)
            }
            Value::DictView(d) => {
                let d = d.clone();
                self.dictview_contains(&d, x)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.any_equal(&t.items, x)
            }
            Value::List(l) => {
                let items = l.snapshot();
                self.any_equal(&items, x)
            }
            Value::ByteArray(b) => {
                let b = b.clone();
                self.bytearray_contains(&b, x)
            }
            Value::XRange(r) => Ok(match x {
                Value::Int(i) => (0..r.len).any(|k| r.item(k) == *i),
                _ => false,
            }),
            Value::Instance(_) => {
                // Without `__contains__`, the items are searched.
                let found = match self.classic_special(container, "__contains__") {
                    Some(Ok(m)) => Some(m),
                    Some(Err(e)) if self.err_matches(&e, &self.exc.attribute_error.clone()) => None,
                    Some(Err(e)) => return Err(e),
                    None => self.lookup_special(container, &PyStr::from("__contains__")),
                };
                match found {
                    Some(m) => {
                        let r = self.call1(&m, x.clone())?;
                        self.truthy(&r)
                    }
                    None => self.search_items(container, x),
                }
            }
            _ => self.search_items(container, x),
        }
    }

    /// `x in container` by iterating over the container.
    fn search_items(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|_| {
            self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(item) = self.next(&it)? {
            if self.eq(&item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter()` of a classic instance (`instance_getiter`): its `__iter__`,
    /// else its `__getitem__` stepped through, else TypeError.
    fn classic_iter(&mut self, v: &Value) -> PyResult<Value> {
        let attribute_error = self.exc.attribute_error.clone();
        match self.classic_special(v, "__iter__") {
            Some(Ok(m)) => {
                let it = self.call(&m, Args::default())?;
                let is_iterator = match &it {
                    Value::Iter(_) | Value::Generator(_) | Value::File(_) => true,
                    Value::Instance(_) => self.getattr(&it, &Rc::new(PyStr::from("next"))).is_ok(),
                    _ => false,
                };
                if !is_iterator {
                    return Err(self.type_error(format!(
                        "__iter__ returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            Some(Err(e)) if !self.err_matches(&e, &attribute_error) => return Err(e),
            _ => {}
        }
        match self.classic_special(v, "__getitem__") {
            Some(Ok(_)) => Ok(PyIter::new(
                "iterator",
                IterState::GetItem {
                    obj: v.clone(),
                    index: 0,
                },
            )),
            Some(Err(e)) if !self.err_matches(&e, &attribute_error) => Err(e),
            _ => Err(self.type_error("iteration over non-sequence")),
        }
    }

    fn any_equal(&mut self, items: &[Value], x: &Value) -> PyResult<bool> {
        for item in items {
            if self.eq(item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => PyIter::new(
                "listiterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Tuple(_) => PyIter::new(
                "tupleiterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::ByteArray(_) => PyIter::new(
                "bytearray_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Str(_) | Value::Unicode(_) => PyIter::new(
                "iterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::XRange(r) => PyIter::new(
                "rangeiterator",
                IterState::Range {
                    next: r.start,
                    step: r.step,
                    remaining: r.len,
                },
            ),
            Value::Dict(d) => PyIter::new(
                "dictionary-keyiterator",
                IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    len: d.len(),
                    part: DictPart::Keys,
                },
            ),
            Value::Set(s) => PyIter::new(
                "setiterator",
                IterState::Set {
                    set: s.clone(),
                    pos: 0,
                    len: s.len(),
                },
            ),
            Value::DictView(d) => self.dictview_iter(d),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::File(_) => v.clone(),
            Value::Instance(inst) if inst.class().is_classic() => {
                return self.classic_iter(v);
            }
            _ if super::protocol::has_python_type(v) => {
                if let Some(m) = self.lookup_special(v, &PyStr::from("__iter__")) {
                    let it = self.call(&m, Args::default())?;
                    if self.lookup_special(&it, &PyStr::from("next")).is_none()
                        && !matches!(it, Value::Iter(_) | Value::Generator(_) | Value::File(_))
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self
                    .lookup_special(v, &PyStr::from("__getitem__"))
                    .is_some()
                {
                    return Ok(PyIter::new(
                        "iterator",
                        IterState::GetItem {
                            obj: v.clone(),
                            index: 0,
                        },
                    ));
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    fn not_iterable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The next item of an iterator, or `None` when it is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.iter_next(i),
            // A StopIteration raised in the generator ends iteration too
            // (`PyIter_Next` clears it).
            Value::Generator(g) => match self.resume_generator(g, Value::None, None) {
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                other => other,
            },
            Value::File(f) => crate::builtins::fileobject::file_next(self, f),
            Value::Instance(_) => {
                let Some(m) = self.lookup_special(it, &PyStr::from("next")) else {
                    return Err(self
                        .type_error(format!("{} object is not an iterator", self.type_name(it))));
                };
                match self.call(&m, Args::default()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!("{} object is not an iterator", self.type_name(it)))),
        }
    }

    fn iter_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        // Take what the step needs, then release the borrow: a step may run Python code.
        let mut state = it.state.borrow_mut();
        let result = match &mut *state {
            IterState::Seq { seq, index } => {
                let item = seq_item(seq, *index);
                if item.is_some() {
                    *index += 1;
                }
                item
            }
            IterState::Reversed { seq, index } if matches!(seq, Value::Instance(_)) => {
                if *index < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *index);
                drop(state);
                return match self.getitem(&seq, &Value::Int(i as i64)) {
                    Ok(v) => {
                        if let IterState::Reversed { index, .. } = &mut *it.state.borrow_mut() {
                            *index -= 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.err_matches(&e, &self.exc.index_error.clone())
                            || self.err_matches(&e, &self.exc.stop_iteration.clone()) =>
                    {
                        *it.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    None
                } else {
                    let item = seq_item(seq, *index as usize);
                    *index -= 1;
                    item
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    None
                } else {
                    let v = *next;
                    *next = next.wrapping_add(*step);
                    *remaining -= 1;
                    Some(Value::Int(v))
                }
            }
            IterState::Dict {
                dict,
                pos,
                len,
                part,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.new_error(
                        &self.exc.runtime_error.clone(),
                        "dictionary changed size during iteration",
                    ));
                }
                let entry = dict.next_entry(*pos);
                entry
                    .map(|(slot, k, v)| {
                        *pos = slot + 1;
                        (k, v)
                    })
                    .map(|(k, v)| match part {
                        DictPart::Keys => k,
                        DictPart::Values => v,
                        DictPart::Items => Value::tuple(vec![k, v]),
                    })
            }
            IterState::Set { set, pos, len } => {
                if set.len() != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.new_error(
                        &self.exc.runtime_error.clone(),
                        "Set changed size during iteration",
                    ));
                }
                set.next_entry(*pos).map(|(slot, v)| {
                    *pos = slot + 1;
                    v
                })
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                *index += 1;
                drop(state);
                return match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.err_matches(&e, &self.exc.index_error.clone())
                            || self.err_matches(&e, &self.exc.stop_iteration.clone()) =>
                    {
                        *it.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                self.charge_native_step()?;
                let v = self.call0(&func)?;
                if self.eq(&v, &sentinel)? {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                return Ok(Some(v));
            }
            IterState::Enumerate { iter, count } => {
                let (inner, n) = (iter.clone(), *count);
                drop(state);
                return match self.next(&inner)? {
                    Some(v) => {
                        if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                            *count += 1;
                        }
                        Ok(Some(Value::tuple(vec![Value::Int(n), v])))
                    }
                    None => Ok(None),
                };
            }
            IterState::Format {
                text,
                unicode,
                fields,
                pos,
            } => {
                let step = super::formatteriter::step(text, *unicode, *fields, pos);
                match step {
                    Ok(item) => item,
                    Err(e) => {
                        drop(state);
                        return Err(super::formatspec::raise(self, e));
                    }
                }
            }
            IterState::Exhausted => None,
        };
        if result.is_none() {
            *state = IterState::Exhausted;
        }
        Ok(result)
    }

    /// Every item of an iterable, in order.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            out.push(item);
        }
        Ok(out)
    }

    /// Every item of an iterable, after asking it for its length first as
    /// `list()`, `tuple()`, `list.extend` and `sorted` do (CPython sizes
    /// the new list with `_PyObject_LengthHint`, which calls a class's
    /// `__len__` or `__length_hint__`).
    pub fn iterate_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_)) {
            return self.iterate(v);
        }
        // `listextend`: the iterator first, then the hint.
        let it = self.iter(v)?;
        self.length_hint(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            out.push(item);
        }
        Ok(out)
    }

    /// The number of items `listextend` makes room for before iterating
    /// `v` (`None` for a list or tuple, whose items are copied at once):
    /// the length of a built-in container or of what an iterator has
    /// left, else 8. Runs no Python code (`length_hint` does that part).
    pub fn length_hint_of(&self, v: &Value) -> Option<usize> {
        Some(match v {
            Value::List(_) | Value::Tuple(_) => return None,
            Value::Str(s) => s.len(),
            Value::Unicode(u) => u.chars.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::ByteArray(b) => b.len(),
            Value::XRange(r) => r.len.max(0) as usize,
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::Seq { seq, index } => seq_len(seq).saturating_sub(*index),
                IterState::Range { remaining, .. } => (*remaining).max(0) as usize,
                IterState::Dict { dict, .. } => dict.len(),
                IterState::Set { set, .. } => set.len(),
                IterState::Exhausted => 0,
                _ => 8,
            },
            _ => 8,
        })
    }

    /// `_PyObject_LengthHint`, for the Python code it runs and the errors
    /// it lets through (the hint itself only sizes a buffer).
    fn length_hint(&mut self, v: &Value) -> PyResult<()> {
        let seq = match v {
            // An object of a class defined in Python (or a class whose
            // metaclass is).
            _ if super::protocol::has_python_type(v) => v.clone(),
            // A reversed() object's hint is its sequence's length.
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::Reversed { seq, .. } if matches!(seq, Value::Instance(_)) => seq.clone(),
                _ => return Ok(()),
            },
            _ => return Ok(()),
        };
        let ignorable = |vm: &Vm, e: &crate::vm::PyErr| {
            vm.err_matches(e, &vm.exc.type_error) || vm.err_matches(e, &vm.exc.attribute_error)
        };
        match self.len(&seq) {
            Ok(_) => return Ok(()),
            Err(e) if !ignorable(self, &e) => return Err(e),
            Err(_) => {}
        }
        if !super::protocol::has_python_type(v) || super::number::is_classic_instance(v) {
            return Ok(());
        }
        if let Some(hint) = self.lookup_special(v, &PyStr::from("__length_hint__")) {
            match self.call(&hint, Args::default()) {
                Err(e) if !ignorable(self, &e) => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }

    /// `UNPACK_SEQUENCE`: exactly `n` items, with CPython's messages.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self.iter(seq)?;
                let mut items = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    items.push(v);
                    if items.len() > n {
                        return Err(self.value_error("too many values to unpack"));
                    }
                }
                items
            }
        };
        match items.len().cmp(&n) {
            Ordering::Equal => Ok(items),
            Ordering::Greater => Err(self.value_error("too many values to unpack")),
            Ordering::Less => Err(self.value_error(format!(
                "need more than {} value{} to unpack",
                items.len(),
                if items.len() == 1 { "" } else { "s" }
            ))),
        }
    }

    /// A new set (or frozenset) of these items, added left to right.
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Rc::new(PySet::new(frozen));
        for v in items {
            let h = self.hash(&v)?;
            self.set_add_key(&set, v, h)?;
        }
        Ok(Value::Set(set))
    }

    pub fn set_add(&mut self, set: &Value, v: Value) -> PyResult<()> {
        match set {
            Value::Set(s) => {
                let h = self.hash(&v)?;
                self.set_add_key(s, v, h)?;
                Ok(())
            }
            _ => Err(self.system_error("bad bytecode: SET_ADD without a set")),
        }
    }

    /// An index for a sequence: an int (or long, or `__index__`), with CPython's message.
    pub fn index_value(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Long(l) => Ok(l
                .to_i64()
                .unwrap_or(if l.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })),
            Value::Instance(_) => match self.lookup_special(v, &PyStr::from("__index__")) {
                Some(m) => {
                    let r = self.call0(&m)?;
                    self.index_value(&r, what)
                }
                None => match v.builtin_base() {
                    Some(base @ (Value::Int(_) | Value::Long(_))) => {
                        self.index_value(&base.clone(), what)
                    }
                    _ => Err(self.type_error(what.to_string())),
                },
            },
            _ => Err(self.type_error(what.to_string())),
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::ByteArray(b) = obj {
            let b = b.clone();
            return self.bytearray_getitem(obj, &b, key);
        }
        if let Value::Slice(s) = key {
            if !matches!(obj, Value::Dict(_)) && !super::protocol::has_python_type(obj) {
                return self.subscript_slice(obj, s);
            }
        }
        match obj {
            Value::List(l) => {
                let len = l.len() as i64;
                let i = self.seq_index(obj, key, len, "list")?;
                l.get(i)
                    .ok_or_else(|| self.index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                let i = self.seq_index(obj, key, t.len() as i64, "tuple")?;
                t.items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| self.index_error("tuple index out of range"))
            }
            Value::Str(s) => {
                let i = self.seq_index(obj, key, s.len() as i64, "string")?;
                s.as_bytes()
                    .get(i)
                    .map(|b| Value::bytes(&[*b]))
                    .ok_or_else(|| self.index_error("string index out of range"))
            }
            Value::Unicode(u) => {
                let i = self.seq_index(obj, key, u.chars.len() as i64, "unicode")?;
                match u.chars.get(i) {
                    Some(&c) => Ok(Value::Unicode(Rc::new(
                        super::unicodeobject::PyUnicode::new(vec![c].into()),
                    ))),
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Value::XRange(r) => {
                let i = self.seq_index(obj, key, r.len, "xrange")?;
                if (i as i64) < r.len {
                    Ok(Value::Int(r.item(i as i64)))
                } else {
                    Err(self.index_error("xrange object index out of range"))
                }
            }
            Value::Dict(d) => {
                let h = self.hash(key)?;
                match self.dict_get(d, key, h)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key.clone())),
                }
            }
            Value::Instance(inst) if inst.class().is_classic() => {
                let m = self.getattr(obj, &Rc::new(PyStr::from("__getitem__")))?;
                self.call1(&m, key.clone())
            }
            Value::Instance(inst) => match self.lookup_special(obj, &PyStr::from("__getitem__")) {
                // dict's own `__getitem__` on a subclass: `__missing__` answers a missing key.
                Some(Value::Builtin(_)) if matches!(inst.base(), Some(Value::Dict(_))) => {
                    let Some(Value::Dict(d)) = inst.base() else {
                        return Err(self.not_subscriptable(obj));
                    };
                    let h = self.hash(key)?;
                    if let Some(v) = self.dict_get(d, key, h)? {
                        return Ok(v);
                    }
                    match self.lookup_special(obj, &PyStr::from("__missing__")) {
                        Some(missing) => self.call1(&missing, key.clone()),
                        None => Err(self.key_error(key.clone())),
                    }
                }
                Some(m) => self.call1(&m, key.clone()),
                None => Err(self.not_indexable(obj, key)),
            },
            Value::Type(_) if super::protocol::has_python_type(obj) => {
                match self.lookup_special(obj, &PyStr::from("__getitem__")) {
                    Some(m) => self.call1(&m, key.clone()),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            // A view has sequence methods (len, in) but no item access.
            Value::DictView(_)
                if matches!(key, Value::Int(_) | Value::Bool(_) | Value::Long(_)) =>
            {
                Err(self.type_error(format!(
                    "'{}' object does not support indexing",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    /// `obj[key]` on an instance without `__getitem__`: a new-style class
    /// has sequence slots, so an index key is refused as a sequence refuses it.
    fn not_indexable(&self, obj: &Value, key: &Value) -> crate::vm::PyErr {
        let index = match key {
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => true,
            Value::Instance(i) => i.class().lookup("__index__").is_some(),
            _ => false,
        };
        match obj {
            Value::Instance(i) if index && !i.class().is_classic() => self.type_error(format!(
                "'{}' object does not support indexing",
                self.type_name(obj)
            )),
            _ => self.not_subscriptable(obj),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> crate::vm::PyErr {
        match obj {
            // Sequence-like types without item access say so.
            Value::Set(_) => self.type_error(format!(
                "'{}' object does not support indexing",
                self.type_name(obj)
            )),
            Value::Instance(i) if i.class().is_classic() => self.no_attribute(obj, "__getitem__"),
            _ => self.type_error(format!(
                "'{}' object has no attribute '__getitem__'",
                self.type_name(obj)
            )),
        }
    }

    /// A sequence index, made non-negative; out of range gives a position
    /// past the end (so the caller's lookup fails with its own message).
    pub(crate) fn seq_index(
        &mut self,
        _obj: &Value,
        key: &Value,
        len: i64,
        kind: &str,
    ) -> PyResult<usize> {
        // `unicode_subscript` names no type.
        let msg = if kind == "unicode" {
            "string indices must be integers".to_string()
        } else {
            format!(
                "{kind} indices must be integers, not {}",
                self.type_name(key)
            )
        };
        // `PyNumber_AsSsize_t(item, PyExc_IndexError)`.
        if let (Value::Long(l), false) = (key, kind == "xrange") {
            if l.to_i64().is_none() {
                return Err(self.index_error("cannot fit 'long' into an index-sized integer"));
            }
        }
        let mut i = self.index_value(key, &msg)?;
        if i < 0 {
            i = i.saturating_add(len);
        }
        Ok(if i < 0 { usize::MAX } else { i as usize })
    }

    pub(crate) fn slice_parts(&mut self, s: &PySlice, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        let msg = "slice indices must be integers or None or have an __index__ method";
        let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                other => vm.index_value(other, msg).map(Some),
            }
        };
        let step = match bound(self, &s.step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(st) => st.max(-i64::MAX),
        };
        let start = bound(self, &s.start)?;
        let stop = bound(self, &s.stop)?;
        Ok(sliceobject::indices(start, stop, step, len))
    }

    pub(crate) fn subscript_slice(&mut self, obj: &Value, s: &PySlice) -> PyResult<Value> {
        let len = match obj {
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Str(st) => st.len(),
            Value::Unicode(u) => u.chars.len(),
            Value::ByteArray(b) => {
                let b = b.clone();
                let key = Value::Slice(Rc::new(PySlice {
                    start: s.start.clone(),
                    stop: s.stop.clone(),
                    step: s.step.clone(),
                }));
                return self.bytearray_getitem(obj, &b, &key);
            }
            _ => return Err(self.not_subscriptable(obj)),
        } as i64;
        let (start, _, step, n) = self.slice_parts(s, len)?;
        let picks: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        Ok(match obj {
            Value::List(l) => {
                let items = l.borrow();
                Value::list(picks.iter().map(|&i| items[i].clone()).collect())
            }
            Value::Tuple(t) => Value::tuple(picks.iter().map(|&i| t.items[i].clone()).collect()),
            Value::Str(st) => {
                Value::bytes(&picks.iter().map(|&i| st.as_bytes()[i]).collect::<Vec<u8>>())
            }
            Value::Unicode(u) => Value::Unicode(Rc::new(super::unicodeobject::PyUnicode::new(
                picks
                    .iter()
                    .map(|&i| u.chars[i])
                    .collect::<Vec<u32>>()
                    .into(),
            ))),
            _ => Value::None,
        })
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::ByteArray(b) => {
                let b = b.clone();
                self.bytearray_setitem(obj, &b, key, Some(value))
            }
            Value::Dict(d) => {
                let h = self.hash(key)?;
                self.dict_set(d, key.clone(), h, value)
            }
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.assign_slice(l, s, Some(value));
                }
                let len = l.len() as i64;
                let i = self.seq_index(obj, key, len, "list")?;
                if let Some(slot) = l.borrow_mut().get_mut(i) {
                    *slot = value;
                    return Ok(());
                }
                Err(self.index_error("list assignment index out of range"))
            }
            Value::Instance(_) => match self.lookup_special(obj, &PyStr::from("__setitem__")) {
                Some(m) => self
                    .call(&m, Args::positional(vec![key.clone(), value]))
                    .map(|_| ()),
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::ByteArray(b) => {
                let b = b.clone();
                self.bytearray_setitem(obj, &b, key, None)
            }
            Value::Dict(d) => {
                let h = self.hash(key)?;
                match self.dict_remove(d, key, h)? {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(key.clone())),
                }
            }
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.assign_slice(l, s, None);
                }
                let len = l.len() as i64;
                let i = self.seq_index(obj, key, len, "list")?;
                if i < l.len() {
                    let cap = l.capacity();
                    l.borrow_mut().remove(i);
                    l.resized_to_len(cap);
                    Ok(())
                } else {
                    Err(self.index_error("list assignment index out of range"))
                }
            }
            Value::Instance(_) => match self.lookup_special(obj, &PyStr::from("__delitem__")) {
                Some(m) => self.call1(&m, key.clone()).map(|_| ()),
                None if matches!(obj, Value::Instance(i) if i.class().is_classic()) => {
                    Err(self.no_attribute(obj, "__delitem__"))
                }
                None => Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// List slice assignment and deletion (`l[a:b:c] = v`, `del l[a:b]`).
    pub(crate) fn assign_slice(
        &mut self,
        l: &Rc<super::listobject::PyList>,
        s: &PySlice,
        value: Option<Value>,
    ) -> PyResult<()> {
        let len = l.len() as i64;
        let (start, stop, step, n) = self.slice_parts(s, len)?;
        let new_items = match &value {
            Some(v) => self.iterate(v).map_err(|e| {
                if self.err_matches(&e, &self.exc.type_error.clone()) {
                    self.type_error("can only assign an iterable")
                } else {
                    e
                }
            })?,
            None => Vec::new(),
        };
        if step == 1 {
            let (a, b) = (start as usize, (stop.max(start)) as usize);
            let cap = l.capacity();
            let mut items = l.borrow_mut();
            let b = b.min(items.len());
            let before = items.len();
            items.splice(a..b, new_items);
            let changed = items.len() != before;
            drop(items);
            if changed {
                l.resized_to_len(cap);
            }
            return Ok(());
        }
        let picks: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        match value {
            None => {
                let mut items = l.borrow_mut();
                let mut sorted = picks;
                sorted.sort_unstable();
                for i in sorted.into_iter().rev() {
                    items.remove(i);
                }
                Ok(())
            }
            Some(_) => {
                if new_items.len() != picks.len() {
                    return Err(self.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        picks.len()
                    )));
                }
                let mut items = l.borrow_mut();
                for (i, v) in picks.into_iter().zip(new_items) {
                    items[i] = v;
                }
                Ok(())
            }
        }
    }

    /// The bounds of a simple slice `obj[lo:hi]` as `__getslice__` takes
    /// them (`apply_slice`, `_PyEval_SliceIndex`, `PySequence_GetSlice`):
    /// absent bounds are 0 and `sys.maxint`, a negative one has the length
    /// added when the object has one. `None` when a bound is no index.
    fn simple_slice_bounds(
        &mut self,
        obj: &Value,
        lo: &Option<Value>,
        hi: &Option<Value>,
    ) -> PyResult<Option<(i64, i64)>> {
        let is_index = |v: &Option<Value>| match v {
            None | Some(Value::Int(_) | Value::Long(_) | Value::Bool(_)) => true,
            Some(Value::Instance(i)) => i.class().lookup("__index__").is_some(),
            Some(_) => false,
        };
        if !is_index(lo) || !is_index(hi) {
            return Ok(None);
        }
        let what = "slice indices must be integers or None or have an __index__ method";
        let mut i = match lo {
            Some(v) => self.index_value(v, what)?,
            None => 0,
        };
        let mut j = match hi {
            Some(v) => self.index_value(v, what)?,
            None => i64::MAX,
        };
        if i < 0 || j < 0 {
            let has_len = match obj {
                Value::Instance(inst) => {
                    let c = inst.class();
                    c.is_classic() || inst.base().is_some() || c.lookup("__len__").is_some()
                }
                _ => true,
            };
            if has_len {
                let n = self.len(obj)? as i64;
                if i < 0 {
                    i += n;
                }
                if j < 0 {
                    j += n;
                }
            }
        }
        Ok(Some((i, j)))
    }

    /// `obj[lo:hi]` (the `SLICE+n` opcodes): a simple slice. An instance
    /// whose class has `__getslice__` gets it with index bounds; a classic
    /// instance without one gets `__getitem__` with those bounds.
    pub fn getslice(
        &mut self,
        obj: &Value,
        lo: Option<Value>,
        hi: Option<Value>,
    ) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let class = inst.class();
            let hook = class.lookup("__getslice__");
            let base_slices = matches!(
                inst.base(),
                Some(Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Unicode(_))
            );
            if hook.is_some() || class.is_classic() || base_slices {
                if let Some((i, j)) = self.simple_slice_bounds(obj, &lo, &hi)? {
                    if hook.is_some() {
                        let m = self.lookup_special(obj, &PyStr::from("__getslice__"));
                        let m = m.unwrap_or(Value::None);
                        return self.call(&m, Args::positional(vec![Value::Int(i), Value::Int(j)]));
                    }
                    let s = PySlice {
                        start: Value::Int(i),
                        stop: Value::Int(j),
                        step: Value::None,
                    };
                    if let (false, Some(base)) = (class.is_classic(), inst.base()) {
                        return self.subscript_slice(&base.clone(), &s);
                    }
                    return self.getitem(obj, &Value::Slice(Rc::new(s)));
                }
            }
        }
        let s = PySlice {
            start: lo.unwrap_or(Value::None),
            stop: hi.unwrap_or(Value::None),
            step: Value::None,
        };
        if super::protocol::has_python_type(obj) {
            return self.getitem(obj, &Value::Slice(Rc::new(s)));
        }
        self.subscript_slice(obj, &s)
    }

    /// `obj[lo:hi] = value` and `del obj[lo:hi]`.
    pub fn setslice(
        &mut self,
        obj: &Value,
        lo: Option<Value>,
        hi: Option<Value>,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            let class = inst.class();
            let name = if value.is_some() {
                "__setslice__"
            } else {
                "__delslice__"
            };
            let hooked =
                class.lookup("__setslice__").is_some() || class.lookup("__delslice__").is_some();
            if hooked || class.is_classic() {
                if let Some((i, j)) = self.simple_slice_bounds(obj, &lo, &hi)? {
                    let hook = self.lookup_special(obj, &PyStr::from(name));
                    if let Some(m) = hook {
                        let mut args = vec![Value::Int(i), Value::Int(j)];
                        args.extend(value);
                        return self.call(&m, Args::positional(args)).map(|_| ());
                    }
                    if !class.is_classic() {
                        return Err(self.no_attribute(obj, name));
                    }
                    let key = Value::Slice(Rc::new(PySlice {
                        start: Value::Int(i),
                        stop: Value::Int(j),
                        step: Value::None,
                    }));
                    return match value {
                        Some(v) => self.setitem(obj, &key, v),
                        None => self.delitem(obj, &key),
                    };
                }
            }
        }
        let s = PySlice {
            start: lo.unwrap_or(Value::None),
            stop: hi.unwrap_or(Value::None),
            step: Value::None,
        };
        match obj {
            Value::List(l) => self.assign_slice(l, &s, value),
            Value::ByteArray(b) => {
                let b = b.clone();
                self.bytearray_assign_slice(&b, &s, value)
            }
            Value::Instance(_) => {
                let key = Value::Slice(Rc::new(s));
                match value {
                    Some(v) => self.setitem(obj, &key, v),
                    None => self.delitem(obj, &key),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support slice {}",
                self.type_name(obj),
                if value.is_some() {
                    "assignment"
                } else {
                    "deletion"
                }
            ))),
        }
    }
}

/// The length of a list, tuple, bytearray, str or unicode (0 for others).
fn seq_len(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::ByteArray(b) => b.len(),
        Value::Str(s) => s.len(),
        Value::Unicode(u) => u.chars.len(),
        _ => 0,
    }
}

/// The item at `index` of a list, tuple, str or unicode, if in range.
fn seq_item(seq: &Value, index: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.get(index),
        Value::Tuple(t) => t.items.get(index).cloned(),
        Value::ByteArray(b) => b.borrow().get(index).map(|&x| Value::Int(i64::from(x))),
        Value::Str(s) => s.as_bytes().get(index).map(|b| Value::bytes(&[*b])),
        Value::Unicode(u) => u.chars.get(index).map(|&c| {
            Value::Unicode(Rc::new(super::unicodeobject::PyUnicode::new(
                vec![c].into(),
            )))
        }),
        _ => None,
    }
}

/// The first position of `needle` in `hay` at or after `from`.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

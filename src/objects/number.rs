//! The number protocol (CPython: `abstract.c`'s `binary_op1`, and the
//! `nb_*` slots of `intobject.c`, `longobject.c`, `floatobject.c`), plus the
//! sequence operators that share the `+`, `*` and `%` opcodes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

use super::{floatobject, intobject};

use super::abstract_::BinOp;
use super::methodobject::Args;
use super::object::Value;
use super::stringobject::PyStr;
use crate::opcode::{UNARY_INVERT, UNARY_NEGATIVE};
use crate::vm::{PyErr, PyResult, Vm};

/// An operand of integer arithmetic: `int` and `bool` as i64, `long` as BigInt.
enum Integral {
    Small(i64),
    Big(BigInt),
}

fn integral(v: &Value) -> Option<Integral> {
    match v {
        Value::Int(i) => Some(Integral::Small(*i)),
        Value::Bool(b) => Some(Integral::Small(i64::from(*b))),
        Value::Long(l) => Some(Integral::Big((**l).clone())),
        _ => None,
    }
}

fn is_long(v: &Value) -> bool {
    matches!(v, Value::Long(_))
}

/// The VM value of an integer result.
pub fn integer_value(i: intobject::Integer) -> Value {
    match i {
        intobject::Integer::Int(n) => Value::Int(n),
        intobject::Integer::Long(b) => Value::long(b),
    }
}

/// Whether `v` is an instance of a classic class.
pub fn is_classic_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().is_classic())
}

impl Vm {
    /// `a op b` (`PyNumber_Add` and friends).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (classic_a, classic_b) = (is_classic_instance(a), is_classic_instance(b));
        if classic_a || classic_b {
            // The slots in `binary_op1`'s order: a new-style left operand's
            // method, the classic instance's (`instance_add` and friends),
            // then a new-style right operand's reflected method.
            let (name, rname, _) = op.special_names();
            if !classic_a && matches!(a, Value::Instance(_)) {
                if let Some(r) = self.try_special(a, name, b)? {
                    return Ok(r);
                }
            }
            let mut r = self.classic_half_binop(a, b, name, op, false)?;
            if matches!(r, Value::NotImplemented) {
                r = self.classic_half_binop(b, a, rname, op, true)?;
            }
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            if !classic_b && matches!(b, Value::Instance(_)) {
                if let Some(r) = self.try_special(b, rname, a)? {
                    return Ok(r);
                }
            }
            return Err(self.unsupported(a, b, op));
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if matches!(a, Value::DictView(_)) {
                // A keys or items view's `&`, `|`, `-`, `^` runs first and never
                // gives NotImplemented: the instance's reflected method is not asked.
                if let Some(r) = self.dictview_binary(a, b, op)? {
                    return Ok(r);
                }
            }
            let (name, rname, _) = op.special_names();
            if let Some(r) = self.binary_special(a, b, name, rname)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.number_op(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        // The left operand's `sq_concat`, `sq_repeat` or set operator takes
        // an instance of a subclass of the type it wants, as its value
        // (`[1] + L([2])`); `%` formats the instance itself.
        let (pa, pb) = (
            super::numberwrappers::plain(a),
            super::numberwrappers::plain(b),
        );
        if op != BinOp::Mod && (!pa.is(a) || !pb.is(b)) {
            if let Some(r) = self.sequence_op(pa, pb, op)? {
                return Ok(r);
            }
        }
        Err(self.unsupported(a, b, op))
    }

    /// One half of a binary operator on a classic instance `v`
    /// (`classobject.c`'s `half_binop`): its `__coerce__` first, then its
    /// method `name`, or the operator again on what coercion gave.
    fn classic_half_binop(
        &mut self,
        v: &Value,
        w: &Value,
        name: &str,
        op: BinOp,
        swapped: bool,
    ) -> PyResult<Value> {
        if !is_classic_instance(v) {
            return Ok(Value::NotImplemented);
        }
        let coerce = match self.getattr(v, &PyStr::named("__coerce__")) {
            Ok(f) => f,
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                return self.classic_method(v, w, name);
            }
            Err(e) => return Err(e),
        };
        let coerced = self.call(&coerce, Args::positional(vec![w.clone()]))?;
        if matches!(coerced, Value::None | Value::NotImplemented) {
            return self.classic_method(v, w, name);
        }
        let (v1, w1) = match &coerced {
            Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
            _ => return Err(self.type_error("coercion should return None or 2-tuple")),
        };
        if is_classic_instance(&v1) {
            // `__coerce__` gave an instance back: its method, not coercion again.
            return self.classic_method(&v1, &w1, name);
        }
        self.enter_recursive(" after coercion")?;
        let r = if swapped {
            self.binary_op(&w1, &v1, op)
        } else {
            self.binary_op(&v1, &w1, op)
        };
        self.native_depth -= 1;
        r
    }

    /// `v.name(w)` for a classic instance, or NotImplemented without the
    /// method (`generic_binary_op`).
    fn classic_method(&mut self, v: &Value, w: &Value, name: &str) -> PyResult<Value> {
        match self.getattr(v, &PyStr::named(name)) {
            Ok(f) => self.call(&f, Args::positional(vec![w.clone()])),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                Ok(Value::NotImplemented)
            }
            Err(e) => Err(e),
        }
    }

    /// A built-in type's own `__add__` (and friends): the result, or
    /// `NotImplemented` when the operand types do not fit.
    pub fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return Ok(Value::NotImplemented);
        }
        if let Some(r) = self.number_op(a, b, op)? {
            return Ok(r);
        }
        Ok(self.sequence_op(a, b, op)?.unwrap_or(Value::NotImplemented))
    }

    /// `a op= b`: the in-place method if there is one, else `a op b`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) {
            let (_, _, iname) = op.special_names();
            if let Some(r) = self.try_special(a, iname, b)? {
                return Ok(r);
            }
        }
        if let Value::Set(s) = a {
            if let Some(r) = super::setmethods::set_inplace(self, s, b, op)? {
                return Ok(r);
            }
        }
        if let (Value::ByteArray(x), BinOp::Add | BinOp::Mul) = (a, op) {
            let r = self.binary_op(a, b, op)?;
            if let Value::ByteArray(r) = r {
                let bytes = r.bytes();
                *x.borrow_mut() = bytes;
                return Ok(a.clone());
            }
            return Ok(r);
        }
        if let (Value::List(l), BinOp::Add) = (a, op) {
            let hint = self.length_hint_of(b);
            let items = self.iterate(b)?;
            l.extend_hinted(items, hint);
            return Ok(a.clone());
        }
        if let (Value::List(l), BinOp::Mul, Value::Int(n)) = (a, op, b) {
            let items = l.snapshot();
            let n = (*n).max(0) as usize;
            if items.len().saturating_mul(n) > 1 << 31 {
                return Err(self.new_error(&self.exc.memory_error.clone(), ""));
            }
            let cap = l.capacity();
            *l.borrow_mut() = (0..n).flat_map(|_| items.iter().cloned()).collect();
            l.resized_to_len(cap);
            return Ok(a.clone());
        }
        self.binary_op(a, b, op)
    }

    /// The special methods of `a op b` when an operand is an instance
    /// (`binary_op1` with `slot_nb_*`): `a.name(b)`, then `b.rname(a)`;
    /// the right operand goes first when its class derives from the left's
    /// and overrides `rname`, and not at all when both have the same class.
    /// `None` when neither gives an answer.
    pub fn binary_special(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let new_style = |v: &Value| match v {
            Value::Instance(i) => {
                let c = i.class();
                (!c.is_classic()).then_some(c)
            }
            _ => None,
        };
        let (mut right_first, mut right_too) = (false, true);
        if let Some(tb) = new_style(b) {
            let ta = match a {
                Value::Instance(i) => i.class(),
                other => self.type_of(other),
            };
            if Rc::ptr_eq(&ta, &tb) {
                right_too = false;
            } else if tb.is_subtype(&ta) {
                right_first = match (tb.lookup(rname), ta.lookup(rname)) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(x), Some(y)) => !x.is(&y),
                };
            }
        }
        if right_first {
            if let Some(r) = self.try_special(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.try_special(a, name, b)? {
            return Ok(Some(r));
        }
        if right_too && !right_first {
            if let Some(r) = self.try_special(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Calls `obj.name(arg)` if the type has it; `None` for a missing method
    /// or a `NotImplemented` result.
    fn try_special(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        let Some(m) = self.lookup_special(obj, &PyStr::from(name)) else {
            return Ok(None);
        };
        let r = self.call(&m, Args::positional(vec![arg.clone()]))?;
        Ok((!matches!(r, Value::NotImplemented)).then_some(r))
    }

    fn unsupported(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        match (a, op) {
            (Value::Str(_), BinOp::Add) => {
                self.type_error(format!("cannot concatenate 'str' and '{tb}' objects"))
            }
            (Value::List(_), BinOp::Add) => {
                self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (Value::Tuple(_), BinOp::Add) => self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            )),
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Unicode(_), BinOp::Mul) => {
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ if matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                && op == BinOp::Mul =>
            {
                self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ => self.type_error(format!(
                "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
                op.symbol()
            )),
        }
    }

    /// Arithmetic on numbers; `None` if an operand is not a number.
    fn number_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::bool(x.get() & y.get()))),
                BinOp::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
                BinOp::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (integral(a), integral(b)) {
            let long = is_long(a) || is_long(b);
            return self.integer_op(x, y, op, long).map(Some);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return self.complex_op(a, b, op);
        }
        let (x, y) = match (self.as_float(a)?, self.as_float(b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(None),
        };
        if matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
        ) {
            return Ok(None);
        }
        self.float_op(x, y, op).map(Some)
    }

    /// A number as a complex pair, `None` for other values.
    fn as_complex(&self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        Ok(match v {
            Value::Complex(c) => Some((c.0, c.1)),
            other => self.as_float(other)?.map(|f| (f, 0.0)),
        })
    }

    /// Arithmetic where one operand is complex (`complexobject.c`).
    fn complex_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some((ar, ai)), Some((br, bi))) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        let c = |re: f64, im: f64| Value::Complex(Rc::new((re, im)));
        Ok(Some(match op {
            BinOp::Add => c(ar + br, ai + bi),
            BinOp::Sub => c(ar - br, ai - bi),
            BinOp::Mul => c(ar * br - ai * bi, ar * bi + ai * br),
            BinOp::Div | BinOp::TrueDiv => {
                let (q_re, q_im) = complex_div(self, (ar, ai), (br, bi))?;
                c(q_re, q_im)
            }
            BinOp::Pow => {
                let (r, i) = complex_pow(self, (ar, ai), (br, bi), b)?;
                c(r, i)
            }
            BinOp::FloorDiv | BinOp::Mod => {
                // 2.7 still allows these (with a warning nobody sees by default).
                let (q, _) = complex_div(self, (ar, ai), (br, bi))?;
                let fl = q.floor();
                if op == BinOp::FloorDiv {
                    c(fl, 0.0)
                } else {
                    c(ar - br * fl, ai - bi * fl)
                }
            }
            _ => return Ok(None),
        }))
    }

    /// A number as a float (ints and longs converted), `None` for other values.
    pub fn as_float(&self, v: &Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Float(f) => Some(f.get()),
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::Long(l) => Some(
                intobject::Integer::Long((**l).clone())
                    .to_f64()
                    .map_err(|e| self.num_error(e))?,
            ),
            Value::Instance(i) => match i.base() {
                Some(base @ (Value::Int(_) | Value::Long(_) | Value::Float(_))) => {
                    self.as_float(base)?
                }
                _ => None,
            },
            _ => None,
        })
    }

    fn integer_op(&mut self, x: Integral, y: Integral, op: BinOp, long: bool) -> PyResult<Value> {
        // The common case stays inline: two ints whose result fits.
        if let (Integral::Small(a), Integral::Small(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::And => Some(a & b),
                BinOp::Or => Some(a | b),
                BinOp::Xor => Some(a ^ b),
                BinOp::Div | BinOp::FloorDiv if b > 0 => Some(Integer::div_floor(&a, &b)),
                BinOp::Mod if b > 0 => Some(Integer::mod_floor(&a, &b)),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(if long {
                    Value::long(BigInt::from(r))
                } else {
                    Value::Int(r)
                });
            }
        }
        let to_integer = |v: Integral| match v {
            Integral::Small(i) if !long => intobject::Integer::Int(i),
            Integral::Small(i) => intobject::Integer::Long(BigInt::from(i)),
            Integral::Big(b) => intobject::Integer::Long(b),
        };
        let (a, b) = (to_integer(x), to_integer(y));
        let result = match op {
            BinOp::Add => Ok(a.add(&b)),
            BinOp::Sub => Ok(a.sub(&b)),
            BinOp::Mul => a.mul(&b),
            BinOp::And => Ok(a.and(&b)),
            BinOp::Or => Ok(a.or(&b)),
            BinOp::Xor => Ok(a.xor(&b)),
            BinOp::Div => a.classic_div(&b),
            BinOp::FloorDiv => a.floor_div(&b),
            BinOp::Mod => a.rem(&b),
            BinOp::LShift => a.lshift(&b),
            BinOp::RShift => a.rshift(&b),
            BinOp::TrueDiv => {
                return a
                    .true_div(&b)
                    .map(Value::float)
                    .map_err(|e| self.num_error(e))
            }
            BinOp::Pow => {
                return match a.pow(&b, None).map_err(|e| self.num_error(e))? {
                    intobject::IntOrFloat::Integer(i) => Ok(integer_value(i)),
                    intobject::IntOrFloat::Float(f) => Ok(Value::float(f)),
                }
            }
        };
        result.map(integer_value).map_err(|e| self.num_error(e))
    }

    /// The Python exception for a failed numeric operation.
    pub fn num_error(&self, e: intobject::NumError) -> crate::vm::PyErr {
        use intobject::ErrKind;
        let typ = match e.kind {
            ErrKind::ZeroDivisionError => self.exc.zero_division_error.clone(),
            ErrKind::OverflowError => self.exc.overflow_error.clone(),
            ErrKind::ValueError => self.exc.value_error.clone(),
            ErrKind::TypeError => self.exc.type_error.clone(),
            ErrKind::MemoryError => self.exc.memory_error.clone(),
        };
        let args = if e.message.is_empty() && e.kind == ErrKind::MemoryError {
            Value::tuple(vec![])
        } else {
            Value::tuple(vec![Value::bytes(&e.message)])
        };
        self.new_error_args(&typ, args)
    }

    fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => Ok(x + y),
            BinOp::Sub => Ok(x - y),
            BinOp::Mul => Ok(x * y),
            BinOp::Div | BinOp::TrueDiv => floatobject::div(x, y),
            BinOp::FloorDiv => floatobject::floor_div(x, y),
            BinOp::Mod => floatobject::rem(x, y),
            BinOp::Pow => floatobject::pow(x, y),
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )))
            }
        };
        r.map(Value::float).map_err(|e| self.num_error(e))
    }

    /// `+ - *` and `%` on sequences and strings.
    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::ByteArray(_), _)
            | (BinOp::Add, Value::Str(_), Value::ByteArray(_)) => self.bytearray_concat(a, b)?,
            (BinOp::Mul, Value::ByteArray(x), n) | (BinOp::Mul, n, Value::ByteArray(x))
                if integral(n).is_some()
                    || matches!(n, Value::Instance(i) if i.class().lookup("__index__").is_some()) =>
            {
                let count = self.index_value(n, "an integer is required")?;
                let x = x.clone();
                self.bytearray_repeat(&x, count)?
            }
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut v = x.as_bytes().to_vec();
                v.extend_from_slice(y.as_bytes());
                Value::Str(Rc::new(PyStr::new(v.into())))
            }
            (BinOp::Add, Value::Unicode(_) | Value::Str(_), Value::Unicode(_) | Value::Str(_)) => {
                let mut x = self.to_unicode(a)?;
                x.extend(self.to_unicode(b)?);
                Value::Unicode(Rc::new(super::unicodeobject::PyUnicode::new(x.into())))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                Value::tuple(x.items.iter().chain(y.items.iter()).cloned().collect())
            }
            (
                BinOp::Mul,
                seq @ (Value::Str(_) | Value::Unicode(_) | Value::List(_) | Value::Tuple(_)),
                n,
            )
            | (
                BinOp::Mul,
                n,
                seq @ (Value::Str(_) | Value::Unicode(_) | Value::List(_) | Value::Tuple(_)),
            ) if integral(n).is_some() => {
                let count = match n {
                    Value::Long(l) => l.to_i64().unwrap_or(i64::MAX),
                    Value::Bool(b) => i64::from(*b),
                    Value::Int(i) => *i,
                    _ => 0,
                }
                .max(0) as usize;
                self.repeat(seq, count)?
            }
            (
                BinOp::Mul,
                seq @ (Value::Str(_) | Value::Unicode(_) | Value::List(_) | Value::Tuple(_)),
                n @ Value::Instance(i),
            )
            | (
                BinOp::Mul,
                n @ Value::Instance(i),
                seq @ (Value::Str(_) | Value::Unicode(_) | Value::List(_) | Value::Tuple(_)),
            ) if i.class().lookup("__index__").is_some() => {
                let count = self.index_value(n, "an integer is required")?.max(0) as usize;
                self.repeat(seq, count)?
            }
            (BinOp::Mod, Value::Str(_) | Value::Unicode(_), _) => self.format_percent(a, b)?,
            (_, Value::Set(x), Value::Set(y)) => {
                return super::setmethods::set_operator(self, x, y, op)
            }
            (_, Value::DictView(_), _) | (_, _, Value::DictView(_)) => {
                return self.dictview_binary(a, b, op)
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, count: usize) -> PyResult<Value> {
        let len = self.len(seq)?;
        if len.saturating_mul(count) > 1 << 31 {
            return Err(self.new_error(&self.exc.memory_error.clone(), ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::Str(Rc::new(PyStr::new(s.as_bytes().repeat(count).into()))),
            Value::Unicode(u) => Value::Unicode(Rc::new(super::unicodeobject::PyUnicode::new(
                u.chars.repeat(count).into(),
            ))),
            Value::List(l) => {
                let items = l.snapshot();
                Value::list((0..count).flat_map(|_| items.iter().cloned()).collect())
            }
            Value::Tuple(t) => {
                Value::tuple((0..count).flat_map(|_| t.items.iter().cloned()).collect())
            }
            _ => Value::None,
        })
    }

    /// `-v`, `+v`, `~v`.
    pub fn unary_op(&mut self, op: u8, v: &Value) -> PyResult<Value> {
        let (name, symbol) = match op {
            UNARY_NEGATIVE => ("__neg__", "unary -"),
            UNARY_INVERT => ("__invert__", "unary ~"),
            _ => ("__pos__", "unary +"),
        };
        if let Some(m) = self.classic_special(v, name) {
            return self.call0(&m?);
        }
        if let Value::Instance(_) = v {
            if let Some(m) = self.lookup_special(v, &PyStr::from(name)) {
                return self.call0(&m);
            }
        }
        Ok(match (op, v) {
            (UNARY_NEGATIVE, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::long(-BigInt::from(*i)),
            },
            (UNARY_NEGATIVE, Value::Bool(b)) => Value::Int(-i64::from(*b)),
            (UNARY_NEGATIVE, Value::Long(l)) => Value::long(-(**l).clone()),
            (UNARY_NEGATIVE, Value::Float(f)) => Value::float(-f.get()),
            (UNARY_NEGATIVE, Value::Complex(c)) => Value::Complex(Rc::new((-c.0, -c.1))),
            (UNARY_INVERT, Value::Int(i)) => Value::Int(!i),
            (UNARY_INVERT, Value::Bool(b)) => Value::Int(!i64::from(*b)),
            (UNARY_INVERT, Value::Long(l)) => Value::long(-(**l).clone() - 1),
            (_, Value::Int(_) | Value::Long(_) | Value::Float(_) | Value::Complex(_))
                if op != UNARY_INVERT =>
            {
                v.clone()
            }
            (_, Value::Bool(b)) if op != UNARY_INVERT => Value::Int(i64::from(*b)),
            _ => {
                return Err(self.type_error(format!(
                    "bad operand type for {symbol}: '{}'",
                    self.type_name(v)
                )))
            }
        })
    }
}

/// `c_quot`: complex division, scaled to avoid overflow.
fn complex_div(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_breal, abs_bimag) = (b.0.abs(), b.1.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(vm.zero_division_error("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

/// `complex_pow`: exact repeated multiplication for small integer exponents,
/// else polar form.
fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64), exponent: &Value) -> PyResult<(f64, f64)> {
    let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
    if let Value::Int(n) = exponent {
        if n.abs() <= 100 {
            let mut result = (1.0, 0.0);
            let mut base = a;
            let mut k = n.unsigned_abs();
            while k > 0 {
                if k & 1 == 1 {
                    result = mul(result, base);
                }
                base = mul(base, base);
                k >>= 1;
            }
            if *n < 0 {
                return complex_div(vm, (1.0, 0.0), result);
            }
            return Ok(result);
        }
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

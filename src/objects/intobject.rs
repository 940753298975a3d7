//! `int` (CPython: `Objects/intobject.c`), and [`Integer`], the value of an
//! `int` or a `long`, on which every integer operation of the language works.
//!
//! An `int` is a C long (64 bits, as on the 64-bit CPython this project
//! follows). Each operation on two `int`s does what `intobject.c` does: it
//! gives an `int` when the C arithmetic does not overflow and otherwise hands
//! the operands to the `long` code ([`super::longobject`]), whose results are
//! always `long`, however small. An operation with a `long` on either side is
//! a `long` operation, as CPython's coercion makes it.
//!
//! Errors are [`NumError`]s carrying the exception CPython raises and its
//! exact message.

use std::cmp::Ordering;
use std::fmt;

use num_bigint::BigInt;

use super::floatobject;
use super::longobject;
use super::stringobject;

/// The exception an operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ZeroDivisionError,
    OverflowError,
    ValueError,
    TypeError,
    /// Raised for results over [`longobject::MAX_BITS`] bits, where CPython
    /// would fail to allocate or run for very long (its message is empty).
    MemoryError,
}

impl ErrKind {
    /// The exception's name, as `type(e).__name__` gives it.
    pub fn name(self) -> &'static str {
        match self {
            ErrKind::ZeroDivisionError => "ZeroDivisionError",
            ErrKind::OverflowError => "OverflowError",
            ErrKind::ValueError => "ValueError",
            ErrKind::TypeError => "TypeError",
            ErrKind::MemoryError => "MemoryError",
        }
    }
}

/// An exception from a numeric operation: its type and `str(e)`.
///
/// The message is bytes, as a Python 2 `str` is: `float('\xff')` puts the
/// input's own bytes into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrKind,
    pub message: Vec<u8>,
}

impl NumError {
    pub fn new(kind: ErrKind, message: impl Into<Vec<u8>>) -> NumError {
        NumError {
            kind,
            message: message.into(),
        }
    }

    /// The message as text (bytes that are not UTF-8 are replaced).
    pub fn message_text(&self) -> String {
        String::from_utf8_lossy(&self.message).into_owned()
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message_text())
        }
    }
}

impl std::error::Error for NumError {}

/// The result of a numeric operation.
pub type NumResult<T> = Result<T, NumError>;

pub(crate) fn zero_division(message: &str) -> NumError {
    NumError::new(ErrKind::ZeroDivisionError, message)
}

pub(crate) fn overflow(message: &str) -> NumError {
    NumError::new(ErrKind::OverflowError, message)
}

pub(crate) fn value_error(message: &str) -> NumError {
    NumError::new(ErrKind::ValueError, message)
}

pub(crate) fn type_error(message: &str) -> NumError {
    NumError::new(ErrKind::TypeError, message)
}

pub(crate) fn memory_error() -> NumError {
    NumError::new(ErrKind::MemoryError, "")
}

/// An integer value: a Python 2 `int` (a C long) or `long` (unbounded).
///
/// The variant is the Python type: `Long(1)` is `1L`, and stays a `long`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Integer {
    Int(i64),
    Long(BigInt),
}

/// What `**` gives on integers: an integer, or a float for a negative exponent.
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrFloat {
    Integer(Integer),
    Float(f64),
}

impl From<i64> for Integer {
    fn from(value: i64) -> Integer {
        Integer::Int(value)
    }
}

impl From<BigInt> for Integer {
    fn from(value: BigInt) -> Integer {
        Integer::Long(value)
    }
}

impl Integer {
    /// `type(x).__name__`: `"int"` or `"long"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Integer::Int(_) => "int",
            Integer::Long(_) => "long",
        }
    }

    pub fn is_long(&self) -> bool {
        matches!(self, Integer::Long(_))
    }

    /// The value as a `BigInt` (what `long(x)` holds).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Integer::Int(i) => BigInt::from(*i),
            Integer::Long(l) => l.clone(),
        }
    }

    /// `long(x)` (`int_long`, `long_long`): always a `long`.
    pub fn to_long(&self) -> Integer {
        Integer::Long(self.to_bigint())
    }

    /// `int(x)` (`int_int`, `long_int`): an `int` when the value fits a C
    /// long, else the `long` itself, as in 2.7 (`int(10**30)` is a `long`).
    pub fn to_int(&self) -> Integer {
        match self {
            Integer::Int(i) => Integer::Int(*i),
            Integer::Long(l) => match i64::try_from(l) {
                Ok(i) => Integer::Int(i),
                Err(_) => Integer::Long(l.clone()),
            },
        }
    }

    /// `bool(x)` (`int_nonzero`, `long_nonzero`).
    pub fn is_nonzero(&self) -> bool {
        match self {
            Integer::Int(i) => *i != 0,
            Integer::Long(l) => l.sign() != num_bigint::Sign::NoSign,
        }
    }

    /// `float(x)` (`int_float`, `PyLong_AsDouble`): an `int` is rounded as C
    /// converts it; a `long` is correctly rounded, or raises
    /// `OverflowError: long int too large to convert to float`.
    pub fn to_f64(&self) -> NumResult<f64> {
        match self {
            Integer::Int(i) => Ok(*i as f64),
            Integer::Long(l) => longobject::as_f64(l),
        }
    }

    /// `x + y` (`int_add`, `long_add`).
    pub fn add(&self, other: &Integer) -> Integer {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => match a.checked_add(*b) {
                Some(x) => Integer::Int(x),
                None => Integer::Long(BigInt::from(*a) + BigInt::from(*b)),
            },
            _ => Integer::Long(self.to_bigint() + other.to_bigint()),
        }
    }

    /// `x - y` (`int_sub`, `long_sub`).
    pub fn sub(&self, other: &Integer) -> Integer {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => match a.checked_sub(*b) {
                Some(x) => Integer::Int(x),
                None => Integer::Long(BigInt::from(*a) - BigInt::from(*b)),
            },
            _ => Integer::Long(self.to_bigint() - other.to_bigint()),
        }
    }

    /// `x * y` (`int_mul`, `long_mul`). `int_mul` decides overflow by
    /// comparing the wrapped C product with the double product; that test is
    /// reproduced, so the result type is always CPython's.
    pub fn mul(&self, other: &Integer) -> NumResult<Integer> {
        if let (Integer::Int(a), Integer::Int(b)) = (self, other) {
            if let Some(x) = int_mul(*a, *b) {
                return Ok(Integer::Int(x));
            }
        }
        longobject::mul(&self.to_bigint(), &other.to_bigint()).map(Integer::Long)
    }

    /// `divmod(x, y)` (`int_divmod` via `i_divmod`, `long_divmod`): floor
    /// quotient and a remainder with the divisor's sign.
    pub fn divmod(&self, other: &Integer) -> NumResult<(Integer, Integer)> {
        if let (Integer::Int(a), Integer::Int(b)) = (self, other) {
            if let Some((d, m)) = i_divmod(*a, *b)? {
                return Ok((Integer::Int(d), Integer::Int(m)));
            }
        }
        let (d, m) = longobject::divmod(&self.to_bigint(), &other.to_bigint())?;
        Ok((Integer::Long(d), Integer::Long(m)))
    }

    /// `x // y` (`int_div`, `long_div`).
    pub fn floor_div(&self, other: &Integer) -> NumResult<Integer> {
        self.divmod(other).map(|(d, _)| d)
    }

    /// Classic `x / y` without `from __future__ import division`
    /// (`int_classic_div`, `long_classic_div`): the floor quotient, as `//`.
    pub fn classic_div(&self, other: &Integer) -> NumResult<Integer> {
        self.floor_div(other)
    }

    /// `x % y` (`int_mod`, `long_mod`).
    pub fn rem(&self, other: &Integer) -> NumResult<Integer> {
        self.divmod(other).map(|(_, m)| m)
    }

    /// True division, `x / y` under `from __future__ import division`
    /// (`int_true_divide`, `long_true_divide`): the correctly rounded
    /// quotient; `ZeroDivisionError: division by zero`, or
    /// `OverflowError: integer division result too large for a float`.
    pub fn true_div(&self, other: &Integer) -> NumResult<f64> {
        longobject::true_divide(&self.to_bigint(), &other.to_bigint())
    }

    /// `x ** y` and `pow(x, y, z)` (`int_pow`, `long_pow`). A negative
    /// exponent gives a float (through `float_pow`); with a modulus it raises
    /// `TypeError`, and a zero modulus raises `ValueError`.
    pub fn pow(&self, exponent: &Integer, modulus: Option<&Integer>) -> NumResult<IntOrFloat> {
        if let (Integer::Int(v), Integer::Int(w)) = (self, exponent) {
            match modulus {
                None => return int_pow(*v, *w, None, self, exponent, modulus),
                Some(Integer::Int(z)) => return int_pow(*v, *w, Some(*z), self, exponent, modulus),
                // int_pow checks the exponent's sign before it gives up on a
                // long modulus; long_pow then raises the same TypeError.
                Some(Integer::Long(_)) => {}
            }
        }
        long_pow(self, exponent, modulus)
    }

    /// `x << y` (`int_lshift`, `long_lshift`).
    pub fn lshift(&self, other: &Integer) -> NumResult<Integer> {
        if let (Integer::Int(a), Integer::Int(b)) = (self, other) {
            if *b < 0 {
                return Err(value_error("negative shift count"));
            }
            if *a == 0 || *b == 0 {
                return Ok(Integer::Int(*a));
            }
            if *b < 64 {
                let c = a.wrapping_shl(*b as u32);
                if c >> *b == *a {
                    return Ok(Integer::Int(c));
                }
            }
        }
        longobject::lshift(&self.to_bigint(), &other.to_bigint()).map(Integer::Long)
    }

    /// `x >> y` (`int_rshift`, `long_rshift`): an arithmetic (floor) shift.
    pub fn rshift(&self, other: &Integer) -> NumResult<Integer> {
        if let (Integer::Int(a), Integer::Int(b)) = (self, other) {
            if *b < 0 {
                return Err(value_error("negative shift count"));
            }
            return Ok(Integer::Int(if *b >= 64 {
                if *a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> *b
            }));
        }
        longobject::rshift(&self.to_bigint(), &other.to_bigint()).map(Integer::Long)
    }

    /// `x & y` (`int_and`, `long_and`), two's complement for negatives.
    pub fn and(&self, other: &Integer) -> Integer {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => Integer::Int(a & b),
            _ => Integer::Long(self.to_bigint() & other.to_bigint()),
        }
    }

    /// `x | y` (`int_or`, `long_or`).
    pub fn or(&self, other: &Integer) -> Integer {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => Integer::Int(a | b),
            _ => Integer::Long(self.to_bigint() | other.to_bigint()),
        }
    }

    /// `x ^ y` (`int_xor`, `long_xor`).
    pub fn xor(&self, other: &Integer) -> Integer {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => Integer::Int(a ^ b),
            _ => Integer::Long(self.to_bigint() ^ other.to_bigint()),
        }
    }

    /// `~x` (`int_invert`, `long_invert`): `-(x+1)`.
    pub fn invert(&self) -> Integer {
        match self {
            Integer::Int(a) => Integer::Int(!a),
            Integer::Long(l) => Integer::Long(longobject::invert(l)),
        }
    }

    /// `-x` (`int_neg`, `long_neg`): `-(-sys.maxint-1)` is a `long`.
    pub fn neg(&self) -> Integer {
        match self {
            Integer::Int(a) => match a.checked_neg() {
                Some(x) => Integer::Int(x),
                None => Integer::Long(-BigInt::from(*a)),
            },
            Integer::Long(l) => Integer::Long(-l),
        }
    }

    /// `+x` (`int_int`/`int_pos`, `long_long`/`long_pos`): the same value and type.
    pub fn pos(&self) -> Integer {
        self.clone()
    }

    /// `abs(x)` (`int_abs`, `long_abs`): `abs(-sys.maxint-1)` is a `long`.
    pub fn abs(&self) -> Integer {
        match self {
            Integer::Int(a) if *a < 0 => self.neg(),
            Integer::Int(_) => self.clone(),
            Integer::Long(l) => Integer::Long(num_traits::Signed::abs(l)),
        }
    }

    /// Comparison of two integers (`int_compare`, `long_compare`): exact,
    /// whatever the types.
    pub fn compare(&self, other: &Integer) -> Ordering {
        match (self, other) {
            (Integer::Int(a), Integer::Int(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&other.to_bigint()),
        }
    }

    /// `repr(x)` (`int_repr`, `long_repr`): `10`, `10L`.
    pub fn repr(&self) -> String {
        match self {
            Integer::Int(a) => a.to_string(),
            Integer::Long(l) => longobject::repr(l),
        }
    }

    /// `str(x)` (`int_repr`, `long_str`): decimal digits, no `L`.
    pub fn str(&self) -> String {
        match self {
            Integer::Int(a) => a.to_string(),
            Integer::Long(l) => l.to_string(),
        }
    }

    /// `hex(x)` (`int_hex`, `long_hex`): `0xff`, `-0xff`, `0xffL`.
    pub fn hex(&self) -> String {
        match self {
            Integer::Int(a) => format_int(*a, 16, false),
            Integer::Long(l) => longobject::format(l, 16, true, false),
        }
    }

    /// `oct(x)` (`int_oct`, `long_oct`): `010`, `0`, `-010`, `010L`, `0L`.
    pub fn oct(&self) -> String {
        match self {
            Integer::Int(a) => format_int(*a, 8, false),
            Integer::Long(l) => longobject::format(l, 8, true, false),
        }
    }

    /// `bin(x)` (`PyNumber_ToBase(x, 2)`): `0b101`, `-0b101`, no `L` for longs.
    pub fn bin(&self) -> String {
        match self {
            Integer::Int(a) => format_int(*a, 2, true),
            Integer::Long(l) => longobject::format(l, 2, false, true),
        }
    }
}

/// `int_mul`'s product: `None` when CPython decides the C product
/// overflowed. The wrapped product is compared with the double product and
/// kept when they agree to within 1/32.
fn int_mul(a: i64, b: i64) -> Option<i64> {
    let longprod = a.wrapping_mul(b);
    let doubleprod = a as f64 * b as f64;
    let doubled_longprod = longprod as f64;
    if doubled_longprod == doubleprod {
        return Some(longprod);
    }
    let absdiff = (doubled_longprod - doubleprod).abs();
    let absprod = doubleprod.abs();
    if 32.0 * absdiff <= absprod {
        Some(longprod)
    } else {
        None
    }
}

/// `i_divmod`: floor quotient and remainder of two C longs; `Ok(None)` for
/// the one overflowing case, `(-sys.maxint-1) / -1`, which goes to `long`.
fn i_divmod(x: i64, y: i64) -> NumResult<Option<(i64, i64)>> {
    if y == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    let (Some(mut div), Some(mut rem)) = (x.checked_div(y), x.checked_rem(y)) else {
        return Ok(None);
    };
    if rem != 0 && ((y ^ rem) < 0) {
        rem += y;
        div -= 1;
    }
    Ok(Some((div, rem)))
}

/// `int_pow`: square-and-multiply in C longs, giving up to `long_pow` (whose
/// result is a `long`) as soon as a product overflows, with the same checks
/// and in the same places as CPython, so the result type is CPython's.
fn int_pow(
    iv: i64,
    iw: i64,
    iz: Option<i64>,
    v: &Integer,
    w: &Integer,
    z: Option<&Integer>,
) -> NumResult<IntOrFloat> {
    if iw < 0 {
        if iz.is_some() {
            return Err(type_error(
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        return floatobject::pow(iv as f64, iw as f64).map(IntOrFloat::Float);
    }
    let iz = match iz {
        Some(0) => return Err(value_error("pow() 3rd argument cannot be 0")),
        Some(z) => z,
        None => 0,
    };
    let mut iw = iw;
    let mut temp = iv;
    let mut ix: i64 = 1;
    while iw > 0 {
        let prev = ix;
        if iw & 1 != 0 {
            ix = ix.wrapping_mul(temp);
            if temp == 0 {
                break;
            }
            // C divides the wrapped product back; `None` (MIN / -1, which
            // cannot arise here) counts as overflow.
            if ix.checked_div(temp) != Some(prev) {
                return long_pow(v, w, z);
            }
        }
        iw >>= 1;
        if iw == 0 {
            break;
        }
        let prev = temp;
        temp = temp.wrapping_mul(temp);
        if prev != 0 && temp.checked_div(prev) != Some(prev) {
            return long_pow(v, w, z);
        }
        if iz != 0 {
            // C's truncating `%`.
            ix = ix.wrapping_rem(iz);
            temp = temp.wrapping_rem(iz);
        }
    }
    if iz != 0 {
        match i_divmod(ix, iz)? {
            Some((_, m)) => ix = m,
            None => return long_pow(v, w, z),
        }
    }
    Ok(IntOrFloat::Integer(Integer::Int(ix)))
}

/// `long_pow` on the operands promoted to `long`.
fn long_pow(v: &Integer, w: &Integer, z: Option<&Integer>) -> NumResult<IntOrFloat> {
    let modulus = z.map(Integer::to_bigint);
    longobject::pow(&v.to_bigint(), &w.to_bigint(), modulus.as_ref(), || {
        // float_pow converts each operand as float() would.
        floatobject::pow(v.to_f64()?, w.to_f64()?)
    })
}

/// `_PyInt_Format`: an `int` in base 2, 8 or 16 with its prefix; base 8 is
/// the old style (`010`, and `0` for zero) unless `newstyle`.
pub fn format_int(n: i64, base: u32, newstyle: bool) -> String {
    let negative = n < 0;
    let mut magnitude = n.unsigned_abs();
    let mut digits = Vec::new();
    loop {
        let d = (magnitude % u64::from(base)) as u8;
        digits.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        magnitude /= u64::from(base);
        if magnitude == 0 {
            break;
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    match base {
        2 => out.push_str("0b"),
        8 if newstyle => out.push_str("0o"),
        8 if n != 0 => out.push('0'),
        16 => out.push_str("0x"),
        _ => {}
    }
    out.extend(digits.iter().rev().map(|&d| d as char));
    out
}

/// C's `isspace` in the "C" locale (also CPython's `Py_ISSPACE`).
pub(crate) fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyLong_DigitValue`: a character's digit value, 37 for a non-digit.
pub(crate) fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}

/// The byte at `i` of a C string, NUL past its end.
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `PyOS_strtoul` on the C string `s` (no NUL inside): the value (wrapped to
/// `u64::MAX` on overflow), where the scan stopped, and whether it overflowed.
fn strtoul(s: &[u8], mut base: u32) -> (u64, usize, bool) {
    let mut i = 0;
    while is_c_space(at(s, i)) {
        i += 1;
    }
    // A prefix must be followed by a digit of its base; else the scan stops
    // at the prefix letter with the value 0.
    let prefix = |i: usize, letter: u8, prefix_base: u32| -> Option<bool> {
        if at(s, i) == b'0' && at(s, i + 1).eq_ignore_ascii_case(&letter) {
            Some(digit_value(at(s, i + 2)) < prefix_base)
        } else {
            None
        }
    };
    match base {
        0 => {
            if at(s, i) == b'0' {
                let found = [(b'x', 16), (b'o', 8), (b'b', 2)]
                    .into_iter()
                    .find_map(|(letter, b)| prefix(i, letter, b).map(|ok| (ok, b)));
                match found {
                    Some((true, b)) => {
                        i += 2;
                        base = b;
                    }
                    Some((false, _)) => return (0, i + 1, false),
                    None => {
                        i += 1;
                        base = 8;
                    }
                }
            } else {
                base = 10;
            }
        }
        2 | 8 | 16 => {
            let letter = match base {
                2 => b'b',
                8 => b'o',
                _ => b'x',
            };
            if at(s, i) == b'0' {
                match prefix(i, letter, base) {
                    Some(true) => i += 2,
                    Some(false) => return (0, i + 1, false),
                    None => i += 1,
                }
            }
        }
        _ => {}
    }
    if !(2..=36).contains(&base) {
        return (0, i, false);
    }
    while at(s, i) == b'0' {
        i += 1;
    }
    let mut result: u64 = 0;
    loop {
        let c = digit_value(at(s, i));
        if c >= base {
            return (result, i, false);
        }
        match result
            .checked_mul(u64::from(base))
            .and_then(|r| r.checked_add(u64::from(c)))
        {
            Some(r) => result = r,
            None => {
                while digit_value(at(s, i)) < base {
                    i += 1;
                }
                return (u64::MAX, i, true);
            }
        }
        i += 1;
    }
}

/// `PyOS_strtol`: an optional sign, then `PyOS_strtoul` (which skips more
/// white space). Overflow gives `i64::MAX` and `true`.
fn strtol(s: &[u8], base: u32) -> (i64, usize, bool) {
    let mut i = 0;
    while is_c_space(at(s, i)) {
        i += 1;
    }
    let sign = at(s, i);
    if sign == b'+' || sign == b'-' {
        i += 1;
    }
    let (u, end, overflowed) = strtoul(&s[i.min(s.len())..], base);
    let end = end + i;
    if overflowed {
        return (i64::MAX, end, true);
    }
    if let Ok(x) = i64::try_from(u) {
        (if sign == b'-' { -x } else { x }, end, false)
    } else if sign == b'-' && u == 1u64 << 63 {
        (i64::MIN, end, false)
    } else {
        (i64::MAX, end, true)
    }
}

/// `PyInt_FromString` on a C string (`s` holds no NUL): the value and the
/// index where parsing ended. Overflow gives a `long`, parsed again by
/// `PyLong_FromString` exactly as CPython does (which then also allows a
/// trailing `L` after a base-0 literal too big for an unsigned C long).
fn int_from_c_string(s: &[u8], base: i32) -> NumResult<(Integer, usize)> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let mut start = 0;
    while is_c_space(at(s, start)) {
        start += 1;
    }
    let s = &s[start.min(s.len())..];
    let bad = || {
        let shown = &s[..s.len().min(200)];
        NumError::new(
            ErrKind::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                stringobject::repr(shown)
            ),
        )
    };
    let long_instead =
        || longobject::from_c_string(s, base).map(|(l, end)| (Integer::Long(l), end + start));
    let (x, mut end, overflowed) = if base == 0 && at(s, 0) == b'0' {
        let (u, end, _) = strtoul(s, 0);
        if u > i64::MAX as u64 {
            return long_instead();
        }
        (u as i64, end, false)
    } else {
        strtol(s, base as u32)
    };
    if end == 0 || !at(s, end - 1).is_ascii_alphanumeric() {
        return Err(bad());
    }
    while is_c_space(at(s, end)) {
        end += 1;
    }
    if end != s.len() {
        return Err(bad());
    }
    if overflowed {
        return long_instead();
    }
    Ok((Integer::Int(x), end + start))
}

/// `int(s)` and `int(s, base)` for a `str` `s` (`int_new` with
/// `PyInt_FromString`, or `PyNumber_Int`'s `int_from_string` when no base is
/// given). White space around, a sign, and the `0x`/`0o`/`0b` prefixes of
/// base 0, 16, 8 and 2 are allowed; a base-0 literal starting with `0` is
/// octal. A value too big for a C long is a `long`. `Some(-909)`, CPython's
/// marker for a missing base, counts as no base, as in CPython.
pub fn int_from_string(s: &[u8], base: Option<i32>) -> NumResult<Integer> {
    let c_len = s.iter().position(|&b| b == 0).unwrap_or(s.len());
    match base {
        None | Some(-909) => {
            let (value, end) = int_from_c_string(&s[..c_len], 10)?;
            if end != s.len() {
                return Err(value_error("null byte in argument for int()"));
            }
            Ok(value)
        }
        Some(base) => {
            if c_len != s.len() {
                return Err(NumError::new(
                    ErrKind::ValueError,
                    format!(
                        "invalid literal for int() with base {base}: {}",
                        stringobject::repr(s)
                    ),
                ));
            }
            int_from_c_string(s, base).map(|(value, _)| value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: Option<i32>) -> Result<Integer, String> {
        int_from_string(s.as_bytes(), base).map_err(|e| e.to_string())
    }

    fn long(v: &str) -> Integer {
        Integer::Long(v.parse().unwrap())
    }

    #[test]
    fn parsing() {
        assert_eq!(int(" -12 ", None), Ok(Integer::Int(-12)));
        assert_eq!(int("- 5", None), Ok(Integer::Int(-5)));
        assert_eq!(int("\x0b12\x0c", None), Ok(Integer::Int(12)));
        assert_eq!(int("0x1f", Some(16)), Ok(Integer::Int(31)));
        assert_eq!(int("0X1F", Some(0)), Ok(Integer::Int(31)));
        assert_eq!(int("010", Some(0)), Ok(Integer::Int(8)));
        assert_eq!(int("0o17", Some(8)), Ok(Integer::Int(15)));
        assert_eq!(int("-0b101", Some(0)), Ok(Integer::Int(-5)));
        assert_eq!(int("z", Some(36)), Ok(Integer::Int(35)));
        assert_eq!(int("12", Some(-909)), Ok(Integer::Int(12)));
        assert_eq!(
            int("-9223372036854775808", None),
            Ok(Integer::Int(i64::MIN))
        );
        assert_eq!(
            int("9223372036854775808", None),
            Ok(long("9223372036854775808"))
        );
        assert_eq!(
            int("0xffffffffffffffffL", Some(0)),
            Ok(long("18446744073709551615"))
        );
        let bad = |s: &str, base, msg: &str| assert_eq!(int(s, base), Err(msg.to_string()));
        bad(
            "abc",
            None,
            "ValueError: invalid literal for int() with base 10: 'abc'",
        );
        bad(
            "  abc  ",
            None,
            "ValueError: invalid literal for int() with base 10: 'abc  '",
        );
        bad(
            "1_0",
            None,
            "ValueError: invalid literal for int() with base 10: '1_0'",
        );
        bad(
            "5L",
            None,
            "ValueError: invalid literal for int() with base 10: '5L'",
        );
        bad(
            "-",
            None,
            "ValueError: invalid literal for int() with base 10: '-'",
        );
        bad(
            "0x",
            Some(0),
            "ValueError: invalid literal for int() with base 0: '0x'",
        );
        bad(
            "09",
            Some(0),
            "ValueError: invalid literal for int() with base 0: '09'",
        );
        bad(
            "12",
            Some(1),
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        );
        bad(
            "12",
            Some(37),
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        );
        bad("5\0", None, "ValueError: null byte in argument for int()");
        bad(
            "5\0",
            Some(10),
            "ValueError: invalid literal for int() with base 10: '5\\x00'",
        );
        bad(
            "a\0",
            None,
            "ValueError: invalid literal for int() with base 10: 'a'",
        );
        let long_z = format!("0x{}z", "f".repeat(20));
        bad(
            &long_z,
            Some(0),
            &format!("ValueError: invalid literal for long() with base 16: '{long_z}'"),
        );
        let many = "a".repeat(300);
        bad(
            &many,
            None,
            &format!(
                "ValueError: invalid literal for int() with base 10: '{}'",
                &many[..200]
            ),
        );
    }

    #[test]
    fn formatting() {
        let cases = [
            (Integer::Int(255), "0xff", "0377", "0b11111111"),
            (Integer::Int(-255), "-0xff", "-0377", "-0b11111111"),
            (Integer::Int(0), "0x0", "0", "0b0"),
            (long("255"), "0xffL", "0377L", "0b11111111"),
            (long("0"), "0x0L", "0L", "0b0"),
            (long("-8"), "-0x8L", "-010L", "-0b1000"),
            (
                Integer::Int(i64::MIN),
                "-0x8000000000000000",
                "-01000000000000000000000",
                "-0b1000000000000000000000000000000000000000000000000000000000000000",
            ),
        ];
        for (n, hex, oct, bin) in cases {
            assert_eq!(
                (n.hex().as_str(), n.oct().as_str(), n.bin().as_str()),
                (hex, oct, bin)
            );
        }
        assert_eq!(long("10").repr(), "10L");
        assert_eq!(long("10").str(), "10");
        assert_eq!(Integer::Int(-3).repr(), "-3");
    }

    #[test]
    fn overflow_to_long() {
        let max = Integer::Int(i64::MAX);
        let min = Integer::Int(i64::MIN);
        let one = Integer::Int(1);
        assert!(max.add(&one).is_long());
        assert!(min.sub(&one).is_long());
        assert!(min.neg().is_long());
        assert!(min.abs().is_long());
        assert!(min.mul(&Integer::Int(-1)).unwrap().is_long());
        assert!(min.floor_div(&Integer::Int(-1)).unwrap().is_long());
        assert_eq!(max.invert(), min);
        assert!(long("2").sub(&long("1")).is_long());
        assert_eq!(
            Integer::Int(1).lshift(&Integer::Int(63)).unwrap(),
            long("9223372036854775808")
        );
        assert_eq!(
            Integer::Int(-1).lshift(&Integer::Int(63)).unwrap(),
            Integer::Int(i64::MIN)
        );
        assert_eq!(
            Integer::Int(-2).pow(&Integer::Int(63), None).unwrap(),
            IntOrFloat::Integer(Integer::Int(i64::MIN))
        );
    }
}

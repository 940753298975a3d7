//! The `%` operator on strings (CPython: `stringobject.c`'s
//! `PyString_Format`, `unicodeobject.c`'s `PyUnicode_Format`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::floatobject::{format_double, FloatFlags, FloatFormat};
use super::object::Value;
use super::stringobject::PyStr;
use super::unicodeobject::PyUnicode;
use crate::vm::{PyResult, Vm};

#[derive(Default)]
struct Spec {
    left: bool,
    sign: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Vm {
    /// `format % args`.
    pub fn format_percent(&mut self, format: &Value, args: &Value) -> PyResult<Value> {
        let unicode = matches!(format, Value::Unicode(_));
        let fmt: Vec<u32> = match format {
            Value::Str(s) => s.as_bytes().iter().map(|&b| u32::from(b)).collect(),
            Value::Unicode(u) => u.chars.to_vec(),
            _ => return Err(self.type_error("format requires a string")),
        };
        // An instance of a tuple subclass is a tuple of arguments too.
        let args = match args.builtin_base() {
            Some(base @ Value::Tuple(_)) => base,
            _ => args,
        };
        // A mapping is anything with item access (`mp_subscript`) but a
        // tuple or a string.
        let is_mapping = match args {
            Value::Dict(_) | Value::List(_) | Value::ByteArray(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.is_classic()
                    || (c.lookup("__getitem__").is_some()
                        && !matches!(i.base(), Some(Value::Str(_) | Value::Unicode(_))))
            }
            _ => false,
        };
        let (items, mapping) = match args {
            Value::Tuple(t) => (t.items.to_vec(), None),
            other => (vec![other.clone()], is_mapping.then(|| other.clone())),
        };
        let tuple_args = matches!(args, Value::Tuple(_));
        let mut next_arg = 0usize;
        let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
        let mut i = 0;
        while i < fmt.len() {
            if fmt[i] != u32::from('%') {
                out.push(fmt[i]);
                i += 1;
                continue;
            }
            let spec_start = i;
            let arg_start = next_arg;
            i += 1;
            let mut arg: Option<Value> = None;
            if fmt.get(i) == Some(&u32::from('(')) {
                let Some(map) = &mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < fmt.len() && depth > 0 {
                    if fmt[i] == u32::from('(') {
                        depth += 1;
                    } else if fmt[i] == u32::from(')') {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key: Vec<u8> = fmt[start..i - 1].iter().map(|&c| c as u8).collect();
                let key = if unicode {
                    Value::Unicode(Rc::new(PyUnicode::new(fmt[start..i - 1].to_vec().into())))
                } else {
                    Value::bytes(&key)
                };
                let map = map.clone();
                arg = Some(self.getitem(&map, &key)?);
            }
            let mut spec = Spec::default();
            while let Some(&c) = fmt.get(i) {
                match char::from_u32(c) {
                    Some('-') => spec.left = true,
                    Some('+') => spec.sign = true,
                    Some(' ') => spec.space = true,
                    Some('#') => spec.alt = true,
                    Some('0') => spec.zero = true,
                    _ => break,
                }
                i += 1;
            }
            if fmt.get(i) == Some(&u32::from('*')) {
                let w = self.next_format_arg(&items, &mut next_arg, tuple_args)?;
                match w {
                    Value::Int(n) => {
                        if n < 0 {
                            spec.left = true;
                        }
                        spec.width = n.unsigned_abs() as usize;
                    }
                    _ => return Err(self.type_error("* wants int")),
                }
                i += 1;
            } else {
                while let Some(d) = fmt
                    .get(i)
                    .and_then(|&c| char::from_u32(c))
                    .and_then(|c| c.to_digit(10))
                {
                    spec.width = spec.width.saturating_mul(10).saturating_add(d as usize);
                    i += 1;
                }
            }
            if fmt.get(i) == Some(&u32::from('.')) {
                i += 1;
                if fmt.get(i) == Some(&u32::from('*')) {
                    let p = self.next_format_arg(&items, &mut next_arg, tuple_args)?;
                    match p {
                        Value::Int(n) => spec.precision = Some(n.max(0) as usize),
                        _ => return Err(self.type_error("* wants int")),
                    }
                    i += 1;
                } else {
                    let mut p = 0usize;
                    while let Some(d) = fmt
                        .get(i)
                        .and_then(|&c| char::from_u32(c))
                        .and_then(|c| c.to_digit(10))
                    {
                        p = p.saturating_mul(10).saturating_add(d as usize);
                        i += 1;
                    }
                    spec.precision = Some(p);
                }
            }
            while matches!(
                fmt.get(i).and_then(|&c| char::from_u32(c)),
                Some('h' | 'l' | 'L')
            ) {
                i += 1;
            }
            let Some(&conv) = fmt.get(i) else {
                return Err(self.value_error("incomplete format"));
            };
            i += 1;
            let conv_char = char::from_u32(conv).unwrap_or('\u{fffd}');
            if conv_char == '%' {
                out.push(conv);
                continue;
            }
            let arg = match arg {
                Some(a) => a,
                None => self.next_format_arg(&items, &mut next_arg, tuple_args)?,
            };
            let (body, sign_prefix) = match conv_char {
                's' | 'r' => {
                    let text: Vec<u32> = if unicode {
                        if conv_char == 's' {
                            self.unicode_of(&arg)?
                        } else {
                            let r = Value::Str(self.repr(&arg)?);
                            self.to_unicode(&r)?
                        }
                    } else {
                        let r = if conv_char == 's' {
                            self.str_or_unicode(&arg)?
                        } else {
                            Value::Str(self.repr(&arg)?)
                        };
                        match r {
                            Value::Str(s) => s.as_bytes().iter().map(|&b| u32::from(b)).collect(),
                            _ => {
                                let rest = (&fmt[spec_start..], &out[..]);
                                return self.format_rest_as_unicode(rest, args, arg_start);
                            }
                        }
                    };
                    let text = match spec.precision {
                        Some(p) => text[..p.min(text.len())].to_vec(),
                        None => text,
                    };
                    (text, Vec::new())
                }
                'c' => {
                    let ch = match &arg {
                        Value::Int(n)
                            if (0..256).contains(n) || (unicode && (0..=0x10ffff).contains(n)) =>
                        {
                            *n as u32
                        }
                        Value::Int(_) if unicode => {
                            return Err(self.overflow_error(
                                "%c arg not in range(0x110000) (wide Python build)",
                            ))
                        }
                        Value::Int(n) if *n < 0 => {
                            return Err(
                                self.overflow_error("unsigned byte integer is less than minimum")
                            )
                        }
                        Value::Int(_) => {
                            return Err(self
                                .overflow_error("unsigned byte integer is greater than maximum"))
                        }
                        Value::Str(s) if s.len() == 1 => u32::from(s.as_bytes()[0]),
                        Value::Unicode(u) if u.chars.len() == 1 => {
                            if !unicode {
                                let rest = (&fmt[spec_start..], &out[..]);
                                return self.format_rest_as_unicode(rest, args, arg_start);
                            }
                            u.chars[0]
                        }
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    (vec![ch], Vec::new())
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match (&arg, conv_char, spec.precision) {
                    // The common `%d` of an int, without a long's digits.
                    (Value::Int(i), 'd' | 'i' | 'u', None) => {
                        let digits: Vec<u32> = i
                            .unsigned_abs()
                            .to_string()
                            .bytes()
                            .map(u32::from)
                            .collect();
                        (digits, sign_of(*i < 0, &spec))
                    }
                    _ => {
                        let n = self.format_int_arg(&arg, conv_char)?;
                        let (digits, negative) = int_digits(&n, conv_char, &spec);
                        (digits, sign_of(negative, &spec))
                    }
                },
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match self.as_float(&arg)? {
                        Some(x) => x,
                        None => match self.float_of_instance(&arg)? {
                            Some(x) => x,
                            None => {
                                return Err(self.type_error(format!(
                                    "float argument required, not {}",
                                    self.type_name(&arg)
                                )))
                            }
                        },
                    };
                    let mut c = conv_char.to_ascii_lowercase();
                    if c == 'f' && x.abs() >= 1e50 {
                        c = 'g';
                    }
                    let kind = match c {
                        'e' => FloatFormat::Exponent,
                        'f' => FloatFormat::Fixed,
                        _ => FloatFormat::General,
                    };
                    let flags = FloatFlags {
                        alt: spec.alt,
                        ..FloatFlags::default()
                    };
                    let mut text = format_double(x.abs(), kind, spec.precision.unwrap_or(6), flags);
                    if x.is_nan() {
                        text = "nan".into();
                    }
                    if conv_char.is_ascii_uppercase() {
                        text = text.to_ascii_uppercase();
                    }
                    let negative = x.is_sign_negative() && !x.is_nan();
                    (
                        text.chars().map(u32::from).collect(),
                        sign_of(negative, &spec),
                    )
                }
                _ => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        if conv < 128 { conv_char } else { '?' },
                        conv,
                        i - 1
                    )))
                }
            };
            pad(&mut out, body, sign_prefix, &spec, conv_char);
        }
        // A mapping argument never leaves arguments unconverted.
        if !is_mapping && next_arg < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        if unicode {
            return Ok(Value::Unicode(Rc::new(PyUnicode::new(out.into()))));
        }
        Ok(Value::Str(Rc::new(PyStr::new(
            out.iter().map(|&c| c as u8).collect::<Vec<u8>>().into(),
        ))))
    }

    /// A byte string format met a unicode argument: as `PyString_Format`
    /// does, the rest of the format (from the `%` of this conversion, decoded
    /// as ASCII) is formatted as unicode with the arguments from this
    /// conversion's on, and appended to the text made so far (decoded too).
    fn format_rest_as_unicode(
        &mut self,
        (rest, done): (&[u32], &[u32]),
        args: &Value,
        arg_start: usize,
    ) -> PyResult<Value> {
        let bytes =
            |codes: &[u32]| Value::bytes(&codes.iter().map(|&c| c as u8).collect::<Vec<u8>>());
        let rest_format = Value::Unicode(Rc::new(PyUnicode::new(
            self.to_unicode(&bytes(rest))?.into(),
        )));
        let rest_args = match args {
            Value::Tuple(t) if arg_start > 0 => Value::tuple(t.items[arg_start..].to_vec()),
            _ => args.clone(),
        };
        let formatted = self.format_percent(&rest_format, &rest_args)?;
        let mut chars = self.to_unicode(&bytes(done))?;
        if let Value::Unicode(u) = formatted {
            chars.extend_from_slice(&u.chars);
        }
        Ok(Value::Unicode(Rc::new(PyUnicode::new(chars.into()))))
    }

    /// `_PyObject_Str`: `str(v)`, except that a `__str__` returning unicode
    /// gives that unicode.
    fn str_or_unicode(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Unicode(_) = v {
            return Ok(v.clone());
        }
        if let Value::Instance(_) = v {
            if let Some(m) = self.lookup_special(v, &PyStr::from("__str__")) {
                let r = self.call0(&m)?;
                return match r {
                    Value::Str(_) | Value::Unicode(_) => Ok(r),
                    other => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&other)
                    ))),
                };
            }
        }
        Ok(Value::Str(self.str(v)?))
    }

    fn next_format_arg(
        &mut self,
        items: &[Value],
        next: &mut usize,
        _tuple: bool,
    ) -> PyResult<Value> {
        match items.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(self.type_error("not enough arguments for format string")),
        }
    }

    fn format_int_arg(&mut self, arg: &Value, conv: char) -> PyResult<BigInt> {
        match arg {
            Value::Int(i) => Ok(BigInt::from(*i)),
            Value::Bool(b) => Ok(BigInt::from(i64::from(*b))),
            Value::Long(l) => Ok((**l).clone()),
            Value::Float(f) => {
                if f.get().is_finite() {
                    Ok(num_traits::FromPrimitive::from_f64(f.get().trunc()).unwrap_or_default())
                } else if f.get().is_nan() {
                    Err(self.value_error("cannot convert float NaN to integer"))
                } else {
                    Err(self.overflow_error("cannot convert float infinity to integer"))
                }
            }
            _ => {
                if let Some(m) = self.lookup_special(arg, &PyStr::from("__int__")) {
                    let r = self.call0(&m)?;
                    return self.format_int_arg(&r, conv);
                }
                if let Some(base) = arg.builtin_base() {
                    return self.format_int_arg(&base.clone(), conv);
                }
                let what = match conv {
                    'd' | 'i' | 'u' => "a number is required",
                    _ => "a number is required",
                };
                let shown = if matches!(conv, 'i' | 'u') { 'd' } else { conv };
                Err(self.type_error(format!(
                    "%{shown} format: {what}, not {}",
                    self.type_name(arg)
                )))
            }
        }
    }

    fn float_of_instance(&mut self, arg: &Value) -> PyResult<Option<f64>> {
        if let Some(m) = self.lookup_special(arg, &PyStr::from("__float__")) {
            let r = self.call0(&m)?;
            return self.as_float(&r);
        }
        match arg.builtin_base() {
            Some(base) => self.as_float(base),
            None => Ok(None),
        }
    }
}

fn sign_of(negative: bool, spec: &Spec) -> Vec<u32> {
    if negative {
        vec![u32::from('-')]
    } else if spec.sign {
        vec![u32::from('+')]
    } else if spec.space {
        vec![u32::from(' ')]
    } else {
        Vec::new()
    }
}

/// The digits of an integer for `%d %o %x %X`, with the `#` prefix and the
/// precision's leading zeros; the sign is returned apart.
fn int_digits(n: &BigInt, conv: char, spec: &Spec) -> (Vec<u32>, bool) {
    let magnitude = n.abs();
    let mut digits = match conv {
        'o' => magnitude.to_str_radix(8),
        'x' => magnitude.to_str_radix(16),
        'X' => magnitude.to_str_radix(16).to_uppercase(),
        _ => magnitude.to_string(),
    };
    if let Some(p) = spec.precision {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    if spec.alt {
        match conv {
            'o' if !digits.starts_with('0') => digits = format!("0{digits}"),
            'x' => digits = format!("0x{digits}"),
            'X' => digits = format!("0X{digits}"),
            _ => {}
        }
    }
    let _ = magnitude.to_u64();
    (digits.chars().map(u32::from).collect(), n.is_negative())
}

/// Pads a converted field to its width: zeros after the sign (and after a
/// `0x` prefix) with the `0` flag on numbers, spaces otherwise.
fn pad(out: &mut Vec<u32>, body: Vec<u32>, sign: Vec<u32>, spec: &Spec, conv: char) {
    let len = body.len() + sign.len();
    let fill = spec.width.saturating_sub(len);
    let numeric = !matches!(conv, 's' | 'r' | 'c');
    if spec.left {
        out.extend(sign);
        out.extend(body);
        out.extend(std::iter::repeat_n(u32::from(' '), fill));
    } else if spec.zero && numeric {
        out.extend(sign);
        let prefix_len = if spec.alt && matches!(conv, 'x' | 'X') {
            2
        } else {
            0
        };
        out.extend(&body[..prefix_len.min(body.len())]);
        out.extend(std::iter::repeat_n(u32::from('0'), fill));
        out.extend(&body[prefix_len.min(body.len())..]);
    } else {
        out.extend(std::iter::repeat_n(u32::from(' '), fill));
        out.extend(sign);
        out.extend(body);
    }
}

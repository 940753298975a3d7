//! `str._formatter_parser()` and `str._formatter_field_name_split()` (and
//! `unicode`'s): the pieces of a format string and of a field name as
//! `string.Formatter` reads them (CPython: the `formatteriterator` and
//! `fieldnameiterator` of `Objects/stringlib/string_format.h`). The
//! parsing itself is `formatspec.rs`'s.

use crate::objects::object::Truth;
use std::rc::Rc;

use super::formatspec::{field_index, next_markup, raise, Accessor, FieldNameIter, FormatError};
use super::iterobject::{IterState, PyIter};
use super::methodobject::{Args, NativeFn};
use super::numberwrappers::plain;
use super::object::Value;
use super::slotwrappers::method_self;
use super::stringobject::PyStr;
use super::unicodeobject::PyUnicode;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

fn text_value(codes: &[u32], unicode: bool) -> Value {
    if unicode {
        Value::Unicode(Rc::new(PyUnicode::new(codes.to_vec().into())))
    } else {
        Value::Str(Rc::new(PyStr::new(
            codes.iter().map(|&c| c as u8).collect::<Vec<u8>>().into(),
        )))
    }
}

/// The next item of a formatter or field name iterator over `text` from
/// `*pos`; `None` at the end.
pub fn step(
    text: &[u32],
    unicode: bool,
    fields: bool,
    pos: &mut usize,
) -> Result<Option<Value>, FormatError> {
    if fields {
        let mut it = FieldNameIter::resume(text, *pos);
        let item = it.next_accessor()?;
        *pos = it.position();
        return Ok(item.map(|a| match a {
            Accessor::Attribute(name) => {
                Value::tuple(vec![Value::Bool(Truth::True), text_value(name, unicode)])
            }
            Accessor::Index(i) => Value::tuple(vec![
                Value::Bool(Truth::False),
                Value::long(num_bigint::BigInt::from(i)),
            ]),
            Accessor::Key(key) => {
                Value::tuple(vec![Value::Bool(Truth::False), text_value(key, unicode)])
            }
        }));
    }
    let Some(m) = next_markup(text, pos)? else {
        return Ok(None);
    };
    let literal = text_value(m.literal, unicode);
    Ok(Some(match m.field {
        None => Value::tuple(vec![literal, Value::None, Value::None, Value::None]),
        Some(f) => {
            let conversion = match f.conversion {
                0 => Value::None,
                c => text_value(&[c], unicode),
            };
            Value::tuple(vec![
                literal,
                text_value(f.name, unicode),
                text_value(f.spec, unicode),
                conversion,
            ])
        }
    }))
}

/// The text of a `str` or `unicode` method's `self`.
fn codes(v: &Value) -> (Vec<u32>, bool) {
    match plain(v) {
        Value::Str(s) => (s.as_bytes().iter().map(|&b| u32::from(b)).collect(), false),
        Value::Unicode(u) => (u.chars.to_vec(), true),
        _ => (Vec::new(), false),
    }
}

fn parser(vm: &mut Vm, args: Args, unicode: bool) -> PyResult<Value> {
    let t = if unicode {
        vm.types.unicode.clone()
    } else {
        vm.types.str.clone()
    };
    let this = method_self(vm, &t, "_formatter_parser", &args)?;
    let (text, unicode) = codes(&this);
    Ok(PyIter::new(
        "formatteriterator",
        IterState::Format {
            text: text.into(),
            unicode,
            fields: false,
            pos: 0,
        },
    ))
}

fn field_name_split(vm: &mut Vm, args: Args, unicode: bool) -> PyResult<Value> {
    let t = if unicode {
        vm.types.unicode.clone()
    } else {
        vm.types.str.clone()
    };
    let this = method_self(vm, &t, "_formatter_field_name_split", &args)?;
    let (text, unicode) = codes(&this);
    let (first, _) = FieldNameIter::split(&text);
    let first_value = match field_index(first).map_err(|e| raise(vm, e))? {
        Some(i) if !first.is_empty() => Value::long(num_bigint::BigInt::from(i)),
        _ => text_value(first, unicode),
    };
    let rest_start = first.len();
    let accessors = PyIter::new(
        "fieldnameiterator",
        IterState::Format {
            text: text[rest_start..].into(),
            unicode,
            fields: true,
            pos: 0,
        },
    );
    Ok(Value::tuple(vec![first_value, accessors]))
}

fn str_parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    parser(vm, args, false)
}

fn unicode_parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    parser(vm, args, true)
}

fn str_field_name_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    field_name_split(vm, args, false)
}

fn unicode_field_name_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    field_name_split(vm, args, true)
}

pub fn register(vm: &mut Vm) {
    let (s, u) = (vm.types.str.clone(), vm.types.unicode.clone());
    add_methods(
        &s,
        "str",
        &[
            ("_formatter_parser", str_parser as NativeFn),
            ("_formatter_field_name_split", str_field_name_split),
        ],
    );
    add_methods(
        &u,
        "unicode",
        &[
            ("_formatter_parser", unicode_parser as NativeFn),
            ("_formatter_field_name_split", unicode_field_name_split),
        ],
    );
}

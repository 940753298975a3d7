//! `bytearray`: a mutable sequence of bytes (CPython:
//! `Objects/bytearrayobject.c`).
//!
//! Item access gives ints; slices, `+` and `*` give new bytearrays. The
//! str-like methods run `str`'s own code on a copy of the bytes and turn
//! the strings they give back into bytearrays, as the shared
//! `Objects/stringlib/` code does for both types in CPython.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::sliceobject::PySlice;
use super::stringobject::PyStr;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

/// A bytearray's bytes.
pub struct PyByteArray {
    data: RefCell<Vec<u8>>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
        }
    }

    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }

    /// A copy of the bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }
}

impl Value {
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(PyByteArray::new(data)))
    }
}

/// `repr()` of a bytearray (`bytearray_repr`): `bytearray(b'...')`, with
/// double quotes when the bytes hold a `'` and no `"`; a `'` is escaped
/// either way.
pub fn repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 14);
    out.push_str("bytearray(b");
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b' '..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// The bytes of a value with the buffer interface (`str`, `bytearray`).
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Str(s) => Some(s.as_bytes().to_vec()),
        Value::ByteArray(b) => Some(b.bytes()),
        _ => None,
    }
}

impl Vm {
    /// One byte from an int, or a str of length 1 (`_getbytevalue`).
    pub fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        if let Value::Str(s) = v {
            if s.len() == 1 {
                return Ok(s.as_bytes()[0]);
            }
        }
        let is_int = matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_))
            || matches!(v, Value::Instance(_))
                && self.lookup_special(v, &PyStr::from("__index__")).is_some();
        if !is_int {
            return Err(self.type_error("an integer or string of size 1 is required"));
        }
        let n = self.index_value(v, "an integer or string of size 1 is required")?;
        u8::try_from(n).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// The bytes a bytearray is made from, or assigned from: a buffer's
    /// bytes, otherwise each item of an iterable as a byte.
    fn bytes_from_iterable(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = buffer_bytes(v) {
            return Ok(b);
        }
        let items = self.iterate(v)?;
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(self.byte_value(item)?);
        }
        Ok(out)
    }

    /// `bytearray(...)` (`bytearray_init`).
    pub fn bytearray_new(&mut self, args: Args) -> PyResult<Value> {
        let mut source = args.args.first().cloned();
        let mut encoding = args.args.get(1).cloned();
        let mut errors = args.args.get(2).cloned();
        if args.args.len() > 3 {
            return Err(self.type_error(format!(
                "bytearray() takes at most 3 arguments ({} given)",
                args.args.len()
            )));
        }
        for (k, v) in &args.kwargs {
            let name = match k {
                Value::Str(s) => s.to_text().into_owned(),
                _ => String::new(),
            };
            let slot = match name.as_str() {
                "source" => &mut source,
                "encoding" => &mut encoding,
                "errors" => &mut errors,
                _ => {
                    return Err(self.type_error(format!(
                        "'{name}' is an invalid keyword argument for this function"
                    )))
                }
            };
            if slot.is_some() {
                return Err(
                    self.type_error(format!("Argument given by name ('{name}') and position"))
                );
            }
            *slot = Some(v.clone());
        }
        let Some(source) = source else {
            if encoding.is_some() || errors.is_some() {
                return Err(self.type_error("encoding or errors without sequence argument"));
            }
            return Ok(Value::bytearray(Vec::new()));
        };
        let owner = match source {
            Value::Unicode(_) => Some(self.types.unicode.clone()),
            Value::Str(_) if encoding.is_some() => Some(self.types.str.clone()),
            _ => None,
        };
        if let Some(owner) = owner {
            let Some(encoding) = encoding else {
                return Err(self.type_error("unicode argument without an encoding"));
            };
            let encode = owner.dict.get_str("encode");
            let Some(encode) = encode else {
                return Err(self.type_error("unicode argument without an encoding"));
            };
            let mut call = vec![source, encoding];
            call.extend(errors);
            let encoded = self.call(&encode, Args::positional(call))?;
            return match buffer_bytes(&encoded) {
                Some(b) => Ok(Value::bytearray(b)),
                None => Err(self.type_error("encoder did not return a string object")),
            };
        }
        if encoding.is_some() || errors.is_some() {
            return Err(self.type_error("encoding or errors without a string argument"));
        }
        let is_count = matches!(source, Value::Int(_) | Value::Long(_) | Value::Bool(_))
            || matches!(source, Value::Instance(_))
                && self
                    .lookup_special(&source, &PyStr::from("__index__"))
                    .is_some();
        if is_count {
            let n = self.index_value(&source, "an integer is required")?;
            if n < 0 {
                return Err(self.value_error("negative count"));
            }
            if n > 1 << 31 {
                return Err(self.new_error(&self.exc.memory_error.clone(), ""));
            }
            return Ok(Value::bytearray(vec![0; n as usize]));
        }
        let bytes = self.bytes_from_iterable(&source)?;
        Ok(Value::bytearray(bytes))
    }

    /// `b[key]`: an int for an index, a new bytearray for a slice.
    pub fn bytearray_getitem(
        &mut self,
        obj: &Value,
        b: &PyByteArray,
        key: &Value,
    ) -> PyResult<Value> {
        if let Value::Slice(s) = key {
            let (start, _, step, n) = self.slice_parts(s, b.len() as i64)?;
            let data = b.borrow();
            let picked = (0..n)
                .filter_map(|k| data.get((start + k * step) as usize).copied())
                .collect();
            return Ok(Value::bytearray(picked));
        }
        let i = self.seq_index(obj, key, b.len() as i64, "bytearray")?;
        match b.borrow().get(i) {
            Some(&byte) => Ok(Value::Int(i64::from(byte))),
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `b[key] = value` and, with no value, `del b[key]`.
    pub fn bytearray_setitem(
        &mut self,
        obj: &Value,
        b: &PyByteArray,
        key: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Value::Slice(s) = key {
            return self.bytearray_assign_slice(b, s, value);
        }
        let i = self.seq_index(obj, key, b.len() as i64, "bytearray")?;
        let byte = match &value {
            Some(v) => Some(self.byte_value(v)?),
            None => None,
        };
        let mut data = b.borrow_mut();
        if i >= data.len() {
            return Err(self.index_error("bytearray index out of range"));
        }
        match byte {
            Some(byte) => data[i] = byte,
            None => {
                data.remove(i);
            }
        }
        Ok(())
    }

    /// `b[i:j:k] = value`, `del b[i:j:k]` (`bytearray_ass_subscript`).
    pub fn bytearray_assign_slice(
        &mut self,
        b: &PyByteArray,
        s: &PySlice,
        value: Option<Value>,
    ) -> PyResult<()> {
        let new = match &value {
            None => None,
            Some(Value::Unicode(_)) => {
                return Err(self.type_error("can't set bytearray slice from unicode"));
            }
            Some(Value::Int(_) | Value::Long(_) | Value::Bool(_)) => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Some(v) => Some(self.bytes_from_iterable(v)?),
        };
        let len = b.len() as i64;
        let (start, stop, step, n) = self.slice_parts(s, len)?;
        let mut data = b.borrow_mut();
        if step == 1 {
            let a = (start.max(0) as usize).min(data.len());
            let z = (stop.max(start).max(0) as usize).min(data.len());
            data.splice(a..z, new.unwrap_or_default());
            return Ok(());
        }
        let picks: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
        match new {
            None => {
                let mut sorted = picks;
                sorted.sort_unstable();
                for i in sorted.into_iter().rev() {
                    if i < data.len() {
                        data.remove(i);
                    }
                }
                Ok(())
            }
            Some(new) => {
                if new.len() != picks.len() {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        picks.len()
                    )));
                }
                for (i, byte) in picks.into_iter().zip(new) {
                    if let Some(slot) = data.get_mut(i) {
                        *slot = byte;
                    }
                }
                Ok(())
            }
        }
    }

    /// `x in b`: an int is a byte, a str or bytearray a substring.
    pub fn bytearray_contains(&mut self, b: &PyByteArray, x: &Value) -> PyResult<bool> {
        if let Some(needle) = buffer_bytes(x) {
            return Ok(super::abstract_::find_bytes(&b.borrow(), &needle, 0).is_some());
        }
        if let Value::Unicode(_) = x {
            return Err(self.type_error("Type unicode doesn't support the buffer API"));
        }
        let byte = self.index_value(x, "an integer or buffer is required")?;
        match u8::try_from(byte) {
            Ok(byte) => Ok(b.borrow().contains(&byte)),
            Err(_) => Err(self.value_error("byte must be in range(0, 256)")),
        }
    }

    /// `a + b` where one side is a bytearray and the other has a buffer.
    pub fn bytearray_concat(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        match (buffer_bytes(a), buffer_bytes(b)) {
            (Some(mut x), Some(y)) => {
                x.extend(y);
                Ok(Value::bytearray(x))
            }
            (_, None) => Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ))),
            (None, _) => Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ))),
        }
    }

    /// `b * n`.
    pub fn bytearray_repeat(&mut self, b: &PyByteArray, n: i64) -> PyResult<Value> {
        let data = b.bytes();
        let n = n.max(0) as usize;
        if data.len().saturating_mul(n) > 1 << 31 {
            return Err(self.new_error(&self.exc.memory_error.clone(), ""));
        }
        Ok(Value::bytearray(data.repeat(n)))
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyByteArray>> {
    match args.args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bytearray' object needs an argument"
        ))),
    }
}

fn rest<'a>(vm: &Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::builtins::method_args(vm, args, name, min, max)
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "append")?;
    let rest = rest(vm, &args, "append", 1, 1)?;
    let byte = vm.byte_value(&rest[0])?;
    b.borrow_mut().push(byte);
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "extend")?;
    let rest = rest(vm, &args, "extend", 1, 1)?;
    let bytes = vm.bytes_from_iterable(&rest[0])?;
    b.borrow_mut().extend(bytes);
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "pop")?;
    let rest = rest(vm, &args, "pop", 0, 1)?;
    let i = crate::objects::listmethods::pop_index(vm, rest.first(), b.len(), "bytearray")?;
    let byte = b.borrow_mut().remove(i);
    Ok(Value::Int(i64::from(byte)))
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "insert")?;
    let rest = rest(vm, &args, "insert", 2, 2)?;
    let len = b.len() as i64;
    let mut i = vm.index_value(&rest[0], "an integer is required")?;
    let byte = vm.byte_value(&rest[1])?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    b.borrow_mut().insert(i, byte);
    Ok(Value::None)
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "remove")?;
    let rest = rest(vm, &args, "remove", 1, 1)?;
    let byte = vm.byte_value(&rest[0])?;
    let found = b.borrow().iter().position(|&x| x == byte);
    match found {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "reverse")?;
    rest(vm, &args, "reverse", 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn bytearray_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "join")?;
    let rest = rest(vm, &args, "join", 1, 1)?;
    let items = vm.iterate(&rest[0])?;
    let sep = b.bytes();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(bytes) = buffer_bytes(item) else {
            return Err(vm.type_error(format!(
                "can only join an iterable of bytes (item {i} has type '{}')",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes);
    }
    Ok(Value::bytearray(out))
}

/// `bytearray.__init__(self, source=None, encoding=None, errors=None)`.
fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__init__")?;
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs,
    };
    let Value::ByteArray(made) = vm.bytearray_new(rest)? else {
        return Ok(Value::None);
    };
    let bytes = made.bytes();
    *b.borrow_mut() = bytes;
    Ok(Value::None)
}

fn bytearray_copy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__str__")?;
    Ok(Value::bytes(&b.bytes()))
}

/// A bytes-like result of `str`'s method as a bytearray (lists and
/// tuples of them too).
fn to_bytearrays(v: Value) -> Value {
    match v {
        Value::Str(s) => Value::bytearray(s.as_bytes().to_vec()),
        Value::List(l) => Value::list(l.snapshot().into_iter().map(to_bytearrays).collect()),
        Value::Tuple(t) => Value::tuple(t.items.iter().cloned().map(to_bytearrays).collect()),
        other => other,
    }
}

/// Runs `str`'s method `name` on the bytes, with bytearray arguments as
/// strs; `convert` turns string results back into bytearrays.
fn via_str(vm: &mut Vm, args: Args, name: &'static str, convert: bool) -> PyResult<Value> {
    let b = this(vm, &args, name)?;
    let Some(method) = vm.types.str.dict.get_str(name) else {
        return Err(vm.no_attribute(&args.args[0], name));
    };
    let to_str = |v: &Value| match v {
        Value::ByteArray(x) => Value::bytes(&x.bytes()),
        Value::Tuple(t) => Value::tuple(
            t.items
                .iter()
                .map(|i| match i {
                    Value::ByteArray(x) => Value::bytes(&x.bytes()),
                    other => other.clone(),
                })
                .collect(),
        ),
        other => other.clone(),
    };
    let mut call = vec![Value::bytes(&b.bytes())];
    call.extend(args.args[1..].iter().map(to_str));
    let kwargs = args
        .kwargs
        .iter()
        .map(|(k, v)| (k.clone(), to_str(v)))
        .collect();
    let r = vm.call(&method, Args { args: call, kwargs })?;
    Ok(if convert { to_bytearrays(r) } else { r })
}

macro_rules! str_backed {
    ($($f:ident $name:literal $convert:literal,)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            via_str(vm, args, $name, $convert)
        })*
        const STR_BACKED: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

str_backed! {
    ba_upper "upper" true,
    ba_lower "lower" true,
    ba_swapcase "swapcase" true,
    ba_title "title" true,
    ba_capitalize "capitalize" true,
    ba_strip "strip" true,
    ba_lstrip "lstrip" true,
    ba_rstrip "rstrip" true,
    ba_split "split" true,
    ba_rsplit "rsplit" true,
    ba_splitlines "splitlines" true,
    ba_partition "partition" true,
    ba_rpartition "rpartition" true,
    ba_replace "replace" true,
    ba_center "center" true,
    ba_ljust "ljust" true,
    ba_rjust "rjust" true,
    ba_zfill "zfill" true,
    ba_expandtabs "expandtabs" true,
    ba_translate "translate" true,
    ba_find "find" false,
    ba_rfind "rfind" false,
    ba_index "index" false,
    ba_rindex "rindex" false,
    ba_count "count" false,
    ba_startswith "startswith" false,
    ba_endswith "endswith" false,
    ba_isalpha "isalpha" false,
    ba_isdigit "isdigit" false,
    ba_isalnum "isalnum" false,
    ba_isspace "isspace" false,
    ba_isupper "isupper" false,
    ba_islower "islower" false,
    ba_istitle "istitle" false,
    ba_decode "decode" false,
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.bytearray.clone();
    add_methods(
        &t,
        "bytearray",
        &[
            ("append", bytearray_append),
            ("extend", bytearray_extend),
            ("pop", bytearray_pop),
            ("insert", bytearray_insert),
            ("remove", bytearray_remove),
            ("reverse", bytearray_reverse),
            ("join", bytearray_join),
            ("__str__", bytearray_copy_str),
            ("__init__", bytearray_init),
        ],
    );
    add_methods(&t, "bytearray", STR_BACKED);
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn repr_escapes_single_quotes_in_both_quotings() {
        assert_eq!(repr(b"it's"), "bytearray(b\"it\\'s\")");
        assert_eq!(repr(b"\x00'\"\\"), "bytearray(b'\\x00\\'\"\\\\')");
    }
}

//! The methods of `str` (CPython: the method table of `Objects/stringobject.c`).

use crate::objects::object::Truth;
use std::rc::Rc;

use super::abstract_::find_bytes;
use super::codecs;
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::stringobject::PyStr;
use super::unicodemethods;
use super::unicodeobject::PyUnicode;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("decode", str_decode),
        ("__len__", str_len),
        ("translate", str_translate),
    ];
    let t = vm.types.str.clone();
    add_methods(&t, "str", methods);
}

/// `self` of a str method, with the message an unbound call gets.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    match args.args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        ))),
    }
}

/// What a str method does when an argument is unicode: its own argument
/// count is checked, then the unicode method runs, on `self` decoded as
/// ASCII (`PyUnicode_Split`, `PyUnicode_Replace` and friends in
/// `stringobject.c`).
fn as_unicode_method(
    vm: &mut Vm,
    args: Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Value> {
    rest(vm, &args, name, min, max)?;
    unicodemethods::promoted(vm, args, name)
}

/// Whether the argument at `index` after `self` is unicode.
fn unicode_at(args: &Args, index: usize) -> bool {
    matches!(args.args.get(index + 1), Some(Value::Unicode(_)))
}

/// The arguments after `self`, checked for count.
fn rest<'a>(vm: &Vm, args: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::builtins::method_args(vm, args, name, min, max)
}

/// A `str` argument read as a character buffer (`PyObject_AsCharBuffer`).
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Str(s) => Ok(s.as_bytes()),
        _ => Err(vm.type_error("expected a string or other character buffer object")),
    }
}

fn new_str(bytes: Vec<u8>) -> Value {
    Value::Str(Rc::new(PyStr::new(bytes.into())))
}

/// The longest string these methods build; past it, `MemoryError` (as
/// CPython's allocation would fail) instead of aborting.
const MAX_LEN: usize = 1 << 31;

fn memory_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error_args(&vm.exc.memory_error.clone(), Value::tuple(vec![]))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(s.len() as i64))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?;
    let rest = rest(vm, &args, "join", 1, 1)?;
    let items = unicodemethods::sequence_fast(vm, &rest[0], "can only join an iterable")?;
    match items.as_slice() {
        [] => return Ok(Value::str("")),
        [item @ (Value::Str(_) | Value::Unicode(_))] => return Ok(item.clone()),
        _ => {}
    }
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        match item {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Unicode(_) => return unicodemethods::join_items(vm, &Value::Str(sep), &items),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected string, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(new_str(out))
}

fn maxsplit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let n = vm.index_value(v, "an integer is required")?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "split", 0, 2);
    }
    let s = this(vm, &args, "split")?;
    let rest = rest(vm, &args, "split", 0, 2)?;
    let maxsplit = maxsplit_arg(vm, rest.get(1))?;
    let b = s.as_bytes();
    let parts: Vec<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => split_whitespace(b, maxsplit),
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?.to_vec();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            while let Some(p) = find_bytes(b, &sep, start) {
                if maxsplit.is_some_and(|m| out.len() >= m) {
                    break;
                }
                out.push(b[start..p].to_vec());
                start = p + sep.len();
            }
            out.push(b[start..].to_vec());
            out
        }
    };
    let list = super::listobject::PyList::new(parts.into_iter().map(new_str).collect());
    list.preallocated(super::listobject::split_prealloc(maxsplit));
    Ok(Value::List(Rc::new(list)))
}

fn split_whitespace(b: &[u8], maxsplit: Option<usize>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if maxsplit.is_some_and(|m| out.len() >= m) {
            out.push(b[i..].to_vec());
            return out;
        }
        let start = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        out.push(b[start..i].to_vec());
    }
    out
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "rsplit", 0, 2);
    }
    let s = this(vm, &args, "rsplit")?;
    let rest = rest(vm, &args, "rsplit", 0, 2)?;
    let maxsplit = maxsplit_arg(vm, rest.get(1))?;
    let b = s.as_bytes();
    let mut parts: Vec<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => {
            let reversed: Vec<u8> = b.iter().rev().copied().collect();
            split_whitespace(&reversed, maxsplit)
                .into_iter()
                .map(|p| p.into_iter().rev().collect())
                .collect()
        }
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?.to_vec();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut end = b.len();
            loop {
                if maxsplit.is_some_and(|m| out.len() >= m) {
                    break;
                }
                let found = (0..=end.saturating_sub(sep.len()))
                    .rev()
                    .find(|&p| p + sep.len() <= end && b[p..p + sep.len()] == sep[..]);
                match found {
                    Some(p) if end >= sep.len() => {
                        out.push(b[p + sep.len()..end].to_vec());
                        end = p;
                    }
                    _ => break,
                }
            }
            out.push(b[..end].to_vec());
            out
        }
    };
    parts.reverse();
    let list = super::listobject::PyList::new(parts.into_iter().map(new_str).collect());
    list.preallocated(super::listobject::split_prealloc(maxsplit));
    Ok(Value::List(Rc::new(list)))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, name, 0, 1);
    }
    let s = this(vm, &args, name)?;
    let rest = rest(vm, &args, name, 0, 1)?;
    let chars: Option<Vec<u8>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_bytes().to_vec()),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None, str or unicode"))),
    };
    let strip = |b: u8| match &chars {
        None => is_space(b),
        Some(c) => c.contains(&b),
    };
    let b = s.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && strip(b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(b[end - 1]) {
            end -= 1;
        }
    }
    Ok(new_str(b[start..end].to_vec()))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if unicode_at(&args, 0) || unicode_at(&args, 1) {
        return as_unicode_method(vm, args, "replace", 2, 3);
    }
    let s = this(vm, &args, "replace")?;
    let rest = rest(vm, &args, "replace", 2, 3)?;
    let old = bytes_arg(vm, &rest[0])?.to_vec();
    let new = bytes_arg(vm, &rest[1])?.to_vec();
    let count = maxsplit_arg(vm, rest.get(2))?;
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut done = 0usize;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if count.is_none_or(|n| done < n) {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(c);
            let _ = i;
        }
        if count.is_none_or(|n| done < n) {
            out.extend_from_slice(&new);
        }
        return Ok(new_str(out));
    }
    let mut start = 0;
    while let Some(p) = find_bytes(b, &old, start) {
        if count.is_some_and(|n| done >= n) {
            break;
        }
        out.extend_from_slice(&b[start..p]);
        out.extend_from_slice(&new);
        start = p + old.len();
        done += 1;
    }
    out.extend_from_slice(&b[start..]);
    Ok(new_str(out))
}

/// The `[start:end]` window of find, count and friends, resolved like a slice.
fn window(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => vm.index_value(
                v,
                "slice indices must be integers or None or have an __index__ method",
            ),
        }
    };
    let len_i = len as i64;
    let fix = |i: i64| {
        if i < 0 {
            (i + len_i).max(0)
        } else {
            i.min(len_i)
        }
    };
    let raw_start = bound(vm, rest.get(1), 0)?;
    let start = fix(raw_start);
    let end = fix(bound(vm, rest.get(2), len_i)?);
    // A start past the end finds nothing, not even the empty string.
    if raw_start > len_i {
        return Ok((len + 1, len));
    }
    Ok((start as usize, end as usize))
}

/// The name `str`'s find, rfind, index and rindex share in their argument
/// errors (`stringlib_parse_args_finds`), checked before a unicode `sub`
/// hands the call to `unicode`.
const FINDS: &str = "find/rfind/index/rindex";

fn check_finds(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    this(vm, args, name)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    rest(vm, args, FINDS, 1, 3)?;
    Ok(())
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = this(vm, &args, name)?;
    let rest = rest(vm, &args, FINDS, 1, 3)?;
    let needle = bytes_arg(vm, &rest[0])?.to_vec();
    let b = s.as_bytes();
    let (start, end) = window(vm, rest, b.len())?;
    if start > end || end - start < needle.len() {
        return Ok(None);
    }
    if needle.is_empty() {
        return Ok(Some(if reverse { end } else { start }));
    }
    let hay = &b[start..end];
    let found = if reverse {
        (0..=hay.len() - needle.len())
            .rev()
            .find(|&p| hay[p..p + needle.len()] == needle[..])
    } else {
        find_bytes(hay, &needle, 0)
    };
    Ok(found.map(|p| p + start))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_finds(vm, &args, "find")?;
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "find", 1, 3);
    }
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.map_or(-1, |p| p as i64),
    ))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_finds(vm, &args, "rfind")?;
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "rfind", 1, 3);
    }
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.map_or(-1, |p| p as i64),
    ))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_finds(vm, &args, "index")?;
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "index", 1, 3);
    }
    match find_impl(vm, args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_finds(vm, &args, "rindex")?;
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "rindex", 1, 3);
    }
    match find_impl(vm, args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, "count", 1, 3);
    }
    let s = this(vm, &args, "count")?;
    let rest = rest(vm, &args, "count", 1, 3)?;
    let needle = bytes_arg(vm, &rest[0])?.to_vec();
    let b = s.as_bytes();
    let (start, end) = window(vm, rest, b.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &b[start..end];
    if needle.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(hay, &needle, i) {
        n += 1;
        i = p + needle.len();
    }
    Ok(Value::Int(n))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let rest = rest(vm, &args, name, 1, 3)?;
    let b = s.as_bytes();
    let (start, end) = window(vm, rest, b.len())?;
    let hay = if start <= end {
        &b[start..end]
    } else {
        &b[0..0]
    };
    let in_tuple = matches!(&rest[0], Value::Tuple(_));
    let candidates: Vec<Value> = match &rest[0] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for c in candidates {
        if let Value::Unicode(p) = &c {
            let hay = vm.to_unicode(&Value::Str(s.clone()))?;
            if unicodemethods::tailmatch(&hay, &p.chars, start as i64, end as i64, suffix) {
                return Ok(Value::Bool(Truth::True));
            }
            continue;
        }
        let Value::Str(p) = &c else {
            if in_tuple {
                return Err(vm.type_error("expected a string or other character buffer object"));
            }
            return Err(vm.type_error(format!(
                "{name} first arg must be str, unicode, or tuple, not {}",
                vm.type_name(&c)
            )));
        };
        let hit = if suffix {
            hay.ends_with(p.as_bytes())
        } else {
            hay.starts_with(p.as_bytes())
        };
        if hit && (start <= b.len()) {
            return Ok(Value::Bool(Truth::True));
        }
    }
    Ok(Value::Bool(Truth::False))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    rest(vm, &args, name, 0, 0)?;
    Ok(new_str(f(s.as_bytes())))
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    rest(vm, &args, name, 0, 0)?;
    Ok(Value::bool(f(s.as_bytes())))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, how: char) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let rest = rest(vm, &args, name, 1, 2)?;
    let width = vm.index_value(&rest[0], "an integer is required")?.max(0) as usize;
    if width > MAX_LEN {
        return Err(memory_error(vm));
    }
    let fill = match rest.get(1) {
        None => b' ',
        Some(Value::Str(f)) if f.len() == 1 => f.as_bytes()[0],
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}() argument 2 must be char, not {}",
                vm.type_name(other)
            )))
        }
    };
    let b = s.as_bytes();
    if width <= b.len() {
        return Ok(Value::Str(s));
    }
    let total = width - b.len();
    let (left, right) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            // CPython's center puts the odd extra space on the left when the
            // width is odd and the string even, and on the right otherwise.
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", 'c')
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", 'l')
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", 'r')
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    // `PyArg_ParseTuple`'s wording: "exactly 1 argument".
    let rest = args.args.get(1..).unwrap_or(&[]);
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("zfill() takes no keyword arguments"));
    }
    if rest.len() != 1 {
        return Err(vm.type_error(crate::builtins::arity_message("zfill", rest.len(), 1, 1)));
    }
    let width = vm.index_value(&rest[0], "an integer is required")?.max(0) as usize;
    let b = s.as_bytes();
    if width <= b.len() {
        return Ok(Value::Str(s));
    }
    if width > MAX_LEN {
        return Err(memory_error(vm));
    }
    let fill = width - b.len();
    let mut out = Vec::with_capacity(width);
    let body = if matches!(b.first(), Some(b'+' | b'-')) {
        out.push(b[0]);
        &b[1..]
    } else {
        b
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(new_str(out))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    if unicode_at(&args, 0) {
        return as_unicode_method(vm, args, name, 1, 1);
    }
    let s = this(vm, &args, name)?;
    let rest = rest(vm, &args, name, 1, 1)?;
    let sep = bytes_arg(vm, &rest[0])?.to_vec();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let b = s.as_bytes();
    let found = if reverse {
        (0..=b.len().saturating_sub(sep.len()))
            .rev()
            .find(|&p| p + sep.len() <= b.len() && b[p..p + sep.len()] == sep[..])
    } else {
        find_bytes(b, &sep, 0)
    };
    let parts = match found {
        Some(p) => [b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
        None if reverse => [Vec::new(), Vec::new(), b.to_vec()],
        None => [b.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(new_str).collect()))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let rest = rest(vm, &args, "splitlines", 0, 1)?;
    let keep = match rest.first() {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(new_str(b[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(new_str(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let rest = rest(vm, &args, "expandtabs", 0, 1)?;
    let size = match rest.first() {
        Some(v) => vm.index_value(v, "an integer is required")?.max(0) as usize,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0;
    for &c in s.as_bytes() {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    if out.len().saturating_add(n) > MAX_LEN {
                        return Err(memory_error(vm));
                    }
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

/// `s.encode(...)`: the codec receives `s` decoded as ASCII.
fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let (encoding, errors) = unicodemethods::codec_args(vm, &args, "encode")?;
    let codec = unicodemethods::codec_for(vm, encoding.as_deref())?;
    let errors = errors.as_deref().unwrap_or(b"strict");
    if codec.is_bytes_codec() {
        return Ok(new_str(codecs::string_escape_encode(s.as_bytes())));
    }
    let chars = vm.to_unicode(&Value::Str(s))?;
    let object = || Value::Unicode(Rc::new(PyUnicode::new(chars.clone().into())));
    let bytes = vm.encode_chars(codec, &chars, object, errors)?;
    Ok(new_str(bytes))
}

fn str_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "decode")?;
    let (encoding, errors) = unicodemethods::codec_args(vm, &args, "decode")?;
    let codec = unicodemethods::codec_for(vm, encoding.as_deref())?;
    let errors = errors.as_deref().unwrap_or(b"strict");
    if codec.is_bytes_codec() {
        let bytes = codecs::string_escape_decode(s.as_bytes(), errors)
            .map_err(|e| vm.codec_error(e, Value::Str(s.clone())))?;
        return Ok(new_str(bytes));
    }
    let chars = vm.decode_bytes(codec, s.as_bytes(), || Value::Str(s.clone()), errors)?;
    Ok(Value::Unicode(Rc::new(PyUnicode::new(chars.into()))))
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    // `PyArg_UnpackTuple`'s wording.
    let rest = args.args.get(1..).unwrap_or(&[]);
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("translate() takes no keyword arguments"));
    }
    if rest.is_empty() {
        return Err(vm.type_error("translate expected at least 1 arguments, got 0"));
    }
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "translate expected at most 2 arguments, got {}",
            rest.len()
        )));
    }
    let table: Option<Vec<u8>> = match &rest[0] {
        Value::None => None,
        Value::Str(t) if t.len() == 256 => Some(t.as_bytes().to_vec()),
        Value::Str(_) => {
            return Err(vm.value_error("translation table must be 256 characters long"))
        }
        other => {
            return Err(vm.type_error(format!(
                "expected a character buffer object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let delete: Vec<u8> = match rest.get(1) {
        Some(Value::Str(d)) => d.as_bytes().to_vec(),
        Some(_) => return Err(vm.type_error("expected a character buffer object")),
        None => Vec::new(),
    };
    let out: Vec<u8> = s
        .as_bytes()
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(new_str(out))
}

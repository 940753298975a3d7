//! The methods of `unicode` (CPython: the method table `unicode_methods` of
//! `Objects/unicodeobject.c`, with the `Objects/stringlib/` algorithms it
//! shares with `str`).
//!
//! Arguments are counted and converted as `PyArg_ParseTuple` does it, with
//! its messages; `str` arguments become unicode through the default
//! (ASCII) encoding, as `PyUnicode_FromObject` makes them. Where CPython
//! hands back the very same object (nothing to strip, a width already
//! reached, no separator found), so does glasspy, which `is` can see.

use crate::objects::object::Truth;
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::codecs::Codec;
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::unicodectype as ctype;
use super::unicodeobject::PyUnicode;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("encode", unicode_encode),
        ("replace", unicode_replace),
        ("split", unicode_split),
        ("rsplit", unicode_rsplit),
        ("join", unicode_join),
        ("capitalize", unicode_capitalize),
        ("title", unicode_title),
        ("center", unicode_center),
        ("count", unicode_count),
        ("expandtabs", unicode_expandtabs),
        ("find", unicode_find),
        ("partition", unicode_partition),
        ("index", unicode_index),
        ("ljust", unicode_ljust),
        ("lower", unicode_lower),
        ("lstrip", unicode_lstrip),
        ("decode", unicode_decode),
        ("rfind", unicode_rfind),
        ("rindex", unicode_rindex),
        ("rjust", unicode_rjust),
        ("rstrip", unicode_rstrip),
        ("rpartition", unicode_rpartition),
        ("splitlines", unicode_splitlines),
        ("strip", unicode_strip),
        ("swapcase", unicode_swapcase),
        ("upper", unicode_upper),
        ("startswith", unicode_startswith),
        ("endswith", unicode_endswith),
        ("islower", unicode_islower),
        ("isupper", unicode_isupper),
        ("istitle", unicode_istitle),
        ("isspace", unicode_isspace),
        ("isdecimal", unicode_isdecimal),
        ("isdigit", unicode_isdigit),
        ("isnumeric", unicode_isnumeric),
        ("isalpha", unicode_isalpha),
        ("isalnum", unicode_isalnum),
        ("zfill", unicode_zfill),
        ("translate", unicode_translate),
        ("__len__", unicode_len),
    ];
    let t = vm.types.unicode.clone();
    add_methods(&t, "unicode", methods);
}

/// The longest string a method builds; beyond it CPython's allocation would
/// fail too, and glasspy raises `MemoryError` instead of aborting.
const MAX_LEN: usize = 1 << 31;

// --- Arguments -------------------------------------------------------------

/// `self` of a unicode method, with the message an unbound call gets.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyUnicode>> {
    match args.args.first() {
        Some(Value::Unicode(u)) => Ok(u.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'unicode' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'unicode' object needs an argument"
        ))),
    }
}

/// `self` unconverted: a unicode, or a str when a str method hands over
/// (`promoted`); [`self_unicode`] converts it once the arguments are parsed.
fn self_value(vm: &Vm, args: &Args, name: &str, promoted: bool) -> PyResult<Value> {
    match args.args.first() {
        Some(v @ Value::Str(_)) if promoted => Ok(v.clone()),
        _ => this(vm, args, name).map(Value::Unicode),
    }
}

/// `PyUnicode_FromObject(self)`.
fn self_unicode(vm: &mut Vm, v: Value) -> PyResult<Rc<PyUnicode>> {
    match v {
        Value::Unicode(u) => Ok(u),
        other => Ok(Rc::new(PyUnicode::new(vm.to_unicode(&other)?.into()))),
    }
}

/// A `str` method called with a unicode argument, run as `unicode`'s (as
/// `PyUnicode_Split`, `PyUnicode_Replace` and friends run it for
/// `stringobject.c`): the arguments are checked first, then `self` is
/// decoded as ASCII.
pub fn promoted(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    match name {
        "split" => split_impl(vm, args, "split", false, true),
        "rsplit" => split_impl(vm, args, "rsplit", true, true),
        "strip" => strip_impl(vm, args, "strip", true, true, true),
        "lstrip" => strip_impl(vm, args, "lstrip", true, false, true),
        "rstrip" => strip_impl(vm, args, "rstrip", false, true, true),
        "replace" => replace_impl(vm, args, true),
        "find" | "rfind" | "index" | "rindex" => {
            let reverse = name.starts_with('r');
            match find_impl(vm, args, name, reverse, true)? {
                -1 if name.ends_with("index") => Err(vm.value_error("substring not found")),
                p => Ok(Value::Int(p)),
            }
        }
        "count" => count_impl(vm, args, true),
        "partition" => partition_impl(vm, args, "partition", false, true),
        "rpartition" => partition_impl(vm, args, "rpartition", true, true),
        _ => Err(vm.system_error(format!("str.{name} has no unicode counterpart"))),
    }
}

fn after_self(args: &Args) -> &[Value] {
    args.args.get(1..).unwrap_or(&[])
}

/// The arguments after `self` of a `METH_VARARGS` method, counted as
/// `PyArg_ParseTuple` counts them.
fn params<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = after_self(args);
    let n = rest.len();
    if n < min || n > max {
        return Err(vm.type_error(crate::builtins::arity_message(name, n, min, max)));
    }
    Ok(rest)
}

/// A `METH_NOARGS` method's call.
fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match after_self(args).len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{name}() takes no arguments ({n} given)"))),
    }
}

/// A `METH_O` method's one argument.
fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match after_self(args) {
        [v] => Ok(v),
        rest => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// Arguments as `PyArg_ParseTupleAndKeywords` takes them: positional ones
/// first, then keywords from `kwlist`; one slot per name.
pub fn parse_keywords(
    vm: &Vm,
    fname: &str,
    positional: &[Value],
    kwargs: &[(Value, Value)],
    kwlist: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let given = positional.len() + kwargs.len();
    if given > kwlist.len() {
        let max = kwlist.len();
        let plural = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} argument{plural} ({given} given)"
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; kwlist.len()];
    for (slot, v) in slots.iter_mut().zip(positional) {
        *slot = Some(v.clone());
    }
    for (key, value) in kwargs {
        let Value::Str(key) = key else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let key = key.to_text();
        match kwlist.iter().position(|k| *k == key) {
            Some(i) if i < positional.len() => {
                return Err(vm.type_error(format!(
                    "Argument given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(value.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    Ok(slots)
}

/// A `char *` argument (`s`): a str without NUL bytes, or a unicode in the
/// default encoding.
pub fn string_arg(vm: &mut Vm, fname: &str, position: usize, v: &Value) -> PyResult<Vec<u8>> {
    let bytes = match v {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Unicode(u) => vm.encode_ascii(&u.chars)?.as_bytes().to_vec(),
        Value::None => {
            return Err(vm.type_error(format!(
                "{fname}() argument {position} must be string, not None"
            )))
        }
        other => {
            return Err(vm.type_error(format!(
                "{fname}() argument {position} must be string, not {}",
                vm.type_name(other)
            )))
        }
    };
    if bytes.contains(&0) {
        return Err(vm.type_error(format!(
            "{fname}() argument {position} must be string without null bytes, not {}",
            vm.type_name(v)
        )));
    }
    Ok(bytes)
}

/// The `encoding` and `errors` arguments of `encode` and `decode`, as bytes.
pub type CodecArgs = (Option<Vec<u8>>, Option<Vec<u8>>);

/// The `encoding` and `errors` arguments of `encode` and `decode`
/// (`"|ss:encode"` with keywords).
pub fn codec_args(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<CodecArgs> {
    let slots = parse_keywords(
        vm,
        fname,
        after_self(args),
        &args.kwargs,
        &["encoding", "errors"],
    )?;
    let mut out = [None, None];
    for (i, slot) in slots.iter().enumerate() {
        if let Some(v) = slot {
            out[i] = Some(string_arg(vm, fname, i + 1, v)?);
        }
    }
    let [encoding, errors] = out;
    Ok((encoding, errors))
}

/// A `Py_ssize_t` argument (`n`).
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(vm.type_error("integer argument expected, got float")),
        Value::Long(l) => l
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long")),
        _ => vm.index_value(v, "an integer is required"),
    }
}

/// A C `int` argument (`i`).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = ssize_arg(vm, v)?;
    if n > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// A `start` or `end` of find and friends (`_PyEval_SliceIndex`); `None`
/// and a missing argument give `default`.
fn slice_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => vm.index_value(
            v,
            "slice indices must be integers or None or have an __index__ method",
        ),
    }
}

/// `sub[, start[, end]]` (`stringlib_parse_args_finds`): the first argument
/// unconverted, and the window.
fn finds_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, i64, i64)> {
    let rest = params(vm, args, name, 1, 3)?;
    let start = slice_index(vm, rest.get(1), 0)?;
    let end = slice_index(vm, rest.get(2), i64::MAX)?;
    Ok((rest[0].clone(), start, end))
}

/// `PySequence_Fast(v, message)`: the items of an iterable, or TypeError
/// with `message` when `v` cannot be iterated.
pub fn sequence_fast(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.snapshot()),
        Value::Tuple(t) => return Ok(t.items.to_vec()),
        _ => {}
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(message))
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(item) = vm.next(&it)? {
        items.push(item);
    }
    Ok(items)
}

fn new_unicode(chars: Vec<u32>) -> Value {
    Value::Unicode(Rc::new(PyUnicode::new(chars.into())))
}

fn slice_value(chars: &[u32]) -> Value {
    new_unicode(chars.to_vec())
}

fn memory_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error_args(&vm.exc.memory_error.clone(), Value::tuple(vec![]))
}

fn check_len(vm: &Vm, len: Option<usize>) -> PyResult<usize> {
    match len {
        Some(n) if n <= MAX_LEN => Ok(n),
        _ => Err(memory_error(vm)),
    }
}

fn unicode_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    no_args(vm, &args, "__len__")?;
    Ok(Value::Int(s.chars.len() as i64))
}

// --- Searching (stringlib/fastsearch.h, find.h, count.h) -------------------

/// `ADJUST_INDICES`: negative indices count from the end; `end` is
/// clamped to the length, `start` only from below.
fn adjust_indices(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        end.saturating_add(len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        start.saturating_add(len).max(0)
    } else {
        start
    };
    (start, end)
}

/// The first position of a non-empty `needle` in `hay`.
fn find_chars(hay: &[u32], needle: &[u32]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last position of `needle` in `hay`.
fn rfind_chars(hay: &[u32], needle: &[u32]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `stringlib_find_slice` and `stringlib_rfind_slice`: -1 when absent.
fn find_slice(hay: &[u32], needle: &[u32], start: i64, end: i64, reverse: bool) -> i64 {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end < start {
        return -1;
    }
    let window = &hay[start as usize..end as usize];
    let found = if reverse {
        rfind_chars(window, needle)
    } else {
        find_chars(window, needle)
    };
    found.map_or(-1, |p| p as i64 + start)
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
fn count_chars(hay: &[u32], needle: &[u32], max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_chars(&hay[i..], needle) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `tailmatch`: whether `sub` is at the start (or end) of `hay[start:end]`.
pub fn tailmatch(hay: &[u32], sub: &[u32], start: i64, end: i64, suffix: bool) -> bool {
    if sub.is_empty() {
        return true;
    }
    let (start, end) = adjust_indices(start, end, hay.len());
    let end = end - sub.len() as i64;
    if end < start {
        return false;
    }
    let at = if suffix { end } else { start } as usize;
    hay[at..at + sub.len()] == *sub
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool, promoted: bool) -> PyResult<i64> {
    let s = self_value(vm, &args, name, promoted)?;
    let (sub, start, end) = finds_args(vm, &args, name)?;
    let s = self_unicode(vm, s)?;
    let sub = vm.to_unicode(&sub)?;
    Ok(find_slice(&s.chars, &sub, start, end, reverse))
}

fn unicode_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false).map(Value::Int)
}

fn unicode_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false).map(Value::Int)
}

fn unicode_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false, false)? {
        -1 => Err(vm.value_error("substring not found")),
        p => Ok(Value::Int(p)),
    }
}

fn unicode_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true, false)? {
        -1 => Err(vm.value_error("substring not found")),
        p => Ok(Value::Int(p)),
    }
}

fn unicode_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    count_impl(vm, args, false)
}

fn count_impl(vm: &mut Vm, args: Args, promoted: bool) -> PyResult<Value> {
    let s = self_value(vm, &args, "count", promoted)?;
    let (sub, start, end) = finds_args(vm, &args, "count")?;
    let s = self_unicode(vm, s)?;
    let sub = vm.to_unicode(&sub)?;
    let (start, end) = adjust_indices(start, end, s.chars.len());
    if end < start {
        return Ok(Value::Int(0));
    }
    let window = &s.chars[start as usize..end as usize];
    let n = if sub.is_empty() {
        window.len() + 1
    } else {
        count_chars(window, &sub, usize::MAX)
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let (sub, start, end) = finds_args(vm, &args, name)?;
    if let Value::Tuple(t) = &sub {
        for item in t.items.iter() {
            let item = vm.to_unicode(item)?;
            if tailmatch(&s.chars, &item, start, end, suffix) {
                return Ok(Value::Bool(Truth::True));
            }
        }
        return Ok(Value::Bool(Truth::False));
    }
    let item = match vm.to_unicode(&sub) {
        Ok(item) => item,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str, unicode, or tuple, not {}",
                vm.type_name(&sub)
            )))
        }
        Err(e) => return Err(e),
    };
    Ok(Value::bool(tailmatch(&s.chars, &item, start, end, suffix)))
}

fn unicode_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn unicode_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

// --- Splitting and joining (stringlib/split.h, partition.h) ----------------

/// The pieces of a split: `Whole` is the string itself (CPython puts the
/// very object in the list when nothing was split off).
enum Piece {
    Whole,
    Part(usize, usize),
}

fn pieces_to_list(s: &Rc<PyUnicode>, pieces: Vec<Piece>) -> Value {
    Value::list(
        pieces
            .into_iter()
            .map(|p| match p {
                Piece::Whole => Value::Unicode(s.clone()),
                Piece::Part(a, b) => slice_value(&s.chars[a..b]),
            })
            .collect(),
    )
}

/// `stringlib_split_whitespace`.
fn split_whitespace(s: &[u32], mut maxcount: i64) -> Vec<Piece> {
    let len = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        maxcount -= 1;
        while i < len && ctype::is_space(s[i]) {
            i += 1;
        }
        if i == len {
            break;
        }
        let j = i;
        i += 1;
        while i < len && !ctype::is_space(s[i]) {
            i += 1;
        }
        if j == 0 && i == len {
            out.push(Piece::Whole);
            break;
        }
        out.push(Piece::Part(j, i));
    }
    if i < len {
        while i < len && ctype::is_space(s[i]) {
            i += 1;
        }
        if i != len {
            out.push(Piece::Part(i, len));
        }
    }
    out
}

/// `stringlib_rsplit_whitespace`.
fn rsplit_whitespace(s: &[u32], mut maxcount: i64) -> Vec<Piece> {
    let len = s.len();
    let mut out = Vec::new();
    // `i` is one past CPython's index, so it never goes below zero.
    let mut i = len;
    while maxcount > 0 {
        maxcount -= 1;
        while i > 0 && ctype::is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !ctype::is_space(s[i - 1]) {
            i -= 1;
        }
        if j == len && i == 0 {
            out.push(Piece::Whole);
            break;
        }
        out.push(Piece::Part(i, j));
    }
    if i > 0 {
        while i > 0 && ctype::is_space(s[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(Piece::Part(0, i));
        }
    }
    out.reverse();
    out
}

/// `stringlib_split` (and `stringlib_split_char`, which splits the same).
fn split_sep(s: &[u32], sep: &[u32], mut maxcount: i64) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        maxcount -= 1;
        match find_chars(&s[i..], sep) {
            Some(p) => {
                out.push(Piece::Part(i, i + p));
                i += p + sep.len();
            }
            None => break,
        }
    }
    if out.is_empty() {
        out.push(Piece::Whole);
    } else {
        out.push(Piece::Part(i, s.len()));
    }
    out
}

/// `stringlib_rsplit`.
fn rsplit_sep(s: &[u32], sep: &[u32], mut maxcount: i64) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut j = s.len();
    while maxcount > 0 {
        maxcount -= 1;
        match rfind_chars(&s[..j], sep) {
            Some(p) => {
                out.push(Piece::Part(p + sep.len(), j));
                j = p;
            }
            None => break,
        }
    }
    if out.is_empty() {
        out.push(Piece::Whole);
    } else {
        out.push(Piece::Part(0, j));
    }
    out.reverse();
    out
}

fn split_impl(
    vm: &mut Vm,
    args: Args,
    name: &str,
    reverse: bool,
    promoted: bool,
) -> PyResult<Value> {
    let s = self_value(vm, &args, name, promoted)?;
    let rest = params(vm, &args, name, 0, 2)?;
    let maxcount = match rest.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let s = self_unicode(vm, s)?;
    let maxcount = if maxcount < 0 { i64::MAX } else { maxcount };
    let pieces = match rest.first() {
        None | Some(Value::None) => {
            if reverse {
                rsplit_whitespace(&s.chars, maxcount)
            } else {
                split_whitespace(&s.chars, maxcount)
            }
        }
        Some(sep) => {
            let sep = vm.to_unicode(sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if reverse {
                rsplit_sep(&s.chars, &sep, maxcount)
            } else {
                split_sep(&s.chars, &sep, maxcount)
            }
        }
    };
    let list = pieces_to_list(&s, pieces);
    if let Value::List(l) = &list {
        let most = usize::try_from(maxcount).ok();
        l.preallocated(super::listobject::split_prealloc(most));
    }
    Ok(list)
}

fn unicode_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false, false)
}

fn unicode_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true, false)
}

fn partition_impl(
    vm: &mut Vm,
    args: Args,
    name: &str,
    reverse: bool,
    promoted: bool,
) -> PyResult<Value> {
    let s = self_value(vm, &args, name, promoted)?;
    let sep_value = one_arg(vm, &args, name)?.clone();
    let s = self_unicode(vm, s)?;
    let sep = vm.to_unicode(&sep_value)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let sep_value = match sep_value {
        v @ Value::Unicode(_) => v,
        _ => new_unicode(sep.clone()),
    };
    let empty = || new_unicode(Vec::new());
    let found = if reverse {
        rfind_chars(&s.chars, &sep)
    } else {
        find_chars(&s.chars, &sep)
    };
    let parts = match found {
        Some(p) => vec![
            slice_value(&s.chars[..p]),
            sep_value,
            slice_value(&s.chars[p + sep.len()..]),
        ],
        None if reverse => vec![empty(), empty(), Value::Unicode(s)],
        None => vec![Value::Unicode(s), empty(), empty()],
    };
    Ok(Value::tuple(parts))
}

fn unicode_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false, false)
}

fn unicode_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true, false)
}

fn unicode_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let rest = params(vm, &args, "splitlines", 0, 1)?;
    let keepends = match rest.first() {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let chars = &s.chars;
    let len = chars.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < len {
        while i < len && !ctype::is_linebreak(chars[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < len {
            if chars[i] == u32::from(b'\r') && chars.get(i + 1) == Some(&u32::from(b'\n')) {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        if j == 0 && eol == len {
            out.push(Value::Unicode(s.clone()));
            break;
        }
        out.push(slice_value(&chars[j..eol]));
        j = i;
    }
    Ok(Value::list(out))
}

/// `PyUnicode_Join`: `sep` (a str or unicode) between `items`, which must
/// be strings. `str.join` hands over here when it meets a unicode item.
pub fn join_items(vm: &mut Vm, sep: &Value, items: &[Value]) -> PyResult<Value> {
    match items {
        [] => return Ok(new_unicode(Vec::new())),
        [item @ Value::Unicode(_)] => return Ok(item.clone()),
        _ => {}
    }
    let sep = if items.len() > 1 {
        vm.to_unicode(sep)?
    } else {
        Vec::new()
    };
    let mut out: Vec<u32> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if !matches!(item, Value::Str(_) | Value::Unicode(_)) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected string or Unicode, {} found",
                vm.type_name(item)
            )));
        }
        let item = vm.to_unicode(item)?;
        let extra = if i + 1 < items.len() { sep.len() } else { 0 };
        check_len(
            vm,
            out.len()
                .checked_add(item.len())
                .and_then(|n| n.checked_add(extra)),
        )?;
        out.extend_from_slice(&item);
        if i + 1 < items.len() {
            out.extend_from_slice(&sep);
        }
    }
    Ok(new_unicode(out))
}

fn unicode_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "join")?;
    let seq = one_arg(vm, &args, "join")?.clone();
    let items = sequence_fast(vm, &seq, "can only join an iterable")?;
    join_items(vm, &Value::Unicode(s), &items)
}

// --- Stripping, replacing, padding (stringlib/transmogrify.h) --------------

fn strip_impl(
    vm: &mut Vm,
    args: Args,
    name: &str,
    left: bool,
    right: bool,
    promoted: bool,
) -> PyResult<Value> {
    let s = self_value(vm, &args, name, promoted)?;
    let rest = params(vm, &args, name, 0, 1)?;
    let s = self_unicode(vm, s)?;
    let set: Option<Vec<u32>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v @ (Value::Unicode(_) | Value::Str(_))) => Some(vm.to_unicode(v)?),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None, unicode or str"))),
    };
    let strip = |c: u32| match &set {
        None => ctype::is_space(c),
        Some(set) => set.contains(&c),
    };
    let chars = &s.chars;
    let mut i = 0;
    if left {
        while i < chars.len() && strip(chars[i]) {
            i += 1;
        }
    }
    let mut j = chars.len();
    if right {
        while j > i && strip(chars[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == chars.len() {
        return Ok(Value::Unicode(s));
    }
    Ok(slice_value(&chars[i..j]))
}

fn unicode_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true, false)
}

fn unicode_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false, false)
}

fn unicode_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true, false)
}

/// `replace()` of `unicodeobject.c`: `None` when there is nothing to replace
/// (CPython then returns the string itself).
fn replace_chars(
    vm: &Vm,
    s: &[u32],
    old: &[u32],
    new: &[u32],
    maxcount: i64,
) -> PyResult<Option<Vec<u32>>> {
    // A negative count means all; only an explicit count skips an empty
    // string (so `u''.replace(u'', u'-')` is `u'-'`).
    let maxcount = if maxcount < 0 {
        usize::MAX
    } else if maxcount == 0 || s.is_empty() {
        return Ok(None);
    } else {
        maxcount as usize
    };
    if old.is_empty() && new.is_empty() {
        return Ok(None);
    }
    if old.is_empty() {
        // Interleave: `new` before each character, `maxcount` times at most.
        let n = (s.len() + 1).min(maxcount);
        check_len(
            vm,
            new.len()
                .checked_mul(n)
                .and_then(|x| x.checked_add(s.len())),
        )?;
        let mut out = Vec::with_capacity(s.len() + new.len() * n);
        let mut i = 0;
        for k in 0..n {
            out.extend_from_slice(new);
            if k + 1 < n {
                out.push(s[i]);
                i += 1;
            }
        }
        out.extend_from_slice(&s[i..]);
        return Ok(Some(out));
    }
    let n = count_chars(s, old, maxcount);
    if n == 0 {
        return Ok(None);
    }
    let grown = new
        .len()
        .checked_mul(n)
        .and_then(|x| x.checked_add(s.len()));
    check_len(vm, grown)?;
    let mut out = Vec::with_capacity(s.len() - old.len() * n + new.len() * n);
    let mut i = 0;
    for _ in 0..n {
        let Some(p) = find_chars(&s[i..], old) else {
            break;
        };
        out.extend_from_slice(&s[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
    }
    out.extend_from_slice(&s[i..]);
    Ok(Some(out))
}

fn unicode_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_impl(vm, args, false)
}

fn replace_impl(vm: &mut Vm, args: Args, promoted: bool) -> PyResult<Value> {
    let s = self_value(vm, &args, "replace", promoted)?;
    let rest = params(vm, &args, "replace", 2, 3)?;
    let maxcount = match rest.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let s = self_unicode(vm, s)?;
    let old = vm.to_unicode(&rest[0])?;
    let new = vm.to_unicode(&rest[1])?;
    Ok(match replace_chars(vm, &s.chars, &old, &new, maxcount)? {
        Some(out) => new_unicode(out),
        None => Value::Unicode(s),
    })
}

/// `convert_uc`: the fill character of center, ljust and rjust.
fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else {
        return Ok(u32::from(b' '));
    };
    match vm.to_unicode(v) {
        Ok(c) if c.len() == 1 => Ok(c[0]),
        Ok(_) => Err(vm.type_error("The fill character must be exactly one character long")),
        Err(_) => Err(vm.type_error("The fill character cannot be converted to Unicode")),
    }
}

/// `pad()`: `left` and `right` fill characters around the string.
fn pad(vm: &Vm, s: &Rc<PyUnicode>, left: usize, right: usize, fill: u32) -> PyResult<Value> {
    if left == 0 && right == 0 {
        return Ok(Value::Unicode(s.clone()));
    }
    check_len(
        vm,
        left.checked_add(right)
            .and_then(|n| n.checked_add(s.chars.len())),
    )?;
    let mut out = Vec::with_capacity(left + s.chars.len() + right);
    out.resize(left, fill);
    out.extend_from_slice(&s.chars);
    out.resize(out.len() + right, fill);
    Ok(new_unicode(out))
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let rest = params(vm, &args, name, 1, 2)?;
    let width = ssize_arg(vm, &rest[0])?;
    let fill = fill_char(vm, rest.get(1))?;
    let len = s.chars.len() as i64;
    if len >= width {
        return Ok(Value::Unicode(s));
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let as_len = |n: i64| usize::try_from(n).unwrap_or(usize::MAX);
    pad(vm, &s, as_len(left), as_len(right), fill)
}

fn unicode_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn unicode_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn unicode_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

fn unicode_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    let rest = params(vm, &args, "zfill", 1, 1)?;
    let width = ssize_arg(vm, &rest[0])?;
    let len = s.chars.len() as i64;
    if len >= width {
        return Ok(Value::Unicode(s));
    }
    let fill = check_len(vm, usize::try_from(width - len).ok())?;
    check_len(vm, fill.checked_add(s.chars.len()))?;
    let mut chars = vec![u32::from(b'0'); fill];
    chars.extend_from_slice(&s.chars);
    if let Some(&sign @ (0x2b | 0x2d)) = chars.get(fill) {
        chars[0] = sign;
        chars[fill] = u32::from(b'0');
    }
    Ok(new_unicode(chars))
}

/// `u.translate(table)` (`charmaptranslate`): each character's ordinal is
/// looked up in `table`; a missing key keeps the character, `None` deletes
/// it, an int or a unicode string replaces it.
fn unicode_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    let table = one_arg(vm, &args, "translate")?.clone();
    let lookup_error = vm.exc.lookup_error.clone();
    let mut out = Vec::with_capacity(s.chars.len());
    for &c in s.chars.iter() {
        let mapped = match vm.getitem(&table, &Value::Int(i64::from(c))) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Int(n) if (0..0x110000).contains(&n) => out.push(n as u32),
            Value::Bool(b) => out.push(u32::from(b.get())),
            Value::Int(_) => {
                // 2.7's message has an unfilled format (`0x%lx`).
                return Err(vm.type_error("character mapping must be in range(0x%lx)"));
            }
            Value::Unicode(u) => {
                check_len(vm, out.len().checked_add(u.chars.len()))?;
                out.extend_from_slice(&u.chars);
            }
            _ => {
                return Err(vm.type_error("character mapping must return integer, None or unicode"))
            }
        }
    }
    Ok(new_unicode(out))
}

fn unicode_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let rest = params(vm, &args, "expandtabs", 0, 1)?;
    let tabsize = match rest.first() {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let tab = u32::from(b'\t');
    let is_eol = |c: u32| c == u32::from(b'\n') || c == u32::from(b'\r');
    // First pass: the length, so a huge tab size fails cleanly.
    let mut total: usize = 0;
    let mut column: usize = 0;
    for &c in s.chars.iter() {
        if c == tab {
            if tabsize > 0 {
                let incr = tabsize as usize - column % tabsize as usize;
                column = check_len(vm, column.checked_add(incr))?;
            }
        } else {
            column += 1;
            if is_eol(c) {
                total = check_len(vm, total.checked_add(column))?;
                column = 0;
            }
        }
    }
    check_len(vm, total.checked_add(column))?;
    let mut out = Vec::with_capacity(total + column);
    let mut column = 0usize;
    for &c in s.chars.iter() {
        if c == tab {
            if tabsize > 0 {
                let incr = tabsize as usize - column % tabsize as usize;
                out.resize(out.len() + incr, u32::from(b' '));
                column += incr;
            }
        } else {
            out.push(c);
            column += 1;
            if is_eol(c) {
                column = 0;
            }
        }
    }
    Ok(new_unicode(out))
}

// --- Case (fixupper, fixlower, fixswapcase, fixcapitalize, fixtitle) -------

/// Applies a `fix*` function; the string itself comes back when it reports
/// no change.
fn fixup(vm: &Vm, args: &Args, name: &str, fix: fn(&mut [u32]) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    no_args(vm, args, name)?;
    let mut chars = s.chars.to_vec();
    if fix(&mut chars) {
        Ok(new_unicode(chars))
    } else {
        Ok(Value::Unicode(s))
    }
}

fn map_chars(chars: &mut [u32], f: fn(u32) -> u32) -> bool {
    let mut changed = false;
    for c in chars.iter_mut() {
        let m = f(*c);
        if m != *c {
            *c = m;
            changed = true;
        }
    }
    changed
}

fn fix_upper(chars: &mut [u32]) -> bool {
    map_chars(chars, ctype::to_upper)
}

fn fix_lower(chars: &mut [u32]) -> bool {
    map_chars(chars, ctype::to_lower)
}

fn fix_swapcase(chars: &mut [u32]) -> bool {
    let mut changed = false;
    for c in chars.iter_mut() {
        if ctype::is_upper(*c) {
            *c = ctype::to_lower(*c);
            changed = true;
        } else if ctype::is_lower(*c) {
            *c = ctype::to_upper(*c);
            changed = true;
        }
    }
    changed
}

fn fix_capitalize(chars: &mut [u32]) -> bool {
    let Some((first, rest)) = chars.split_first_mut() else {
        return false;
    };
    let mut changed = false;
    if !ctype::is_upper(*first) {
        *first = ctype::to_upper(*first);
        changed = true;
    }
    for c in rest {
        if !ctype::is_lower(*c) {
            *c = ctype::to_lower(*c);
            changed = true;
        }
    }
    changed
}

fn fix_title(chars: &mut [u32]) -> bool {
    if let [c] = chars {
        let t = ctype::to_title(*c);
        let changed = t != *c;
        *c = t;
        return changed;
    }
    let mut previous_is_cased = false;
    for c in chars.iter_mut() {
        let ch = *c;
        *c = if previous_is_cased {
            ctype::to_lower(ch)
        } else {
            ctype::to_title(ch)
        };
        previous_is_cased = ctype::is_lower(ch) || ctype::is_upper(ch) || ctype::is_title(ch);
    }
    true
}

fn unicode_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fixup(vm, &args, "upper", fix_upper)
}

fn unicode_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fixup(vm, &args, "lower", fix_lower)
}

fn unicode_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fixup(vm, &args, "swapcase", fix_swapcase)
}

fn unicode_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fixup(vm, &args, "capitalize", fix_capitalize)
}

fn unicode_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fixup(vm, &args, "title", fix_title)
}

// --- Predicates --------------------------------------------------------------

fn predicate(vm: &Vm, args: &Args, name: &str, f: fn(&[u32]) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    no_args(vm, args, name)?;
    Ok(Value::bool(f(&s.chars)))
}

/// Non-empty and every character passes.
fn all_chars(chars: &[u32], f: fn(u32) -> bool) -> bool {
    !chars.is_empty() && chars.iter().all(|&c| f(c))
}

fn is_lower(chars: &[u32]) -> bool {
    let mut cased = false;
    for &c in chars {
        if ctype::is_upper(c) || ctype::is_title(c) {
            return false;
        }
        cased |= ctype::is_lower(c);
    }
    cased
}

fn is_upper(chars: &[u32]) -> bool {
    let mut cased = false;
    for &c in chars {
        if ctype::is_lower(c) || ctype::is_title(c) {
            return false;
        }
        cased |= ctype::is_upper(c);
    }
    cased
}

fn is_title(chars: &[u32]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in chars {
        if ctype::is_upper(c) || ctype::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if ctype::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn unicode_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "islower", is_lower)
}

fn unicode_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isupper", is_upper)
}

fn unicode_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "istitle", is_title)
}

fn unicode_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isspace", |s| all_chars(s, ctype::is_space))
}

fn unicode_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalpha", |s| all_chars(s, ctype::is_alpha))
}

fn unicode_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalnum", |s| all_chars(s, ctype::is_alnum))
}

fn unicode_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isdecimal", |s| all_chars(s, ctype::is_decimal))
}

fn unicode_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isdigit", |s| all_chars(s, ctype::is_digit))
}

fn unicode_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isnumeric", |s| all_chars(s, ctype::is_numeric))
}

// --- Codecs --------------------------------------------------------------------

/// The codec named by an `encoding` argument; the default encoding is ASCII.
pub fn codec_for(vm: &Vm, encoding: Option<&[u8]>) -> PyResult<Codec> {
    vm.lookup_codec(encoding.unwrap_or(b"ascii"))
}

fn unicode_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let (encoding, errors) = codec_args(vm, &args, "encode")?;
    let codec = codec_for(vm, encoding.as_deref())?;
    let errors = errors.as_deref().unwrap_or(b"strict");
    if codec.is_bytes_codec() {
        return Err(vm.type_error("escape_encode() argument 1 must be string, not unicode"));
    }
    let bytes = vm.encode_chars(codec, &s.chars, || Value::Unicode(s.clone()), errors)?;
    Ok(Value::bytes(&bytes))
}

/// `u.decode(...)`: the codec receives the string in the default encoding.
fn unicode_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "decode")?;
    let (encoding, errors) = codec_args(vm, &args, "decode")?;
    let codec = codec_for(vm, encoding.as_deref())?;
    let errors = errors.as_deref().unwrap_or(b"strict");
    let bytes = vm.encode_ascii(&s.chars)?;
    if codec.is_bytes_codec() {
        let decoded = super::codecs::string_escape_decode(bytes.as_bytes(), errors)
            .map_err(|e| vm.codec_error(e, Value::Str(bytes.clone())))?;
        return Ok(Value::bytes(&decoded));
    }
    let chars = vm.decode_bytes(
        codec,
        bytes.as_bytes(),
        || Value::Str(bytes.clone()),
        errors,
    )?;
    Ok(new_unicode(chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u32> {
        s.chars().map(u32::from).collect()
    }

    fn text(chars: &[u32]) -> String {
        chars
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('?'))
            .collect()
    }

    fn parts(s: &str, pieces: Vec<Piece>) -> Vec<String> {
        let chars = u(s);
        pieces
            .into_iter()
            .map(|p| match p {
                Piece::Whole => format!("<{s}>"),
                Piece::Part(a, b) => text(&chars[a..b]),
            })
            .collect()
    }

    #[test]
    fn splits_like_stringlib() {
        assert_eq!(
            parts("  a b  ", split_whitespace(&u("  a b  "), 0)),
            ["a b  "]
        );
        assert_eq!(
            parts("  a b  ", split_whitespace(&u("  a b  "), 1)),
            ["a", "b  "]
        );
        assert_eq!(
            parts("  a b  ", rsplit_whitespace(&u("  a b  "), 1)),
            ["  a", "b"]
        );
        assert_eq!(
            parts("abc", split_whitespace(&u("abc"), i64::MAX)),
            ["<abc>"]
        );
        assert_eq!(
            parts(
                "\u{3000}a\u{85}b",
                split_whitespace(&u("\u{3000}a\u{85}b"), i64::MAX)
            ),
            ["a", "b"]
        );
        assert_eq!(
            parts(",a,", split_sep(&u(",a,"), &u(","), i64::MAX)),
            ["", "a", ""]
        );
        assert_eq!(parts("a,b", split_sep(&u("a,b"), &u(","), 0)), ["<a,b>"]);
        assert_eq!(
            parts("aXXbXX", rsplit_sep(&u("aXXbXX"), &u("XX"), 1)),
            ["aXXb", ""]
        );
        assert!(split_whitespace(&[], i64::MAX).is_empty());
        assert!(rsplit_whitespace(&u("   "), i64::MAX).is_empty());
    }

    #[test]
    fn finds_like_stringlib() {
        let abc = u("abc");
        assert_eq!(find_slice(&abc, &u(""), 3, i64::MAX, false), 3);
        assert_eq!(find_slice(&abc, &u(""), 4, i64::MAX, false), -1);
        assert_eq!(find_slice(&abc, &u(""), 4, i64::MAX, true), -1);
        assert_eq!(find_slice(&abc, &u("b"), -2, i64::MAX, false), 1);
        assert_eq!(find_slice(&abc, &u("b"), i64::MIN, i64::MIN, false), -1);
        assert_eq!(find_slice(&u("abcabc"), &u("b"), 0, i64::MAX, true), 4);
        assert!(tailmatch(&abc, &u(""), 4, i64::MAX, false));
        assert!(tailmatch(&abc, &u("b"), 0, -1, true));
        assert!(!tailmatch(&abc, &u("bc"), 0, -1, true));
        assert!(!tailmatch(&abc, &u("abcd"), 0, i64::MAX, false));
        assert_eq!(count_chars(&u("aaa"), &u("aa"), usize::MAX), 1);
    }

    #[test]
    fn case_mappings_follow_cpython_27() {
        let run = |f: fn(&mut [u32]) -> bool, s: &str| {
            let mut chars = u(s);
            f(&mut chars);
            text(&chars)
        };
        assert_eq!(run(fix_title, "they're bill's"), "They'Re Bill'S");
        assert_eq!(
            run(fix_title, "\u{1c4}\u{1c5}\u{1c6} hello"),
            "\u{1c5}\u{1c6}\u{1c6} Hello"
        );
        assert_eq!(run(fix_capitalize, "\u{1c5}abc"), "\u{1c4}abc");
        assert_eq!(run(fix_swapcase, "\u{1c5}abc"), "\u{1c5}ABC");
        assert_eq!(
            run(fix_upper, "stra\u{df}e \u{b5}\u{ff}"),
            "STRA\u{df}E \u{39c}\u{178}"
        );
        assert_eq!(
            run(fix_lower, "\u{c9}T\u{c9} \u{3a3}\u{391}\u{3a3} \u{416}"),
            "\u{e9}t\u{e9} \u{3c3}\u{3b1}\u{3c3} \u{436}"
        );
        let mut digit = u("1");
        assert!(fix_capitalize(&mut digit));
        assert!(!fix_upper(&mut u("ABC")));
        assert!(is_title(&u("Abc Def")) && !is_title(&u("ABC")) && is_title(&u("\u{1c5}bc")));
        assert!(!is_upper(&u("")) && is_upper(&u("A1")) && !is_lower(&u("1")));
    }

    #[test]
    fn replaces_like_cpython() {
        let vm = Vm::new(vec![]);
        let rep = |s: &str, old: &str, new: &str, n: i64| {
            replace_chars(&vm, &u(s), &u(old), &u(new), n)
                .ok()
                .flatten()
                .map(|c| text(&c))
        };
        assert_eq!(rep("abc", "", "-", -1).as_deref(), Some("-a-b-c-"));
        assert_eq!(rep("abc", "", "-", 2).as_deref(), Some("-a-bc"));
        assert_eq!(rep("", "", "x", -1).as_deref(), Some("x"));
        assert_eq!(rep("", "", "x", 1), None);
        assert_eq!(rep("abcabc", "b", "XX", 1).as_deref(), Some("aXXcabc"));
        assert_eq!(rep("abcabc", "bc", "X", -1).as_deref(), Some("aXaX"));
        assert_eq!(rep("abcabc", "bc", "X", 0), None);
        assert_eq!(rep("abc", "x", "y", -1), None);
    }

    #[test]
    fn adjusts_indices_without_overflow() {
        assert_eq!(adjust_indices(i64::MIN, i64::MIN, 3), (0, 0));
        assert_eq!(adjust_indices(5, i64::MAX, 3), (5, 3));
        assert_eq!(adjust_indices(-1, -1, 3), (2, 2));
    }
}

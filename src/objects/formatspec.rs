//! `str.format`, `unicode.format`, the `format()` built-in and the
//! `__format__` methods of the built-in types.
//!
//! CPython counterparts: `Objects/stringlib/string_format.h` (format strings:
//! literal text, `{field!conversion:spec}` markup, field names, automatic
//! numbering), `Objects/stringlib/formatter.h` (the format-spec
//! mini-language and the str, int/long, float and complex formatters),
//! `Objects/stringlib/localeutil.h` (thousands grouping), `PyObject_Format`
//! in `Objects/abstract.c` and `object.__format__` in `Objects/typeobject.c`.
//!
//! Text is handled as code points (`u32`) for both `str` (one per byte) and
//! `unicode`, as `format.rs` does for `%`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::floatobject::{self, format_double, FloatFlags, FloatFormat};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::stringobject::PyStr;
use super::typeobject::PyType;
use super::unicodeobject::PyUnicode;
use crate::builtins::add_methods;
use crate::vm::{PyErr, PyResult, Vm};

/// `Py_ssize_t`'s largest value: widths and indices above it are "too many
/// decimal digits".
const SSIZE_MAX: u64 = i64::MAX as u64;
/// `PyFloat_STR_PRECISION`: the precision of `str(float)` and of a float
/// format without a type.
const STR_PRECISION: usize = 12;
/// The longest result built; CPython would try to allocate more and, on
/// most machines, fail with `MemoryError`.
const MAX_RESULT: u64 = 1 << 28;
/// `PyStringObject_SIZE`: a `str` longer than `PY_SSIZE_T_MAX` minus this is
/// "too large" (an `OverflowError`) rather than out of memory.
const STR_OBJECT_SIZE: u64 = 37;
/// The nesting `str.format` allows: a spec may hold fields, but theirs may not.
const RECURSION_DEPTH: i32 = 2;

const fn ch(c: char) -> u32 {
    c as u32
}

/// A formatting error that needs no interpreter to describe: the message of
/// a `ValueError` (as bytes, since a `str` spec's characters are put in
/// messages raw), an `OverflowError`, or a `MemoryError`.
#[derive(Debug, PartialEq, Eq)]
pub enum FormatError {
    Value(Vec<u8>),
    Overflow(&'static str),
    Memory,
}

impl FormatError {
    fn value(message: impl AsRef<str>) -> FormatError {
        FormatError::Value(message.as_ref().as_bytes().to_vec())
    }
}

/// A character of a spec or format string as CPython's `%c` puts it in a
/// message: a `str` character raw, a `unicode` one as itself when printable
/// ASCII and as `\x..` otherwise.
fn char_in_message(c: u32, unicode: bool) -> Vec<u8> {
    if !unicode || (c > 32 && c < 128) {
        vec![c as u8]
    } else {
        format!("\\x{c:x}").into_bytes()
    }
}

fn message(parts: &[&[u8]]) -> FormatError {
    FormatError::Value(parts.concat())
}

/// `unknown_presentation_type`.
fn unknown_type(ty: u32, type_name: &str, unicode: bool) -> FormatError {
    message(&[
        b"Unknown format code '",
        &char_in_message(ty, unicode),
        b"' for object of type '",
        type_name.as_bytes(),
        b"'",
    ])
}

// ---------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec (`InternalFormatSpec`):
/// `[[fill]align][sign][#][0][width][,][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: u32,
    pub fill_specified: bool,
    /// One of `<`, `>`, `=`, `^`.
    pub align: u32,
    pub alternate: bool,
    /// `+`, `-`, ` `, or 0 for none.
    pub sign: u32,
    pub width: Option<u64>,
    pub thousands: bool,
    pub precision: Option<u64>,
    /// The presentation type, or 0 for none.
    pub ty: u32,
}

fn is_alignment(c: u32) -> bool {
    matches!(char::from_u32(c), Some('<' | '>' | '=' | '^'))
}

fn is_sign(c: u32) -> bool {
    matches!(char::from_u32(c), Some(' ' | '+' | '-'))
}

/// Reads decimal digits at `*pos` (`get_integer`): `None` when there are
/// none, an error past `Py_ssize_t`.
fn read_integer(s: &[u32], pos: &mut usize) -> Result<Option<u64>, FormatError> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = s.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (SSIZE_MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// The characters with a decimal digit value in Unicode 5.2 (the database
/// of CPython 2.7's `unicodedata`), as runs of `(first character, its
/// value, length)` with values counting up by one.
const DECIMAL_RUNS: &[(u32, u32, u32)] = &[
    (0x30, 0, 10),
    (0x660, 0, 10),
    (0x6f0, 0, 10),
    (0x7c0, 0, 10),
    (0x966, 0, 10),
    (0x9e6, 0, 10),
    (0xa66, 0, 10),
    (0xae6, 0, 10),
    (0xb66, 0, 10),
    (0xbe6, 0, 10),
    (0xc66, 0, 10),
    (0xce6, 0, 10),
    (0xd66, 0, 10),
    (0xe50, 0, 10),
    (0xed0, 0, 10),
    (0xf20, 0, 10),
    (0x1040, 0, 10),
    (0x1090, 0, 10),
    (0x17e0, 0, 10),
    (0x1810, 0, 10),
    (0x1946, 0, 10),
    (0x19d0, 0, 10),
    (0x19da, 1, 1),
    (0x1a80, 0, 10),
    (0x1a90, 0, 10),
    (0x1b50, 0, 10),
    (0x1bb0, 0, 10),
    (0x1c40, 0, 10),
    (0x1c50, 0, 10),
    (0xa620, 0, 10),
    (0xa8d0, 0, 10),
    (0xa900, 0, 10),
    (0xa9d0, 0, 10),
    (0xaa50, 0, 10),
    (0xabf0, 0, 10),
    (0xff10, 0, 10),
    (0x104a0, 0, 10),
    (0x1d7ce, 0, 10),
    (0x1d7d8, 0, 10),
    (0x1d7e2, 0, 10),
    (0x1d7ec, 0, 10),
    (0x1d7f6, 0, 10),
];

/// `Py_UNICODE_TODECIMAL`. A `str` has only the ASCII digits, which this
/// also gives for bytes, as no other run starts below 256.
fn decimal_value(c: u32) -> Option<u64> {
    let i = DECIMAL_RUNS.partition_point(|&(start, _, _)| start <= c);
    let &(start, value, len) = DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (c - start < len).then(|| u64::from(value + c - start))
}

/// `parse_internal_render_format_spec`. `unicode` says how characters are
/// shown in messages.
pub fn parse_spec(
    spec: &[u32],
    default_type: u32,
    default_align: u32,
    unicode: bool,
) -> Result<FormatSpec, FormatError> {
    let mut f = FormatSpec {
        fill: ch(' '),
        fill_specified: false,
        align: default_align,
        alternate: false,
        sign: 0,
        width: None,
        thousands: false,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut align_specified = false;
    if spec.len() >= 2 && is_alignment(spec[1]) {
        f.align = spec[1];
        f.fill = spec[0];
        f.fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if !spec.is_empty() && is_alignment(spec[0]) {
        f.align = spec[0];
        align_specified = true;
        pos = 1;
    }
    if spec.get(pos).is_some_and(|&c| is_sign(c)) {
        f.sign = spec[pos];
        pos += 1;
    }
    if spec.get(pos) == Some(&ch('#')) {
        f.alternate = true;
        pos += 1;
    }
    if !f.fill_specified && spec.get(pos) == Some(&ch('0')) {
        f.fill = ch('0');
        if !align_specified {
            f.align = ch('=');
        }
        pos += 1;
    }
    f.width = read_integer(spec, &mut pos)?;
    if spec.get(pos) == Some(&ch(',')) {
        f.thousands = true;
        pos += 1;
    }
    if spec.get(pos) == Some(&ch('.')) {
        pos += 1;
        match read_integer(spec, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }
    match spec.len() - pos {
        0 => {}
        1 => f.ty = spec[pos],
        _ => return Err(FormatError::value("Invalid conversion specification")),
    }
    if f.thousands {
        let allowed = f.ty == 0 || "defgEGF%".chars().any(|c| ch(c) == f.ty);
        if !allowed {
            return Err(message(&[
                b"Cannot specify ',' with '",
                &char_in_message(f.ty, unicode),
                b"'.",
            ]));
        }
    }
    Ok(f)
}

/// Refuses results CPython could not allocate: `unicode` results and
/// ordinary huge ones fail with `MemoryError`, `str` results beyond
/// `PY_SSIZE_T_MAX` with `OverflowError`.
fn check_length(total: impl Into<u128>, unicode: bool) -> Result<(), FormatError> {
    let total: u128 = total.into();
    if !unicode && total > u128::from(SSIZE_MAX - STR_OBJECT_SIZE) {
        return Err(FormatError::Overflow("string is too large"));
    }
    if total > u128::from(MAX_RESULT) {
        return Err(FormatError::Memory);
    }
    Ok(())
}

/// `calc_padding`: the left and right padding around `nchars` characters.
fn calc_padding(nchars: u64, width: Option<u64>, align: u32) -> (u64, u64) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match char::from_u32(align) {
        Some('>') => total - nchars,
        Some('^') => (total - nchars) / 2,
        _ => 0,
    };
    (left, total - nchars - left)
}

fn push_fill(out: &mut Vec<u32>, c: u32, n: u64) {
    out.extend(std::iter::repeat_n(c, n as usize));
}

/// `format_string_internal`: a string padded and truncated to the spec.
fn format_string_internal(
    value: &[u32],
    f: &FormatSpec,
    unicode: bool,
) -> Result<Vec<u32>, FormatError> {
    if f.sign != 0 {
        return Err(FormatError::value(
            "Sign not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == ch('=') {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = match f.precision {
        Some(p) => (value.len() as u64).min(p),
        None => value.len() as u64,
    };
    let (left, right) = calc_padding(len, f.width, f.align);
    check_length(
        u128::from(left) + u128::from(len) + u128::from(right),
        unicode,
    )?;
    let mut out = Vec::with_capacity((left + len + right) as usize);
    push_fill(&mut out, f.fill, left);
    out.extend_from_slice(&value[..len as usize]);
    push_fill(&mut out, f.fill, right);
    Ok(out)
}

/// The parts of a number to lay out (the arguments of `calc_number_widths`).
struct Number<'a> {
    negative: bool,
    /// `0x`, `0o` or `0b` with `#`.
    prefix: &'a [u32],
    /// The digits before any decimal point or exponent, to be grouped.
    digits: &'a [u32],
    has_decimal: bool,
    /// What follows the decimal point (or the digits): fraction, exponent,
    /// `%`, or the character of `'c'`.
    remainder: &'a [u32],
}

/// How a number is padded: the parts of the spec `fill_number` reads.
struct NumberLayout {
    fill: u32,
    align: u32,
    width: Option<u64>,
    sign: u32,
    /// Thousands separators (`,`) every three digits.
    grouping: bool,
}

impl NumberLayout {
    fn of(f: &FormatSpec) -> NumberLayout {
        NumberLayout {
            fill: f.fill,
            align: f.align,
            width: f.width,
            sign: f.sign,
            grouping: f.thousands,
        }
    }
}

/// `_PyString_InsertThousandsGrouping` with a grouping of 3 (or none): the
/// digits with separators, padded with zeros to `min_width` characters.
fn group_digits(digits: &[u32], min_width: i64, grouping: bool) -> Vec<u32> {
    let mut rev: Vec<u32> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut end = digits.len();
    let mut use_separator = false;
    let emit = |rev: &mut Vec<u32>, end: &mut usize, n_chars: i64, n_zeros: i64, sep: bool| {
        if sep {
            rev.push(ch(','));
        }
        let n = n_chars as usize;
        rev.extend(digits[*end - n..*end].iter().rev());
        *end -= n;
        rev.extend(std::iter::repeat_n(ch('0'), n_zeros as usize));
    };
    let mut broken = false;
    if grouping {
        loop {
            let l = 3.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(&mut rev, &mut end, n_chars, n_zeros, use_separator);
            use_separator = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        emit(
            &mut rev,
            &mut end,
            n_chars,
            n_zeros,
            use_separator && grouping,
        );
    }
    rev.reverse();
    rev
}

/// `calc_number_widths` and `fill_number`: sign, prefix, padding, grouped
/// digits, decimal point and remainder, in that order.
fn layout_number(
    n: &Number,
    l: &NumberLayout,
    toupper: bool,
    unicode: bool,
) -> Result<Vec<u32>, FormatError> {
    let sign = match char::from_u32(l.sign) {
        Some('+') => Some(if n.negative { ch('-') } else { ch('+') }),
        Some(' ') => Some(if n.negative { ch('-') } else { ch(' ') }),
        _ => n.negative.then_some(ch('-')),
    };
    let n_sign = u64::from(sign.is_some());
    let n_decimal = u64::from(n.has_decimal);
    let non_digits = n_sign + n.prefix.len() as u64 + n_decimal + n.remainder.len() as u64;
    let min_width = match l.width {
        Some(w) if l.fill == ch('0') && l.align == ch('=') => w as i64 - non_digits as i64,
        _ => 0,
    };
    // The digits, zero-filled to `min_width`, with a separator every three.
    let filled = (min_width.max(0) as u128).max(n.digits.len() as u128);
    let grouped_len = if l.grouping {
        filled + filled / 3
    } else {
        filled
    };
    let estimate = (u128::from(non_digits) + grouped_len).max(u128::from(l.width.unwrap_or(0)));
    check_length(estimate, unicode)?;
    let mut grouped = if n.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(n.digits, min_width, l.grouping)
    };
    let mut prefix = n.prefix.to_vec();
    if toupper {
        for c in grouped.iter_mut().chain(prefix.iter_mut()) {
            if (ch('a')..=ch('z')).contains(c) {
                *c -= 32;
            }
        }
    }
    let used = non_digits + grouped.len() as u64;
    let padding = l.width.map_or(0, |w| w.saturating_sub(used));
    check_length(u128::from(used) + u128::from(padding), unicode)?;
    let (mut left, mut middle, mut right) = (0, 0, 0);
    match char::from_u32(l.align) {
        Some('<') => right = padding,
        Some('^') => {
            left = padding / 2;
            right = padding - left;
        }
        Some('=') => middle = padding,
        _ => left = padding,
    }
    let mut out = Vec::with_capacity((used + padding) as usize);
    push_fill(&mut out, l.fill, left);
    out.extend(sign);
    out.extend(prefix);
    push_fill(&mut out, l.fill, middle);
    out.extend(grouped);
    if n.has_decimal {
        out.push(ch('.'));
    }
    out.extend_from_slice(n.remainder);
    push_fill(&mut out, l.fill, right);
    Ok(out)
}

/// `format_int_or_long_internal`: the integer types' own presentation types.
fn format_integer_internal(value: &BigInt, f: &FormatSpec) -> Result<Vec<u32>, FormatError> {
    if f.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    let layout = NumberLayout::of(f);
    if f.ty == ch('c') {
        if f.sign != 0 {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.thousands {
            return Err(FormatError::value(
                "Thousands separators not allowed with integer format specifier 'c'",
            ));
        }
        let Some(x) = value.to_i64() else {
            return Err(FormatError::Overflow(
                "Python int too large to convert to C long",
            ));
        };
        if !(0..256).contains(&x) {
            return Err(FormatError::Overflow("%c arg not in range(0x100)"));
        }
        let c = [x as u32];
        let n = Number {
            negative: false,
            prefix: &[],
            digits: &[],
            has_decimal: false,
            remainder: &c,
        };
        return layout_number(&n, &layout, false, false);
    }
    let (radix, prefix) = match char::from_u32(f.ty) {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x' | 'X') => (16, "0x"),
        _ => (10, ""),
    };
    let digits: Vec<u32> = value
        .abs()
        .to_str_radix(radix)
        .chars()
        .map(u32::from)
        .collect();
    let prefix: Vec<u32> = if f.alternate {
        prefix.chars().map(u32::from).collect()
    } else {
        Vec::new()
    };
    let n = Number {
        negative: value.is_negative(),
        prefix: &prefix,
        digits: &digits,
        has_decimal: false,
        remainder: &[],
    };
    layout_number(&n, &layout, f.ty == ch('X'), false)
}

/// Splits a formatted float (without its sign) as `parse_number` does.
fn split_number(text: &[u32]) -> (&[u32], bool, &[u32]) {
    let int_end = text
        .iter()
        .position(|&c| decimal_value(c).is_none())
        .unwrap_or(text.len());
    let has_decimal = text.get(int_end) == Some(&ch('.'));
    let rest = if has_decimal { int_end + 1 } else { int_end };
    (&text[..int_end], has_decimal, &text[rest..])
}

/// `PyOS_double_to_string` for the format types `e E f F g G`: the text and
/// whether it had a minus sign.
fn double_text(x: f64, ty: char, precision: usize, add_dot_0: bool) -> (Vec<u32>, bool) {
    let kind = match ty.to_ascii_lowercase() {
        'e' => FloatFormat::Exponent,
        'f' => FloatFormat::Fixed,
        _ => FloatFormat::General,
    };
    // A double has at most 767 significant digits, so a longer 'g'
    // precision changes nothing but the work of producing the zeros.
    let precision = if kind == FloatFormat::General {
        precision.min(800)
    } else {
        precision
    };
    let flags = FloatFlags {
        add_dot_0,
        ..FloatFlags::default()
    };
    let mut text = format_double(x, kind, precision, flags);
    if ty.is_ascii_uppercase() {
        text = text.to_ascii_uppercase();
    }
    let negative = text.starts_with('-');
    let body = if negative { &text[1..] } else { &text[..] };
    (body.chars().map(u32::from).collect(), negative)
}

/// The precision a float formatter uses, refusing what CPython refuses.
fn float_precision(f: &FormatSpec, default: usize, ty: char) -> Result<usize, FormatError> {
    let p = f.precision.map_or(default as u64, |p| p);
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | '%') && p > MAX_RESULT {
        return Err(FormatError::Memory);
    }
    Ok(p as usize)
}

/// `format_float_internal`.
fn format_float_internal(x: f64, f: &FormatSpec) -> Result<Vec<u32>, FormatError> {
    if f.precision.is_some_and(|p| p > i32::MAX as u64) {
        return Err(FormatError::value("precision too big"));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in float format specifier",
        ));
    }
    let mut ty = char::from_u32(f.ty).unwrap_or('g');
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if f.ty == 0 {
        ty = 'g';
        default_precision = STR_PRECISION;
        add_dot_0 = true;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut x = x;
    let percent = ty == '%';
    let precision = float_precision(f, default_precision, ty)?;
    if percent {
        ty = 'f';
        x *= 100.0;
    }
    let (mut text, negative) = double_text(x, ty, precision, add_dot_0);
    if percent {
        text.push(ch('%'));
    }
    let (digits, has_decimal, remainder) = split_number(&text);
    let n = Number {
        negative,
        prefix: &[],
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&n, &NumberLayout::of(f), false, false)
}

/// `format_complex_internal`.
fn format_complex_internal(re: f64, im: f64, f: &FormatSpec) -> Result<Vec<u32>, FormatError> {
    if f.precision.is_some_and(|p| p > i32::MAX as u64) {
        return Err(FormatError::value("precision too big"));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in complex format specifier",
        ));
    }
    if f.fill == ch('0') {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == ch('=') {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut ty = char::from_u32(f.ty).unwrap_or('g');
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if f.ty == 0 {
        ty = 'g';
        default_precision = STR_PRECISION;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = float_precision(f, default_precision, ty)?;
    let (re_text, re_negative) = double_text(re, ty, precision, false);
    let (im_text, im_negative) = double_text(im, ty, precision, false);
    let mut part = NumberLayout {
        fill: ch(' '),
        align: ch('<'),
        width: None,
        sign: f.sign,
        grouping: f.thousands,
    };
    let (digits, has_decimal, remainder) = split_number(&re_text);
    let re_part = Number {
        negative: re_negative,
        prefix: &[],
        digits,
        has_decimal,
        remainder,
    };
    let re_out = layout_number(&re_part, &part, false, false)?;
    if !skip_re {
        part.sign = ch('+');
    }
    let (digits, has_decimal, remainder) = split_number(&im_text);
    let im_part = Number {
        negative: im_negative,
        prefix: &[],
        digits,
        has_decimal,
        remainder,
    };
    let im_out = layout_number(&im_part, &part, false, false)?;
    let mut body = Vec::new();
    if add_parens {
        body.push(ch('('));
    }
    if !skip_re {
        body.extend(re_out);
    }
    body.extend(im_out);
    body.push(ch('j'));
    if add_parens {
        body.push(ch(')'));
    }
    let (left, right) = calc_padding(body.len() as u64, f.width, f.align);
    check_length(
        u128::from(left) + body.len() as u128 + u128::from(right),
        false,
    )?;
    let mut out = Vec::new();
    push_fill(&mut out, f.fill, left);
    out.extend(body);
    push_fill(&mut out, f.fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------
// The built-in formatters (`_PyBytes_FormatAdvanced` and friends)
// ---------------------------------------------------------------------------

/// `FORMAT_STRING` for `str` (`unicode` false) or `unicode` values.
pub fn format_string(value: &[u32], spec: &[u32], unicode: bool) -> Result<Vec<u32>, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_vec());
    }
    let f = parse_spec(spec, ch('s'), ch('<'), unicode)?;
    if f.ty != ch('s') {
        return Err(unknown_type(
            f.ty,
            if unicode { "unicode" } else { "str" },
            unicode,
        ));
    }
    format_string_internal(value, &f, unicode)
}

/// An integer's value for [`format_integer`]; a float for the float types.
pub enum IntegerValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// `format_int_or_long` for `int`, `long` and `bool` (named `type_name`).
/// `as_str` is `str(value)`, the result for an empty spec.
pub fn format_integer(
    value: IntegerValue,
    type_name: &str,
    as_str: &str,
    spec: &[u32],
) -> Result<Vec<u32>, FormatError> {
    if spec.is_empty() {
        return Ok(as_str.chars().map(u32::from).collect());
    }
    let f = parse_spec(spec, ch('d'), ch('>'), false)?;
    match char::from_u32(f.ty) {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {
            let big;
            let v = match value {
                IntegerValue::Small(i) => {
                    big = BigInt::from(i);
                    &big
                }
                IntegerValue::Big(b) => b,
            };
            format_integer_internal(v, &f)
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = match value {
                IntegerValue::Small(i) => i as f64,
                IntegerValue::Big(b) => match b.to_f64() {
                    Some(x) if x.is_finite() => x,
                    _ => {
                        return Err(FormatError::Overflow(
                            "long int too large to convert to float",
                        ))
                    }
                },
            };
            format_float_internal(x, &f)
        }
        _ => Err(unknown_type(f.ty, type_name, false)),
    }
}

/// `FORMAT_FLOAT`.
pub fn format_float(x: f64, spec: &[u32]) -> Result<Vec<u32>, FormatError> {
    if spec.is_empty() {
        return Ok(floatobject::str(x).chars().map(u32::from).collect());
    }
    let f = parse_spec(spec, 0, ch('>'), false)?;
    match char::from_u32(f.ty) {
        Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(x, &f),
        _ => Err(unknown_type(f.ty, "float", false)),
    }
}

/// `FORMAT_COMPLEX`. An empty spec gives `str(z)`, which is what the
/// formatter gives for no type and no width.
pub fn format_complex(re: f64, im: f64, spec: &[u32]) -> Result<Vec<u32>, FormatError> {
    let f = parse_spec(spec, 0, ch('>'), false)?;
    match char::from_u32(f.ty) {
        Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => format_complex_internal(re, im, &f),
        _ => Err(unknown_type(f.ty, "complex", false)),
    }
}

// ---------------------------------------------------------------------------
// Format strings (`string_format.h`)
// ---------------------------------------------------------------------------

/// One `{field_name!conversion:format_spec}`.
#[derive(Debug, PartialEq, Eq)]
pub struct Field<'a> {
    pub name: &'a [u32],
    /// The conversion character, or 0 for none.
    pub conversion: u32,
    pub spec: &'a [u32],
    /// The field held a `{`, so its spec is itself a format string.
    pub spec_needs_expanding: bool,
}

/// Literal text and the field that follows it, if any (`MarkupIterator_next`).
#[derive(Debug, PartialEq, Eq)]
pub struct Markup<'a> {
    pub literal: &'a [u32],
    pub field: Option<Field<'a>>,
}

/// The next piece of a format string from `*pos`, `None` at its end.
pub fn next_markup<'a>(s: &'a [u32], pos: &mut usize) -> Result<Option<Markup<'a>>, FormatError> {
    if *pos >= s.len() {
        return Ok(None);
    }
    let start = *pos;
    let mut c = 0;
    let mut markup_follows = false;
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        if c == ch('{') || c == ch('}') {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= s.len();
    let mut len = *pos - start;
    if c == ch('}') && (at_end || c != s[*pos]) {
        return Err(FormatError::value(
            "Single '}' encountered in format string",
        ));
    }
    if at_end && c == ch('{') {
        return Err(FormatError::value(
            "Single '{' encountered in format string",
        ));
    }
    if !at_end {
        if c == s[*pos] {
            // An escaped brace: the literal keeps one, the other is skipped.
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal = &s[start..start + len];
    if !markup_follows {
        return Ok(Some(Markup {
            literal,
            field: None,
        }));
    }
    let mut count = 1;
    let field_start = *pos;
    let mut needs_expanding = false;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        if c == ch('{') {
            needs_expanding = true;
            count += 1;
        } else if c == ch('}') {
            count -= 1;
            if count == 0 {
                let field = parse_field(&s[field_start..*pos - 1], needs_expanding)?;
                return Ok(Some(Markup {
                    literal,
                    field: Some(field),
                }));
            }
        }
    }
    Err(FormatError::value("unmatched '{' in format"))
}

/// Splits the inside of a field into name, conversion and spec (`parse_field`).
fn parse_field(s: &[u32], spec_needs_expanding: bool) -> Result<Field<'_>, FormatError> {
    let mut i = 0;
    let mut c = 0;
    while i < s.len() {
        c = s[i];
        i += 1;
        if c == ch(':') || c == ch('!') {
            break;
        }
    }
    let mut field = Field {
        name: s,
        conversion: 0,
        spec: &[],
        spec_needs_expanding,
    };
    if c == ch(':') || c == ch('!') {
        field.name = &s[..i - 1];
        let mut spec = &s[i..];
        if c == ch('!') {
            let Some((&conversion, rest)) = spec.split_first() else {
                return Err(FormatError::value(
                    "end of format while looking for conversion specifier",
                ));
            };
            field.conversion = conversion;
            spec = rest;
            if let Some((&colon, rest)) = spec.split_first() {
                if colon != ch(':') {
                    return Err(FormatError::value("expected ':' after format specifier"));
                }
                spec = rest;
            }
        }
        field.spec = spec;
    }
    Ok(field)
}

/// A field name's leading part as an argument index (`get_integer` of
/// `string_format.h`): `None` unless it is all digits.
pub fn field_index(s: &[u32]) -> Result<Option<u64>, FormatError> {
    let mut pos = 0;
    let n = read_integer(s, &mut pos)?;
    Ok(if pos == s.len() { n } else { None })
}

/// One `.attribute` or `[key]` after a field name's first part.
#[derive(Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attribute(&'a [u32]),
    Index(u64),
    Key(&'a [u32]),
}

/// `FieldNameIterator`: the accessors of a field name, read one at a time
/// so that errors come in CPython's order.
pub struct FieldNameIter<'a> {
    s: &'a [u32],
    pos: usize,
}

impl<'a> FieldNameIter<'a> {
    /// Splits a field name into its first part and the rest (`field_name_split`).
    pub fn split(name: &'a [u32]) -> (&'a [u32], FieldNameIter<'a>) {
        let end = name
            .iter()
            .position(|&c| c == ch('.') || c == ch('['))
            .unwrap_or(name.len());
        (
            &name[..end],
            FieldNameIter {
                s: &name[end..],
                pos: 0,
            },
        )
    }

    /// The accessors of `rest` (what `split` leaves) from `pos` on.
    pub fn resume(rest: &'a [u32], pos: usize) -> FieldNameIter<'a> {
        FieldNameIter { s: rest, pos }
    }

    /// How far the accessors have been read.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn next_accessor(&mut self) -> Result<Option<Accessor<'a>>, FormatError> {
        let Some(&c) = self.s.get(self.pos) else {
            return Ok(None);
        };
        self.pos += 1;
        let start = self.pos;
        let accessor = if c == ch('.') {
            while self.pos < self.s.len()
                && self.s[self.pos] != ch('.')
                && self.s[self.pos] != ch('[')
            {
                self.pos += 1;
            }
            Accessor::Attribute(&self.s[start..self.pos])
        } else if c == ch('[') {
            while self.pos < self.s.len() && self.s[self.pos] != ch(']') {
                self.pos += 1;
            }
            if self.pos >= self.s.len() {
                return Err(FormatError::value("Missing ']' in format string"));
            }
            let key = &self.s[start..self.pos];
            self.pos += 1;
            match field_index(key)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key),
            }
        } else {
            return Err(FormatError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        };
        let empty = match accessor {
            Accessor::Attribute(a) | Accessor::Key(a) => a.is_empty(),
            Accessor::Index(_) => false,
        };
        if empty {
            return Err(FormatError::value("Empty attribute in format string"));
        }
        Ok(Some(accessor))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumberState {
    Init,
    Auto,
    Manual,
}

/// The automatic field numbering of one `format` call, shared with the
/// fields of nested specs.
struct AutoNumber {
    state: AutoNumberState,
    next: u64,
}

impl AutoNumber {
    /// The argument index of a field whose first part is `first` (parsed as
    /// `index`), numbering empty ones.
    fn resolve(&mut self, first: &[u32], index: Option<u64>) -> Result<Option<u64>, FormatError> {
        let empty = first.is_empty();
        if !(empty || index.is_some()) {
            return Ok(index);
        }
        if self.state == AutoNumberState::Init {
            self.state = if empty {
                AutoNumberState::Auto
            } else {
                AutoNumberState::Manual
            };
        }
        if self.state == AutoNumberState::Manual && empty {
            return Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if self.state != AutoNumberState::Manual && !empty {
            return Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            self.next += 1;
            return Ok(Some(self.next - 1));
        }
        Ok(index)
    }
}

/// One `str.format` or `unicode.format` call.
struct Formatter<'a> {
    args: &'a [Value],
    kwargs: &'a [(Value, Value)],
    unicode: bool,
    auto: AutoNumber,
}

fn codes_of(v: &Value) -> Option<Vec<u32>> {
    match v {
        Value::Str(s) => Some(s.as_bytes().iter().map(|&b| u32::from(b)).collect()),
        Value::Unicode(u) => Some(u.chars.to_vec()),
        _ => None,
    }
}

fn str_value(codes: &[u32]) -> Value {
    Value::Str(Rc::new(PyStr::new(
        codes.iter().map(|&c| c as u8).collect::<Vec<u8>>().into(),
    )))
}

fn unicode_value(codes: Vec<u32>) -> Value {
    Value::Unicode(Rc::new(PyUnicode::new(codes.into())))
}

impl Formatter<'_> {
    fn text_value(&self, codes: &[u32]) -> Value {
        if self.unicode {
            unicode_value(codes.to_vec())
        } else {
            str_value(codes)
        }
    }

    /// `build_string`.
    fn build_string(&mut self, vm: &mut Vm, input: &[u32], depth: i32) -> PyResult<Vec<u32>> {
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = Vec::with_capacity(input.len() + 16);
        let mut pos = 0;
        while let Some(markup) = next_markup(input, &mut pos).map_err(|e| raise(vm, e))? {
            out.extend_from_slice(markup.literal);
            if let Some(field) = markup.field {
                let text = self.output_markup(vm, &field, depth)?;
                out.extend(text);
                check_length(out.len() as u64, self.unicode).map_err(|e| raise(vm, e))?;
            }
        }
        Ok(out)
    }

    /// `output_markup`: looks the field up, converts it, expands its spec
    /// and formats it.
    fn output_markup(&mut self, vm: &mut Vm, field: &Field, depth: i32) -> PyResult<Vec<u32>> {
        let mut obj = self.get_field_object(vm, field.name)?;
        if field.conversion != 0 {
            obj = self.convert(vm, &obj, field.conversion)?;
        }
        let spec = if field.spec_needs_expanding {
            self.build_string(vm, field.spec, depth - 1)?
        } else {
            field.spec.to_vec()
        };
        let spec_value = self.text_value(&spec);
        let result = vm.format_object(&obj, &spec_value)?;
        if self.unicode {
            unicode_of(vm, &result)
        } else {
            let s = vm.str(&result)?;
            Ok(s.as_bytes().iter().map(|&b| u32::from(b)).collect())
        }
    }

    /// `do_conversion`: `!r` and `!s`.
    fn convert(&self, vm: &mut Vm, obj: &Value, conversion: u32) -> PyResult<Value> {
        if conversion == ch('r') {
            return Ok(Value::Str(vm.repr(obj)?));
        }
        if conversion == ch('s') {
            return if self.unicode {
                Ok(unicode_value(unicode_of(vm, obj)?))
            } else {
                Ok(Value::Str(vm.str(obj)?))
            };
        }
        let shown = if conversion > 32 && conversion < 127 {
            vec![conversion as u8]
        } else if self.unicode {
            format!("\\x{conversion:x}").into_bytes()
        } else {
            // A `str` format string's characters are C `char`s, signed.
            format!("\\x{:x}", i32::from(conversion as u8 as i8) as u32).into_bytes()
        };
        Err(raise(
            vm,
            message(&[b"Unknown conversion specifier ", &shown]),
        ))
    }

    /// `get_field_object`: the argument a field names, with its accessors applied.
    fn get_field_object(&mut self, vm: &mut Vm, name: &[u32]) -> PyResult<Value> {
        let (first, mut rest) = FieldNameIter::split(name);
        let index = field_index(first).map_err(|e| raise(vm, e))?;
        let index = self.auto.resolve(first, index).map_err(|e| raise(vm, e))?;
        let mut obj = match index {
            None => match self
                .kwargs
                .iter()
                .find(|(k, _)| key_matches(k, first, self.unicode))
            {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(self.text_value(first))),
            },
            Some(i) => match usize::try_from(i).ok().and_then(|i| self.args.get(i)) {
                Some(v) => v.clone(),
                None => return Err(vm.index_error("tuple index out of range")),
            },
        };
        while let Some(accessor) = rest.next_accessor().map_err(|e| raise(vm, e))? {
            obj = match accessor {
                Accessor::Attribute(attr) => {
                    let attr = self.text_value(attr);
                    let name = match &attr {
                        Value::Str(s) => s.clone(),
                        other => vm.str(other)?,
                    };
                    vm.getattr(&obj, &name)?
                }
                Accessor::Index(i) => {
                    let i = i64::try_from(i).unwrap_or(i64::MAX);
                    // A sequence gets an int index (`PySequence_GetItem`);
                    // anything else a long (`PyLong_FromSsize_t`), which
                    // shows in a KeyError.
                    let key = if is_sequence(vm, &obj) {
                        Value::Int(i)
                    } else {
                        Value::long(BigInt::from(i))
                    };
                    vm.getitem(&obj, &key)?
                }
                Accessor::Key(key) => {
                    let key = self.text_value(key);
                    vm.getitem(&obj, &key)?
                }
            };
        }
        Ok(obj)
    }
}

/// `PySequence_Check`: whether `[i]` on `obj` indexes a sequence.
fn is_sequence(vm: &mut Vm, obj: &Value) -> bool {
    match obj {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Unicode(_) | Value::XRange(_) => {
            true
        }
        Value::Instance(i) if i.class().is_classic() => vm
            .getattr(obj, &Rc::new(PyStr::from("__getitem__")))
            .is_ok(),
        Value::Instance(i) => i.class().lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// Whether a keyword argument's name equals a field name, as the dict
/// lookup of CPython compares `str` and `unicode` keys.
fn key_matches(key: &Value, name: &[u32], unicode: bool) -> bool {
    match key {
        Value::Str(s) => {
            s.len() == name.len()
                && s.as_bytes()
                    .iter()
                    .zip(name)
                    .all(|(&b, &c)| u32::from(b) == c && (!unicode || b < 128))
        }
        Value::Unicode(u) => *u.chars == *name && (unicode || name.iter().all(|&c| c < 128)),
        _ => false,
    }
}

/// A [`FormatError`] as the Python exception it stands for.
pub fn raise(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(msg) => vm.new_error_args(
            &vm.exc.value_error.clone(),
            Value::tuple(vec![Value::bytes(&msg)]),
        ),
        FormatError::Overflow(msg) => vm.overflow_error(msg),
        FormatError::Memory => vm.new_error(&vm.exc.memory_error.clone(), ""),
    }
}

/// `unicode(v)` (`PyObject_Unicode`), as code points.
fn unicode_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u32>> {
    vm.unicode_of(v)
}

// ---------------------------------------------------------------------------
// PyObject_Format, the __format__ methods, format() and str.format
// ---------------------------------------------------------------------------

impl Vm {
    /// `format(value, spec)` (`PyObject_Format`): calls the value's
    /// `__format__` and checks its result.
    pub fn format_object(&mut self, value: &Value, spec: &Value) -> PyResult<Value> {
        let spec_is_unicode = match spec {
            Value::Unicode(_) => true,
            Value::Str(_) => false,
            other => {
                return Err(self.type_error(format!(
                    "format expects arg 2 to be string or unicode, not {}",
                    self.type_name(other)
                )))
            }
        };
        let classic = matches!(value, Value::Instance(i) if i.class().is_classic());
        let result = if classic {
            match self.getattr(value, &Rc::new(PyStr::from("__format__"))) {
                Ok(method) => self.call1(&method, spec.clone())?,
                Err(_) => {
                    // The old path: format str(value) (or unicode(value)).
                    let as_text = if spec_is_unicode {
                        unicode_value(unicode_of(self, value)?)
                    } else {
                        Value::Str(self.str(value)?)
                    };
                    self.call_format(&as_text, spec)?
                }
            }
        } else {
            self.call_format(value, spec)?
        };
        match (&result, spec_is_unicode) {
            (Value::Str(_), true) => Ok(unicode_value(self.to_unicode(&result)?)),
            (Value::Str(_) | Value::Unicode(_), _) => Ok(result),
            _ => Err(self.type_error(format!(
                "{}.__format__ must return string or unicode, not {}",
                self.type_name(value),
                self.type_name(&result)
            ))),
        }
    }

    /// `type(value).__format__(value, spec)`.
    fn call_format(&mut self, value: &Value, spec: &Value) -> PyResult<Value> {
        match value {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => integer_format(self, value, spec),
            Value::Float(x) => {
                let spec = numeric_spec(self, spec)?;
                let out = format_float(x.get(), &spec).map_err(|e| raise(self, e))?;
                Ok(str_value(&out))
            }
            Value::Complex(z) => {
                let spec = numeric_spec(self, spec)?;
                let out = format_complex(z.0, z.1, &spec).map_err(|e| raise(self, e))?;
                Ok(str_value(&out))
            }
            Value::Str(s) => {
                let spec = string_spec(self, spec, false)?;
                let value: Vec<u32> = s.as_bytes().iter().map(|&b| u32::from(b)).collect();
                let out = format_string(&value, &spec, false).map_err(|e| raise(self, e))?;
                Ok(str_value(&out))
            }
            Value::Unicode(u) => {
                let spec = string_spec(self, spec, true)?;
                let out = format_string(&u.chars, &spec, true).map_err(|e| raise(self, e))?;
                Ok(unicode_value(out))
            }
            Value::Instance(_) => match self.lookup_special(value, &PyStr::from("__format__")) {
                Some(method) => self.call1(&method, spec.clone()),
                None => Err(self.type_error(format!(
                    "Type {} doesn't define __format__",
                    self.type_name(value)
                ))),
            },
            _ => object_format(self, value, spec),
        }
    }
}

/// A spec for the numeric formatters, which take `str` specs: a `unicode`
/// one is encoded (`PyObject_Str`).
fn numeric_spec(vm: &mut Vm, spec: &Value) -> PyResult<Vec<u32>> {
    match spec {
        Value::Str(s) => Ok(s.as_bytes().iter().map(|&b| u32::from(b)).collect()),
        Value::Unicode(u) => Ok(vm
            .encode_ascii(&u.chars)?
            .as_bytes()
            .iter()
            .map(|&b| u32::from(b))
            .collect()),
        _ => Err(vm.type_error("__format__ requires str or unicode")),
    }
}

/// A spec for `str.__format__` (made a `str`) or `unicode.__format__` (made
/// a `unicode`).
fn string_spec(vm: &mut Vm, spec: &Value, unicode: bool) -> PyResult<Vec<u32>> {
    match spec {
        Value::Str(_) | Value::Unicode(_) if unicode => vm.to_unicode(spec),
        Value::Str(_) | Value::Unicode(_) => numeric_spec(vm, spec),
        other => Err(vm.type_error(format!(
            "__format__ arg must be str or unicode, not {}",
            vm.type_name(other)
        ))),
    }
}

fn integer_format(vm: &mut Vm, value: &Value, spec: &Value) -> PyResult<Value> {
    let spec = numeric_spec(vm, spec)?;
    let type_name = vm.type_name(value);
    let out = match value {
        Value::Bool(b) => format_integer(
            IntegerValue::Small(i64::from(*b)),
            &type_name,
            if b.get() { "True" } else { "False" },
            &spec,
        ),
        Value::Int(i) => format_integer(IntegerValue::Small(*i), &type_name, &i.to_string(), &spec),
        Value::Long(l) => format_integer(IntegerValue::Big(l), &type_name, &l.to_string(), &spec),
        _ => return Err(vm.type_error("__format__ requires an integer")),
    };
    Ok(str_value(&out.map_err(|e| raise(vm, e))?))
}

/// `object.__format__`: `format(str(self), spec)`, or `unicode(self)` for a
/// `unicode` spec.
fn object_format(vm: &mut Vm, value: &Value, spec: &Value) -> PyResult<Value> {
    let as_text = match spec {
        Value::Unicode(_) => unicode_value(unicode_of(vm, value)?),
        Value::Str(_) => Value::Str(vm.str(value)?),
        _ => return Err(vm.type_error("argument to __format__ must be unicode or str")),
    };
    vm.format_object(&as_text, spec)
}

/// The `self` of a method of a built-in type, checked as a method
/// descriptor checks it.
fn method_self(
    vm: &Vm,
    args: &Args,
    name: &str,
    owner: &str,
    accepts: fn(&Value) -> bool,
) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if accepts(v) => Ok(v.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        ))),
    }
}

/// The one argument of a `__format__` method.
fn format_arg(vm: &Vm, args: &Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("__format__() takes no keyword arguments"));
    }
    match &args.args[1..] {
        [spec] => Ok(spec.clone()),
        other => Err(vm.type_error(format!(
            "__format__() takes exactly 1 argument ({} given)",
            other.len()
        ))),
    }
}

macro_rules! format_method {
    ($fn_name:ident, $owner:literal, $accepts:pat, $body:expr) => {
        fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let this = method_self(vm, &args, "__format__", $owner, |v| matches!(v, $accepts))?;
            let spec = format_arg(vm, &args)?;
            let body: fn(&mut Vm, &Value, &Value) -> PyResult<Value> = $body;
            body(vm, &this, &spec)
        }
    };
}

format_method!(
    int_format_method,
    "int",
    Value::Int(_) | Value::Bool(_),
    integer_format
);
format_method!(long_format_method, "long", Value::Long(_), integer_format);
format_method!(float_format_method, "float", Value::Float(_), |vm, v, s| vm
    .call_format(v, s));
format_method!(
    complex_format_method,
    "complex",
    Value::Complex(_),
    |vm, v, s| vm.call_format(v, s)
);
format_method!(str_format_method, "str", Value::Str(_), |vm, v, s| vm
    .call_format(v, s));
format_method!(
    unicode_format_method,
    "unicode",
    Value::Unicode(_),
    |vm, v, s| vm.call_format(v, s)
);
format_method!(object_format_method, "object", _, object_format);

/// `str.format(*args, **kwargs)` and `unicode.format`.
fn do_string_format(vm: &mut Vm, args: Args, unicode: bool) -> PyResult<Value> {
    let owner = if unicode { "unicode" } else { "str" };
    let accepts: fn(&Value) -> bool = if unicode {
        |v| matches!(v, Value::Unicode(_))
    } else {
        |v| matches!(v, Value::Str(_))
    };
    let this = method_self(vm, &args, "format", owner, accepts)?;
    let input = codes_of(&this).unwrap_or_default();
    let mut formatter = Formatter {
        args: &args.args[1..],
        kwargs: &args.kwargs,
        unicode,
        auto: AutoNumber {
            state: AutoNumberState::Init,
            next: 0,
        },
    };
    let out = formatter.build_string(vm, &input, RECURSION_DEPTH)?;
    Ok(formatter.text_value(&out))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_string_format(vm, args, false)
}

fn unicode_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_string_format(vm, args, true)
}

/// `format(value[, format_spec])`.
pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("format() takes no keyword arguments"));
    }
    match args.args.as_slice() {
        [value] => vm.format_object(value, &Value::str("")),
        [value, spec] => vm.format_object(value, spec),
        [] => Err(vm.type_error("format() takes at least 1 argument (0 given)")),
        more => Err(vm.type_error(format!(
            "format() takes at most 2 arguments ({} given)",
            more.len()
        ))),
    }
}

/// A type, its name, and methods for it.
type MethodTable<'a> = (&'a Rc<PyType>, &'static str, &'a [(&'static str, NativeFn)]);

/// Puts `format` on `str` and `unicode`, and `__format__` on the types
/// that define it.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let tables: [MethodTable; 7] = [
        (
            &t.str,
            "str",
            &[
                ("format", str_format),
                ("__format__", str_format_method),
                ("_formatter_parser", str_formatter_parser),
                (
                    "_formatter_field_name_split",
                    str_formatter_field_name_split,
                ),
            ],
        ),
        (
            &t.unicode,
            "unicode",
            &[
                ("format", unicode_format),
                ("__format__", unicode_format_method),
                ("_formatter_parser", unicode_formatter_parser),
                (
                    "_formatter_field_name_split",
                    unicode_formatter_field_name_split,
                ),
            ],
        ),
        (&t.int, "int", &[("__format__", int_format_method)]),
        (&t.long, "long", &[("__format__", long_format_method)]),
        (&t.float, "float", &[("__format__", float_format_method)]),
        (
            &t.complex,
            "complex",
            &[("__format__", complex_format_method)],
        ),
        (&t.object, "object", &[("__format__", object_format_method)]),
    ];
    for (t, owner, methods) in tables {
        add_methods(t, owner, methods);
    }
}

// ---------------------------------------------------------------------------
// `_formatter_parser` and `_formatter_field_name_split`, which
// `string.Formatter` reads format strings with (`formatteriterator`,
// `fieldnameiterator` of `string_format.h`).
// ---------------------------------------------------------------------------

/// A format string's pieces, made one at a time: a lazy iterator whose
/// step is a native function bound to `[text, position]`.
fn lazy_iterator(
    kind: &'static str,
    name: &'static str,
    step: NativeFn,
    text: Value,
    pos: usize,
) -> Value {
    let state = Value::list(vec![text, Value::Int(pos as i64)]);
    let func = Value::Builtin(Rc::new(super::methodobject::BuiltinFunction {
        name,
        func: step,
        self_: Some(state),
        owner: None,
        module: std::cell::Cell::new(None),
    }));
    super::iterobject::PyIter::new(
        kind,
        super::iterobject::IterState::Callable {
            func,
            sentinel: Value::None,
        },
    )
}

/// The text and position a lazy iterator's step works on.
fn step_state(args: &Args) -> Option<(Rc<super::listobject::PyList>, Vec<u32>, bool, usize)> {
    let Some(Value::List(state)) = args.args.first() else {
        return None;
    };
    let text = state.get(0)?;
    let Some(Value::Int(pos)) = state.get(1) else {
        return None;
    };
    let codes = codes_of(&text)?;
    Some((
        state.clone(),
        codes,
        matches!(text, Value::Unicode(_)),
        usize::try_from(pos).ok()?,
    ))
}

fn text_of(codes: &[u32], unicode: bool) -> Value {
    if unicode {
        unicode_value(codes.to_vec())
    } else {
        str_value(codes)
    }
}

fn str_formatter_parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_own_type(vm, &args, "_formatter_parser", "str")?;
    formatter_parser(vm, args, "str")
}

fn unicode_formatter_parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_own_type(vm, &args, "_formatter_parser", "unicode")?;
    formatter_parser(vm, args, "unicode")
}

fn str_formatter_field_name_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_own_type(vm, &args, "_formatter_field_name_split", "str")?;
    formatter_field_name_split(vm, args, "str")
}

fn unicode_formatter_field_name_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_own_type(vm, &args, "_formatter_field_name_split", "unicode")?;
    formatter_field_name_split(vm, args, "unicode")
}

/// A method of `str` called on a `unicode`, or the other way round.
fn check_own_type(vm: &Vm, args: &Args, name: &str, owner: &str) -> PyResult<()> {
    let wrong = match args.args.first() {
        Some(Value::Str(_)) => owner != "str",
        Some(Value::Unicode(_)) => owner != "unicode",
        _ => false,
    };
    if wrong {
        let got = args
            .args
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{got}'"
        )));
    }
    Ok(())
}

/// `S._formatter_parser()`: `(literal, field_name, format_spec,
/// conversion)` for each piece, `None`s where there is no field.
fn formatter_parser(vm: &mut Vm, args: Args, owner: &str) -> PyResult<Value> {
    let s = method_self(vm, &args, "_formatter_parser", owner, |v| {
        matches!(v, Value::Str(_) | Value::Unicode(_))
    })?;
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "_formatter_parser() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(lazy_iterator(
        "formatteriterator",
        "next",
        parser_step,
        s,
        0,
    ))
}

fn parser_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((state, codes, unicode, mut pos)) = step_state(&args) else {
        return Ok(Value::None);
    };
    let markup = next_markup(&codes, &mut pos).map_err(|e| raise(vm, e));
    state.borrow_mut()[1] = Value::Int(pos as i64);
    let Some(m) = markup? else {
        return Ok(Value::None);
    };
    let text = |c: &[u32]| text_of(c, unicode);
    let (name, spec, conversion) = match &m.field {
        None => (Value::None, Value::None, Value::None),
        Some(f) => (
            text(f.name),
            text(f.spec),
            if f.conversion == 0 {
                Value::None
            } else {
                text(&[f.conversion])
            },
        ),
    };
    Ok(Value::tuple(vec![text(m.literal), name, spec, conversion]))
}

/// `S._formatter_field_name_split()`: the field name's first part (a
/// long if it is a number) and an iterator of `(is_attribute, key)`.
fn formatter_field_name_split(vm: &mut Vm, args: Args, owner: &str) -> PyResult<Value> {
    let s = method_self(vm, &args, "_formatter_field_name_split", owner, |v| {
        matches!(v, Value::Str(_) | Value::Unicode(_))
    })?;
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "_formatter_field_name_split() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let unicode = matches!(s, Value::Unicode(_));
    let codes = codes_of(&s).unwrap_or_default();
    let (first, _) = FieldNameIter::split(&codes);
    let first_value = match field_index(first).map_err(|e| raise(vm, e))? {
        Some(i) => Value::Long(Rc::new(BigInt::from(i))),
        None => text_of(first, unicode),
    };
    let rest = lazy_iterator(
        "fieldnameiterator",
        "next",
        field_name_step,
        s.clone(),
        first.len(),
    );
    Ok(Value::tuple(vec![first_value, rest]))
}

fn field_name_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((state, codes, unicode, pos)) = step_state(&args) else {
        return Ok(Value::None);
    };
    let mut it = FieldNameIter {
        s: &codes[pos.min(codes.len())..],
        pos: 0,
    };
    let accessor = it.next_accessor().map_err(|e| raise(vm, e));
    state.borrow_mut()[1] = Value::Int((pos + it.pos) as i64);
    Ok(match accessor? {
        None => Value::None,
        Some(Accessor::Attribute(a)) => Value::tuple(vec![Value::bool(true), text_of(a, unicode)]),
        Some(Accessor::Key(k)) => Value::tuple(vec![Value::bool(false), text_of(k, unicode)]),
        Some(Accessor::Index(i)) => Value::tuple(vec![
            Value::bool(false),
            Value::Long(Rc::new(BigInt::from(i))),
        ]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u32> {
        s.chars().map(u32::from).collect()
    }

    fn text(codes: &[u32]) -> String {
        codes
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('?'))
            .collect()
    }

    fn parse(s: &str) -> Result<FormatSpec, FormatError> {
        parse_spec(&u(s), ch('d'), ch('>'), false)
    }

    fn err(s: &str) -> FormatError {
        FormatError::value(s)
    }

    #[test]
    fn spec_defaults_and_every_part() {
        let f = parse("").unwrap();
        assert_eq!(
            (f.fill, f.align, f.ty, f.width, f.precision),
            (ch(' '), ch('>'), ch('d'), None, None)
        );
        let f = parse("*^+#012,.3f").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: ch('*'),
                fill_specified: true,
                align: ch('^'),
                alternate: true,
                sign: ch('+'),
                width: Some(12),
                thousands: true,
                precision: Some(3),
                ty: ch('f'),
            }
        );
    }

    #[test]
    fn spec_fill_align_and_zero() {
        // An alignment character alone, or after a fill (which may itself
        // be an alignment character).
        assert_eq!(parse("<").unwrap().align, ch('<'));
        let f = parse("<<5").unwrap();
        assert_eq!((f.fill, f.align, f.width), (ch('<'), ch('<'), Some(5)));
        // '0' before the width means fill '0' and, unless aligned, '='.
        let f = parse("05").unwrap();
        assert_eq!((f.fill, f.align, f.width), (ch('0'), ch('='), Some(5)));
        let f = parse("<05").unwrap();
        assert_eq!((f.fill, f.align, f.width), (ch('0'), ch('<'), Some(5)));
        // With a fill given, a '0' is part of the width.
        let f = parse("x<05").unwrap();
        assert_eq!((f.fill, f.width), (ch('x'), Some(5)));
        // A NUL fill is a fill like any other.
        assert_eq!(parse("\0<5").unwrap().fill, 0);
    }

    #[test]
    fn spec_errors() {
        assert_eq!(parse("."), Err(err("Format specifier missing precision")));
        assert_eq!(parse("5.x"), Err(err("Format specifier missing precision")));
        assert_eq!(parse("dd"), Err(err("Invalid conversion specification")));
        assert_eq!(parse("++5"), Err(err("Invalid conversion specification")));
        assert_eq!(parse(",x"), Err(err("Cannot specify ',' with 'x'.")));
        assert_eq!(parse("5,,"), Err(err("Cannot specify ',' with ','.")));
        assert_eq!(parse(",n"), Err(err("Cannot specify ',' with 'n'.")));
        assert_eq!(
            parse("99999999999999999999"),
            Err(err("Too many decimal digits in format string"))
        );
        assert_eq!(
            parse("9223372036854775807").unwrap().width,
            Some(i64::MAX as u64)
        );
        // A unicode spec shows a non-ASCII type as an escape, a str spec raw.
        assert_eq!(
            parse_spec(&[ch(','), 0x1234], ch('s'), ch('<'), true),
            Err(err("Cannot specify ',' with '\\x1234'."))
        );
        assert_eq!(
            parse_spec(&[ch(','), 0xe9], ch('s'), ch('<'), false),
            Err(FormatError::Value(
                b"Cannot specify ',' with '\xe9'.".to_vec()
            ))
        );
    }

    fn int(n: i64, spec: &str) -> Result<String, FormatError> {
        format_integer(IntegerValue::Small(n), "int", &n.to_string(), &u(spec)).map(|v| text(&v))
    }

    fn float(x: f64, spec: &str) -> Result<String, FormatError> {
        format_float(x, &u(spec)).map(|v| text(&v))
    }

    #[test]
    fn integers() {
        let cases = [
            (42, "", "42"),
            (42, "08b", "00101010"),
            (-42, "+x", "-2a"),
            (255, "#X", "0XFF"),
            (255, "#010x", "0x000000ff"),
            (-5, "=09", "-00000005"),
            (-5, "^09", "000-50000"),
            (-5, " 09", "-00000005"),
            (5, " d", " 5"),
            (1234567, ",", "1,234,567"),
            (1234, "010,", "00,001,234"),
            (1234567, "016,d", "0,000,001,234,567"),
            (0, "05,", "0,000"),
            (12, "0,", "12"),
            (1234, "*=10,", "*****1,234"),
            (65, "05c", "0000A"),
            (15, "#c", "\u{f}"),
            (7, "03", "007"),
            (5, "%", "500.000000%"),
            (123, ",.2%", "12,300.00%"),
            (42, "n", "42"),
            (1234567, "n", "1234567"),
        ];
        for (n, spec, want) in cases {
            assert_eq!(int(n, spec).as_deref(), Ok(want), "format({n}, {spec:?})");
        }
        assert_eq!(
            int(1, ".2"),
            Err(err("Precision not allowed in integer format specifier"))
        );
        assert_eq!(
            int(1, "+c"),
            Err(err("Sign not allowed with integer format specifier 'c'"))
        );
        assert_eq!(
            int(256, "c"),
            Err(FormatError::Overflow("%c arg not in range(0x100)"))
        );
        assert_eq!(
            int(1, "s"),
            Err(err("Unknown format code 's' for object of type 'int'"))
        );
        let big: BigInt = BigInt::from(10).pow(20u32);
        let out = format_integer(IntegerValue::Big(&-big), "long", "", &u(",")).unwrap();
        assert_eq!(text(&out), "-100,000,000,000,000,000,000");
    }

    #[test]
    fn floats() {
        let cases = [
            (1.0, "", "1.0"),
            (1e20, "", "1e+20"),
            (0.1, "", "0.1"),
            (1.23456789, ".3", "1.23"),
            (1.0, ".3", "1.0"),
            (100.0, ".2", "1e+02"),
            (1.0 / 3.0, "g", "0.333333"),
            (1e16, "g", "1e+16"),
            (1.23456789, "010.2f", "0000001.23"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234.5, "010,", "0,001,234.5"),
            (1e9, ",.0f", "1,000,000,000"),
            (0.125, ".1%", "12.5%"),
            (1e-10, "G", "1E-10"),
            (2.5, ".0f", "2"),
            (-0.0, "f", "-0.000000"),
            (0.0, "+g", "+0"),
            (1234567.5, "n", "1.23457e+06"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NAN, "+010,", "+000000nan"),
            (f64::INFINITY, "F", "INF"),
            (1.5, "\0", "1.5"),
        ];
        for (x, spec, want) in cases {
            assert_eq!(float(x, spec).as_deref(), Ok(want), "format({x}, {spec:?})");
        }
        assert_eq!(
            float(1.5, "d"),
            Err(err("Unknown format code 'd' for object of type 'float'"))
        );
        assert_eq!(
            float(1.5, "#"),
            Err(err(
                "Alternate form (#) not allowed in float format specifier"
            ))
        );
        assert_eq!(float(1.5, "#.3000000000"), Err(err("precision too big")));
        assert_eq!(float(1.5, ".1000000000g").as_deref(), Ok("1.5"));
        assert_eq!(
            float(1.5, "9223372036854775807"),
            Err(FormatError::Overflow("string is too large"))
        );
        assert_eq!(float(1.5, "10000000000"), Err(FormatError::Memory));
    }

    #[test]
    fn complexes() {
        let z = |re, im, spec: &str| format_complex(re, im, &u(spec)).map(|v| text(&v));
        assert_eq!(z(1.0, 2.0, "").as_deref(), Ok("(1+2j)"));
        assert_eq!(z(0.0, 2.0, "").as_deref(), Ok("2j"));
        assert_eq!(z(1.0, 2.0, "g").as_deref(), Ok("1+2j"));
        assert_eq!(z(0.0, -2.0, "+").as_deref(), Ok("-2j"));
        assert_eq!(
            z(1.5, -2.0, ">20.2f").as_deref(),
            Ok("          1.50-2.00j")
        );
        assert_eq!(z(1234.5, 2.0, ",").as_deref(), Ok("(1,234.5+2j)"));
        assert_eq!(
            z(1.0, 2.0, "0"),
            Err(err(
                "Zero padding is not allowed in complex format specifier"
            ))
        );
        assert_eq!(
            z(1.0, 2.0, "%"),
            Err(err("Unknown format code '%' for object of type 'complex'"))
        );
    }

    #[test]
    fn strings() {
        let s = |v: &str, spec: &str| format_string(&u(v), &u(spec), false).map(|v| text(&v));
        assert_eq!(s("text", "*^11").as_deref(), Ok("***text****"));
        assert_eq!(s("text", "10.2").as_deref(), Ok("te        "));
        assert_eq!(s("abc", "<05").as_deref(), Ok("abc00"));
        assert_eq!(s("x", "\0^5").as_deref(), Ok("\0\0x\0\0"));
        assert_eq!(
            s("x", "+"),
            Err(err("Sign not allowed in string format specifier"))
        );
        assert_eq!(
            s("x", "#"),
            Err(err(
                "Alternate form (#) not allowed in string format specifier"
            ))
        );
        assert_eq!(
            s("x", "05"),
            Err(err("'=' alignment not allowed in string format specifier"))
        );
        assert_eq!(
            s("x", "d"),
            Err(err("Unknown format code 'd' for object of type 'str'"))
        );
        let wide = format_string(&u("x"), &[0x1234, ch('^'), ch('5')], true).unwrap();
        assert_eq!(wide, [0x1234, 0x1234, ch('x'), 0x1234, 0x1234]);
        assert_eq!(
            format_string(&u("x"), &[0x1234], true),
            Err(err(
                "Unknown format code '\\x1234' for object of type 'unicode'"
            ))
        );
    }

    /// A field as (name, conversion, spec, spec needs expanding).
    type FieldParts = (String, u32, String, bool);

    fn pieces(s: &str) -> Result<Vec<(String, Option<FieldParts>)>, FormatError> {
        let codes = u(s);
        let mut pos = 0;
        let mut out = Vec::new();
        while let Some(m) = next_markup(&codes, &mut pos)? {
            let field = m.field.map(|f| {
                (
                    text(f.name),
                    f.conversion,
                    text(f.spec),
                    f.spec_needs_expanding,
                )
            });
            out.push((text(m.literal), field));
        }
        Ok(out)
    }

    #[test]
    fn markup() {
        let field = |n: &str, c: char, s: &str, e: bool| {
            Some((n.to_string(), u32::from(c), s.to_string(), e))
        };
        assert_eq!(
            pieces("a{0!r:>{1}}b").unwrap(),
            vec![
                ("a".into(), field("0", 'r', ">{1}", true)),
                ("b".into(), None)
            ]
        );
        assert_eq!(
            pieces("{{x}}{}").unwrap(),
            vec![
                ("{".into(), None),
                ("x}".into(), None),
                ("".into(), field("", '\0', "", false))
            ]
        );
        assert_eq!(pieces("{0:}}}").unwrap()[1], ("}".into(), None));
        assert_eq!(
            pieces("}"),
            Err(err("Single '}' encountered in format string"))
        );
        assert_eq!(
            pieces("x}y"),
            Err(err("Single '}' encountered in format string"))
        );
        assert_eq!(
            pieces("{"),
            Err(err("Single '{' encountered in format string"))
        );
        assert_eq!(pieces("{0"), Err(err("unmatched '{' in format")));
        assert_eq!(pieces("{0:{}"), Err(err("unmatched '{' in format")));
        assert_eq!(
            pieces("{0!}"),
            Err(err("end of format while looking for conversion specifier"))
        );
        assert_eq!(
            pieces("{0!rr}"),
            Err(err("expected ':' after format specifier"))
        );
    }

    fn accessors(name: &str) -> Result<(String, Vec<String>), FormatError> {
        let codes = u(name);
        let (first, mut rest) = FieldNameIter::split(&codes);
        let mut out = Vec::new();
        while let Some(a) = rest.next_accessor()? {
            out.push(match a {
                Accessor::Attribute(a) => format!(".{}", text(a)),
                Accessor::Index(i) => format!("[{i}]"),
                Accessor::Key(k) => format!("[{:?}]", text(k)),
            });
        }
        Ok((text(first), out))
    }

    #[test]
    fn field_names() {
        assert_eq!(
            accessors("0.items[1][key].x").unwrap(),
            (
                "0".into(),
                vec![
                    ".items".into(),
                    "[1]".into(),
                    "[\"key\"]".into(),
                    ".x".into()
                ]
            )
        );
        assert_eq!(accessors("[01]").unwrap(), ("".into(), vec!["[1]".into()]));
        assert_eq!(accessors("a[-1]").unwrap().1, vec!["[\"-1\"]".to_string()]);
        assert_eq!(
            accessors("0[").unwrap_err(),
            err("Missing ']' in format string")
        );
        assert_eq!(
            accessors("0[0]x").unwrap_err(),
            err("Only '.' or '[' may follow ']' in format field specifier")
        );
        assert_eq!(
            accessors("0..x").unwrap_err(),
            err("Empty attribute in format string")
        );
        assert_eq!(
            accessors("0[]").unwrap_err(),
            err("Empty attribute in format string")
        );
        assert_eq!(
            accessors("0[99999999999999999999]").unwrap_err(),
            err("Too many decimal digits in format string")
        );
        assert_eq!(field_index(&u("00")), Ok(Some(0)));
        assert_eq!(field_index(&u("0 ")), Ok(None));
        assert_eq!(field_index(&u("")), Ok(None));
        // Unicode decimal digits count as digits: ARABIC-INDIC ONE, NEW TAI LUE THAM DIGIT ONE.
        assert_eq!(field_index(&[0x661, 0x19da]), Ok(Some(11)));
        assert_eq!(field_index(&[0xb2]), Ok(None));
        assert_eq!(decimal_value(0x1d7ff), Some(9));
        assert_eq!(decimal_value(0x1d800), None);
    }

    #[test]
    fn auto_numbering() {
        let mut auto = AutoNumber {
            state: AutoNumberState::Init,
            next: 0,
        };
        assert_eq!(auto.resolve(&[], None), Ok(Some(0)));
        assert_eq!(auto.resolve(&u("name"), None), Ok(None));
        assert_eq!(auto.resolve(&[], None), Ok(Some(1)));
        assert_eq!(
            auto.resolve(&u("0"), Some(0)),
            Err(err(
                "cannot switch from automatic field numbering to manual field specification"
            ))
        );
        let mut manual = AutoNumber {
            state: AutoNumberState::Init,
            next: 0,
        };
        assert_eq!(manual.resolve(&u("1"), Some(1)), Ok(Some(1)));
        assert_eq!(
            manual.resolve(&[], None),
            Err(err(
                "cannot switch from manual field specification to automatic field numbering"
            ))
        );
    }

    #[test]
    fn grouping() {
        let g = |d: &str, min: i64, grouping: bool| text(&group_digits(&u(d), min, grouping));
        assert_eq!(g("1234567", 0, true), "1,234,567");
        assert_eq!(g("123", 0, true), "123");
        assert_eq!(g("1234", 10, true), "00,001,234");
        assert_eq!(g("42", 5, false), "00042");
        assert_eq!(g("42", 0, false), "42");
    }

    /// Arbitrary specs and format strings give a result or an error, never
    /// a panic.
    #[test]
    fn arbitrary_input_never_panics() {
        let alphabet: Vec<u32> = u("{}[]!:.,0123456789<>=^+- #sdxXcbonfeEgG%rzå\0")
            .into_iter()
            .chain([0x1234])
            .collect();
        let mut state: u64 = 0x9e3779b97f4a7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20000 {
            let len = (next() % 12) as usize;
            let s: Vec<u32> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let _ = format_string(&s, &s, true);
            let _ = format_integer(IntegerValue::Small(next() as i64 >> 40), "int", "0", &s);
            let _ = format_float(f64::from_bits(next()), &s);
            let _ = format_complex(f64::from_bits(next()), -1.5, &s);
            let mut pos = 0;
            while let Ok(Some(m)) = next_markup(&s, &mut pos) {
                if let Some(f) = m.field {
                    let (_, mut rest) = FieldNameIter::split(f.name);
                    while let Ok(Some(_)) = rest.next_accessor() {}
                }
            }
        }
    }
}

//! `string.Template` (CPython: the `Template` class of `Lib/string.py`),
//! native here. CPython compiles a regular expression per class from its
//! `delimiter` and `idpattern`; glasspy has no regular expression engine,
//! so placeholders are found by a scanner that follows that expression's
//! alternatives (`$$`, `$name`, `${name}`, a bare `$`) with the same
//! case-insensitive (ASCII) matching, and `idpattern` is read by a small
//! matcher for the forms identifier patterns take: a sequence of character
//! classes, escapes and literals with `*`, `+`, `?` or `{m,n}`. A class's
//! own `pattern` is not supported.

use std::rc::Rc;

use super::bind_python_args;
use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{Layout, PyType};
use crate::objects::unicodeobject::PyUnicode;
use crate::vm::{PyErr, PyResult, Vm};

/// The identifier pattern `Template` gives its placeholders.
const IDPATTERN: &str = "[_a-z][_a-z0-9]*";

const OWNER: &str = "Template";

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", template_init),
    ("substitute", template_substitute),
    ("safe_substitute", template_safe_substitute),
];

/// Adds `Template` and its metaclass to the module's dict.
pub fn add_template(vm: &mut Vm, dict: &PyDict) {
    let meta = crate::objects::types::new_type(
        "_TemplateMetaclass",
        Some(&vm.types.type_),
        Layout::Type,
        "string",
        true,
    );
    meta.dict.set_str("__doc__", Value::None);
    let cls = crate::objects::types::new_type(
        "Template",
        Some(&vm.types.object),
        Layout::Object,
        "string",
        true,
    );
    *cls.meta.borrow_mut() = Some(meta.clone());
    cls.dict.set_str("__metaclass__", Value::Type(meta.clone()));
    cls.dict.set_str("delimiter", Value::str("$"));
    cls.dict.set_str("idpattern", Value::str(IDPATTERN));
    super::add_methods(&cls, OWNER, METHODS);
    cls.dict.set_str(
        "__doc__",
        Value::str("A string class for supporting $-substitutions."),
    );
    dict.set_str("_TemplateMetaclass", Value::Type(meta));
    dict.set_str("Template", Value::Type(cls));
}

fn pystr(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::from(s))
}

/// Whether `t` is `Template` or derives from it.
fn is_template_class(t: &PyType) -> bool {
    t.mro.borrow().iter().any(|c| {
        c.name() == "Template"
            && matches!(
                c.dict.get_str("substitute"),
                Some(Value::Builtin(b)) if b.owner == Some(OWNER)
            )
    })
}

/// The `self` of a method, or the error calling the unbound Python method
/// with something else gives.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let got = match args.args.first() {
        Some(v) if is_template_class(&vm.class_of(v)) => return Ok(v.clone()),
        Some(v) => format!("{} instance", vm.class_of(v).name()),
        None => "nothing".to_string(),
    };
    Err(vm.type_error(format!(
        "unbound method {name}() must be called with Template instance as first argument (got {got} instead)"
    )))
}

/// `Template(template)`: keeps the text as `self.template`.
fn template_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__init__")?;
    let (p, _) = bind_python_args(vm, "__init__", &args, &["self", "template"], &[], false)?;
    vm.setattr(&obj, &pystr("template"), Some(p[1].clone()))?;
    Ok(Value::None)
}

fn template_substitute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    substitute(vm, args, "substitute", false)
}

fn template_safe_substitute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    substitute(vm, args, "safe_substitute", true)
}

/// Where names are looked up: the keywords, the mapping, or the keywords
/// first and then the mapping (`_multimap`).
enum Mapping {
    One(Value),
    Both(Value, Value),
}

impl Mapping {
    fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Value> {
        match self {
            Mapping::One(m) => vm.getitem(m, key),
            Mapping::Both(kws, m) => match vm.getitem(kws, key) {
                Err(e) if is_key_error(vm, &e) => vm.getitem(m, key),
                r => r,
            },
        }
    }
}

fn is_key_error(vm: &Vm, e: &PyErr) -> bool {
    vm.err_matches(e, &vm.exc.key_error.clone())
}

/// `substitute(*args, **kws)` and `safe_substitute(*args, **kws)`: `self`
/// may come as a keyword too.
fn substitute(vm: &mut Vm, args: Args, name: &str, safe: bool) -> PyResult<Value> {
    let obj = this(vm, &args, name)?;
    if args.args.len() > 2 {
        return Err(vm.type_error("Too many positional arguments"));
    }
    let kws = Rc::new(PyDict::new());
    for (k, v) in &args.kwargs {
        let h = vm.hash(k)?;
        kws.set(k.clone(), h, v.clone());
    }
    let kws = Value::Dict(kws);
    let mapping = match args.args.get(1) {
        None => Mapping::One(kws),
        Some(m) if args.kwargs.is_empty() => Mapping::One(m.clone()),
        Some(m) => Mapping::Both(kws, m.clone()),
    };
    let class = Value::Type(vm.type_of(&obj));
    let template = vm.getattr(&obj, &pystr("template"))?;
    let scanner = Scanner::of_class(vm, &class)?;
    let text = match &template {
        Value::Instance(inst) => inst.base().cloned(),
        v => Some(v.clone()),
    };
    let (codes, unicode) = match &text {
        Some(Value::Str(s)) => (s.as_bytes().iter().map(|&b| u32::from(b)).collect(), false),
        Some(Value::Unicode(u)) => (u.chars.to_vec(), true),
        _ => return Err(vm.type_error("expected string or buffer")),
    };
    let piece = |a: usize, b: usize| -> Value {
        let part: &[u32] = &codes[a..b];
        if unicode {
            Value::Unicode(Rc::new(PyUnicode::new(part.into())))
        } else {
            let bytes: Vec<u8> = part.iter().map(|&c| c as u8).collect();
            Value::bytes(&bytes)
        }
    };
    let mut pieces = Vec::new();
    let mut literal_start = 0;
    let mut pos = 0;
    while let Some(start) = scanner.find_delimiter(&codes, pos) {
        let after = start + scanner.delimiter.len();
        if literal_start < start {
            pieces.push(piece(literal_start, start));
        }
        let (end, found) = scanner.placeholder(&codes, after);
        let replacement = match found {
            Found::Escaped => vm.getattr(&obj, &pystr("delimiter"))?,
            Found::Named(a, b) if a < b => {
                let key = piece(a, b);
                let value = mapping
                    .get(vm, &key)
                    .and_then(|v| vm.format_percent(&Value::str("%s"), &Value::tuple(vec![v])));
                match value {
                    Ok(v) => v,
                    Err(e) if safe && is_key_error(vm, &e) => piece(start, end),
                    Err(e) => return Err(e),
                }
            }
            Found::Named(..) => {
                return Err(vm.value_error("Unrecognized named group in pattern"));
            }
            Found::Invalid if safe => piece(start, end),
            Found::Invalid => return Err(invalid(vm, &template, after)?),
        };
        pieces.push(replacement);
        pos = end;
        literal_start = end;
    }
    if literal_start < codes.len() {
        pieces.push(piece(literal_start, codes.len()));
    }
    let joiner = piece(0, 0);
    if pieces.is_empty() {
        return Ok(joiner);
    }
    let join = vm.getattr(&joiner, &pystr("join"))?;
    vm.call1(&join, Value::list(pieces))
}

/// The ValueError of a bare delimiter whose placeholder would start at
/// `i`: its line and column, counted by the text's own `splitlines`.
fn invalid(vm: &mut Vm, template: &Value, i: usize) -> PyResult<PyErr> {
    let head = vm.getslice(template, None, Some(Value::Int(i as i64)))?;
    let splitlines = vm.getattr(&head, &pystr("splitlines"))?;
    let lines = vm.call1(&splitlines, Value::bool(true))?;
    let lines = vm.iterate(&lines)?;
    let (lineno, colno) = match lines.split_last() {
        None => (1, 1),
        Some((_, before)) => {
            let mut used = 0;
            for line in before {
                used += match line {
                    Value::Str(s) => s.len(),
                    Value::Unicode(u) => u.chars.len(),
                    _ => 0,
                };
            }
            (lines.len(), i - used.min(i))
        }
    };
    Ok(vm.value_error(format!(
        "Invalid placeholder in string: line {lineno}, col {colno}"
    )))
}

/// What follows a delimiter.
enum Found {
    /// The delimiter twice.
    Escaped,
    /// A name (bare or braced) at these positions.
    Named(usize, usize),
    /// Anything else.
    Invalid,
}

/// A class's delimiter and identifier pattern, ready to scan with.
struct Scanner {
    delimiter: Vec<u32>,
    id: Vec<Atom>,
}

impl Scanner {
    fn of_class(vm: &mut Vm, class: &Value) -> PyResult<Scanner> {
        if let Value::Type(t) = class {
            let own_pattern =
                t.mro.borrow().iter().any(|c| {
                    c.dict.get_str("pattern").is_some() && !Rc::ptr_eq(c, &vm.types.object)
                });
            if own_pattern {
                return Err(vm.new_error(
                    &vm.exc.not_implemented_error.clone(),
                    "a Template subclass's own 'pattern' needs regular expressions, which glasspy lacks",
                ));
            }
        }
        let delimiter = vm.getattr(class, &pystr("delimiter"))?;
        let delimiter = text_codes(vm, &delimiter, "delimiter")?;
        let idpattern = vm.getattr(class, &pystr("idpattern"))?;
        let idpattern = text_codes(vm, &idpattern, "idpattern")?;
        let Some(id) = parse_pattern(&idpattern) else {
            let shown = vm.getattr(class, &pystr("idpattern"))?;
            let shown = vm.simple_repr(&shown);
            return Err(vm.new_error(
                &vm.exc.not_implemented_error.clone(),
                format!("glasspy's Template cannot read the idpattern {shown}"),
            ));
        };
        Ok(Scanner { delimiter, id })
    }

    /// The first delimiter at or after `pos`.
    fn find_delimiter(&self, text: &[u32], pos: usize) -> Option<usize> {
        let n = self.delimiter.len();
        if n == 0 || text.len() < n {
            return None;
        }
        (pos..=text.len() - n).find(|&i| self.delimiter_at(text, i))
    }

    fn delimiter_at(&self, text: &[u32], i: usize) -> bool {
        text.len() >= i + self.delimiter.len()
            && self
                .delimiter
                .iter()
                .zip(&text[i..])
                .all(|(&d, &c)| lower(d) == lower(c))
    }

    /// The placeholder after a delimiter that ends at `pos`: where its
    /// match ends and what it is.
    fn placeholder(&self, text: &[u32], pos: usize) -> (usize, Found) {
        if self.delimiter_at(text, pos) {
            return (pos + self.delimiter.len(), Found::Escaped);
        }
        if let Some(end) = match_atoms(&self.id, text, pos, &|_| true) {
            return (end, Found::Named(pos, end));
        }
        if text.get(pos) == Some(&u32::from(b'{')) {
            let close = |e: usize| text.get(e) == Some(&u32::from(b'}'));
            if let Some(end) = match_atoms(&self.id, text, pos + 1, &close) {
                return (end + 1, Found::Named(pos + 1, end));
            }
        }
        (pos, Found::Invalid)
    }
}

/// The code points of a `str` or `unicode` class attribute.
fn text_codes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u32>> {
    match v {
        Value::Str(s) => Ok(s.as_bytes().iter().map(|&b| u32::from(b)).collect()),
        Value::Unicode(u) => Ok(u.chars.to_vec()),
        _ => Err(vm.type_error(format!(
            "Template {what} must be a string, not {}",
            vm.type_name(v)
        ))),
    }
}

/// ASCII lower case, as the IGNORECASE matching of 2.7's `re` (without
/// `re.UNICODE` or `re.LOCALE`) folds characters.
fn lower(c: u32) -> u32 {
    if (u32::from(b'A')..=u32::from(b'Z')).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// One element of an identifier pattern and how often it repeats.
struct Atom {
    set: CharSet,
    min: usize,
    max: usize,
}

/// The characters one position accepts, as inclusive ranges of lowered
/// characters.
struct CharSet {
    ranges: Vec<(u32, u32)>,
    negated: bool,
    /// `.`: anything but a newline.
    any: bool,
}

impl CharSet {
    fn matches(&self, c: u32) -> bool {
        if self.any {
            return c != u32::from(b'\n');
        }
        let c = lower(c);
        self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != self.negated
    }
}

fn ch(b: u8) -> u32 {
    u32::from(b)
}

/// The ranges of an escape's class (`\d`, `\w`, `\s`) or of an escaped
/// character, or None for escapes the matcher does not read.
fn escape_ranges(c: u32) -> Option<Vec<(u32, u32)>> {
    let Some(b) = u8::try_from(c).ok() else {
        return Some(vec![(lower(c), lower(c))]);
    };
    Some(match b {
        b'd' => vec![(ch(b'0'), ch(b'9'))],
        b'w' => vec![
            (ch(b'a'), ch(b'z')),
            (ch(b'0'), ch(b'9')),
            (ch(b'_'), ch(b'_')),
        ],
        b's' => vec![(ch(b'\t'), ch(b'\r')), (ch(b' '), ch(b' '))],
        b'n' => vec![(ch(b'\n'), ch(b'\n'))],
        b't' => vec![(ch(b'\t'), ch(b'\t'))],
        _ if b.is_ascii_alphanumeric() => return None,
        _ => vec![(lower(c), lower(c))],
    })
}

/// Reads an identifier pattern as `re.VERBOSE` reads it, or None for
/// syntax beyond classes, escapes, literals and quantifiers.
fn parse_pattern(p: &[u32]) -> Option<Vec<Atom>> {
    let mut atoms: Vec<Atom> = Vec::new();
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        i += 1;
        let set = match u8::try_from(c).ok() {
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') => continue,
            Some(b'#') => {
                while i < p.len() && p[i] != ch(b'\n') {
                    i += 1;
                }
                continue;
            }
            Some(b'[') => {
                let (set, next) = parse_class(p, i)?;
                i = next;
                set
            }
            Some(b'\\') => {
                let e = *p.get(i)?;
                i += 1;
                CharSet {
                    ranges: escape_ranges(e)?,
                    negated: false,
                    any: false,
                }
            }
            Some(b'.') => CharSet {
                ranges: Vec::new(),
                negated: false,
                any: true,
            },
            Some(b'*' | b'+' | b'?' | b'{') => {
                let atom = atoms.last_mut()?;
                if atom.min != 1 || atom.max != 1 {
                    return None;
                }
                let (min, max) = match u8::try_from(c).ok()? {
                    b'*' => (0, usize::MAX),
                    b'+' => (1, usize::MAX),
                    b'?' => (0, 1),
                    _ => {
                        let (min, max, next) = parse_counts(p, i)?;
                        i = next;
                        (min, max)
                    }
                };
                // A lazy or possessive suffix is beyond the matcher.
                if p.get(i).is_some_and(|&n| n == ch(b'?') || n == ch(b'+')) {
                    return None;
                }
                atom.min = min;
                atom.max = max;
                continue;
            }
            Some(b'(' | b')' | b'|' | b'^' | b'$' | b']' | b'}') => return None,
            _ => CharSet {
                ranges: vec![(lower(c), lower(c))],
                negated: false,
                any: false,
            },
        };
        atoms.push(Atom {
            set,
            min: 1,
            max: 1,
        });
    }
    Some(atoms)
}

/// A `[...]` class whose body starts at `i`; returns it and the position
/// after its `]`.
fn parse_class(p: &[u32], mut i: usize) -> Option<(CharSet, usize)> {
    let mut negated = false;
    if p.get(i) == Some(&ch(b'^')) {
        negated = true;
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let c = *p.get(i)?;
        i += 1;
        if c == ch(b']') && !first {
            break;
        }
        first = false;
        let lo = if c == ch(b'\\') {
            let e = *p.get(i)?;
            i += 1;
            let r = escape_ranges(e)?;
            if r.len() != 1 || r[0].0 != r[0].1 {
                ranges.extend(r);
                continue;
            }
            r[0].0
        } else {
            c
        };
        if p.get(i) == Some(&ch(b'-')) && p.get(i + 1).is_some_and(|&n| n != ch(b']')) {
            let mut hi = p[i + 1];
            i += 2;
            if hi == ch(b'\\') {
                let e = *p.get(i)?;
                i += 1;
                let r = escape_ranges(e)?;
                if r.len() != 1 || r[0].0 != r[0].1 {
                    return None;
                }
                hi = r[0].0;
            }
            if hi < lo {
                return None;
            }
            ranges.push((lower(lo), lower(hi)));
        } else {
            ranges.push((lower(lo), lower(lo)));
        }
    }
    Some((
        CharSet {
            ranges,
            negated,
            any: false,
        },
        i,
    ))
}

/// The `m}`, `m,}` or `m,n}` of a `{` quantifier starting at `i`.
fn parse_counts(p: &[u32], mut i: usize) -> Option<(usize, usize, usize)> {
    let number = |i: &mut usize| -> Option<usize> {
        let start = *i;
        let mut n: usize = 0;
        while let Some(d) = p.get(*i).and_then(|&c| char::from_u32(c)?.to_digit(10)) {
            n = n.checked_mul(10)?.checked_add(d as usize)?;
            *i += 1;
        }
        (*i > start).then_some(n)
    };
    let min = number(&mut i)?;
    let max = if p.get(i) == Some(&ch(b',')) {
        i += 1;
        number(&mut i).unwrap_or(usize::MAX)
    } else {
        min
    };
    if p.get(i) != Some(&ch(b'}')) || max < min {
        return None;
    }
    Some((min, max, i + 1))
}

/// Matches `atoms` at `pos` greedily with backtracking, as `re` does, and
/// returns the first end that `accept` takes.
fn match_atoms(
    atoms: &[Atom],
    text: &[u32],
    pos: usize,
    accept: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let Some((atom, rest)) = atoms.split_first() else {
        return accept(pos).then_some(pos);
    };
    let mut n = 0;
    while n < atom.max && text.get(pos + n).is_some_and(|&c| atom.set.matches(c)) {
        n += 1;
    }
    if n < atom.min {
        return None;
    }
    (atom.min..=n)
        .rev()
        .find_map(|k| match_atoms(rest, text, pos + k, accept))
}

//! Code objects and the constants they carry (CPython: `Objects/codeobject.c`).
//!
//! A [`Code`] holds every `co_*` field of a CPython 2.7 code object exactly as
//! `marshal` stored it. Constants are kept as [`Const`], the small set of
//! immutable values that marshal data can contain.

use std::fmt::Write as _;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::{complexobject, floatobject, stringobject, unicodeobject};

/// `co_flags` bits of CPython 2.7 (`Include/code.h`), in the order `inspect` names them.
pub const CODE_FLAGS: &[(u32, &str)] = &[
    (0x0001, "OPTIMIZED"),
    (0x0002, "NEWLOCALS"),
    (0x0004, "VARARGS"),
    (0x0008, "VARKEYWORDS"),
    (0x0010, "NESTED"),
    (0x0020, "GENERATOR"),
    (0x0040, "NOFREE"),
    (0x1000, "GENERATOR_ALLOWED"),
    (0x2000, "FUTURE_DIVISION"),
    (0x4000, "FUTURE_ABSOLUTE_IMPORT"),
    (0x8000, "FUTURE_WITH_STATEMENT"),
    (0x10000, "FUTURE_PRINT_FUNCTION"),
    (0x20000, "FUTURE_UNICODE_LITERALS"),
];

/// A value that marshal data can hold: the constants of a code object, and
/// whatever else a raw marshal stream contains.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    True,
    False,
    StopIteration,
    Ellipsis,
    /// A Python 2 `int`: a C long, 64 bits wide as on the 64-bit CPython that wrote it.
    Int(i64),
    Long(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    /// A `str`: bytes, not text.
    Str(Rc<[u8]>),
    /// A `unicode`: code points of a UCS-4 build, lone surrogates included.
    Unicode(Rc<[u32]>),
    Tuple(Rc<[Const]>),
    List(Rc<[Const]>),
    Dict(Rc<[(Const, Const)]>),
    Set(Rc<[Const]>),
    FrozenSet(Rc<[Const]>),
    Code(Rc<Code>),
}

impl Const {
    /// `repr()` of the value, exactly as CPython 2.7 prints it.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Const::None => out.push_str("None"),
            Const::True => out.push_str("True"),
            Const::False => out.push_str("False"),
            Const::StopIteration => out.push_str("<type 'exceptions.StopIteration'>"),
            Const::Ellipsis => out.push_str("Ellipsis"),
            Const::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Const::Long(l) => {
                let _ = write!(out, "{l}L");
            }
            Const::Float(f) => out.push_str(&floatobject::repr(*f)),
            Const::Complex(re, im) => out.push_str(&complexobject::repr(*re, *im)),
            Const::Str(s) => out.push_str(&stringobject::repr(s)),
            Const::Unicode(u) => out.push_str(&unicodeobject::repr(u)),
            Const::Tuple(items) => {
                out.push('(');
                write_items(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Const::List(items) => {
                out.push('[');
                write_items(out, items);
                out.push(']');
            }
            Const::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.write_repr(out);
                    out.push_str(": ");
                    v.write_repr(out);
                }
                out.push('}');
            }
            Const::Set(items) => write_set(out, "set", items),
            Const::FrozenSet(items) => write_set(out, "frozenset", items),
            Const::Code(code) => out.push_str(&code.repr()),
        }
    }

    /// The name of the value's type, as `type(x).__name__` gives it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Const::None => "NoneType",
            Const::True | Const::False => "bool",
            Const::StopIteration => "type",
            Const::Ellipsis => "ellipsis",
            Const::Int(_) => "int",
            Const::Long(_) => "long",
            Const::Float(_) => "float",
            Const::Complex(..) => "complex",
            Const::Str(_) => "str",
            Const::Unicode(_) => "unicode",
            Const::Tuple(_) => "tuple",
            Const::List(_) => "list",
            Const::Dict(_) => "dict",
            Const::Set(_) => "set",
            Const::FrozenSet(_) => "frozenset",
            Const::Code(_) => "code",
        }
    }
}

fn write_items(out: &mut String, items: &[Const]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out);
    }
}

/// Sets print as `set([1, 2])`, empty ones as `set([])`. The elements keep the
/// order in which marshal stored them, which is the writer's iteration order.
fn write_set(out: &mut String, type_name: &str, items: &[Const]) {
    out.push_str(type_name);
    out.push_str("([");
    write_items(out, items);
    out.push_str("])");
}

/// A CPython 2.7 code object, field for field.
#[derive(Debug, Clone)]
pub struct Code {
    pub argcount: i32,
    pub nlocals: i32,
    pub stacksize: i32,
    pub flags: u32,
    /// `co_code`: the bytecode, one opcode byte plus a two-byte argument where it has one.
    pub code: Rc<[u8]>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub firstlineno: i32,
    /// `co_lnotab`: pairs of (bytecode increment, line increment).
    pub lnotab: Rc<[u8]>,
}

impl Code {
    /// `<code object NAME at 0x..., file "FILE", line N>`; the address is this
    /// object's own, as CPython prints its own.
    pub fn repr(&self) -> String {
        format!(
            "<code object {} at {:p}, file \"{}\", line {}>",
            self.name, self as *const Code, self.filename, self.firstlineno
        )
    }

    /// The flag names set in `co_flags`, joined by ` | `, with any unknown bits in hex.
    pub fn flag_names(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        let mut rest = self.flags;
        for &(bit, name) in CODE_FLAGS {
            if self.flags & bit != 0 {
                names.push(name.to_string());
                rest &= !bit;
            }
        }
        if rest != 0 {
            names.push(format!("0x{rest:x}"));
        }
        if names.is_empty() {
            "0".to_string()
        } else {
            names.join(" | ")
        }
    }

    /// The offsets where a new source line starts, with that line, exactly as
    /// `dis.findlinestarts` computes them from `co_lnotab`.
    pub fn line_starts(&self) -> Vec<(usize, i64)> {
        let mut starts = Vec::new();
        let mut last_line: Option<i64> = None;
        let mut line = i64::from(self.firstlineno);
        let mut addr = 0usize;
        for pair in self.lnotab.chunks_exact(2) {
            let (byte_incr, line_incr) = (pair[0], pair[1]);
            if byte_incr != 0 {
                if last_line != Some(line) {
                    starts.push((addr, line));
                    last_line = Some(line);
                }
                addr += usize::from(byte_incr);
            }
            line += i64::from(line_incr);
        }
        if last_line != Some(line) {
            starts.push((addr, line));
        }
        starts
    }

    /// The line of the instruction at `offset` and the range of offsets
    /// `[lower, upper)` that belong to that line's entry, as CPython 2.7's
    /// `_PyCode_CheckLineNumber` computes them for line tracing. Only
    /// entries that change the line bound the range.
    pub fn line_bounds(&self, offset: usize) -> (i64, usize, usize) {
        let mut line = i64::from(self.firstlineno);
        let mut addr = 0usize;
        let mut lower = 0usize;
        let mut pairs = self.lnotab.chunks_exact(2);
        let mut upper = usize::MAX;
        for pair in pairs.by_ref() {
            if addr + usize::from(pair[0]) > offset {
                // The first entry past `offset`: the range ends at the
                // next entry that changes the line.
                let mut next = addr + usize::from(pair[0]);
                if pair[1] != 0 {
                    upper = next;
                } else {
                    for rest in pairs.by_ref() {
                        next += usize::from(rest[0]);
                        if rest[1] != 0 {
                            upper = next;
                            break;
                        }
                    }
                    if upper == usize::MAX {
                        upper = next;
                    }
                }
                return (line, lower, upper);
            }
            addr += usize::from(pair[0]);
            if pair[1] != 0 {
                lower = addr;
            }
            line += i64::from(pair[1]);
        }
        (line, lower, upper)
    }

    /// The source line of the instruction at `offset`, as CPython's
    /// `PyCode_Addr2Line` computes it (used by tracebacks).
    pub fn addr_to_line(&self, offset: usize) -> i64 {
        let mut line = i64::from(self.firstlineno);
        let mut addr = 0usize;
        for pair in self.lnotab.chunks_exact(2) {
            addr += usize::from(pair[0]);
            if addr > offset {
                break;
            }
            line += i64::from(pair[1]);
        }
        line
    }

    /// This code object with `co_filename` set to `filename` in it and in
    /// every code object nested in it (CPython's `update_compiled_module`,
    /// for a `.pyc` compiled where its source had another path).
    pub fn with_filename(&self, filename: &Rc<str>) -> Code {
        let mut code = self.clone();
        code.filename = filename.clone();
        for c in code.consts.iter_mut() {
            if let Const::Code(inner) = c {
                *c = Const::Code(Rc::new(inner.with_filename(filename)));
            }
        }
        code
    }

    /// The code objects among this one's constants, in `co_consts` order.
    pub fn nested_code(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Const::Code(code) => Some(code),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_with_lnotab(firstlineno: i32, lnotab: &[u8]) -> Code {
        Code {
            argcount: 0,
            nlocals: 0,
            stacksize: 0,
            flags: 0x43,
            code: Rc::from(&[][..]),
            consts: vec![],
            names: vec![],
            varnames: vec![],
            freevars: vec![],
            cellvars: vec![],
            filename: Rc::from("f.py"),
            name: Rc::from("f"),
            firstlineno,
            lnotab: Rc::from(lnotab),
        }
    }

    #[test]
    fn line_starts_follow_findlinestarts() {
        // mod(a, b) from the seed: line 2 at 0, line 3 at 10.
        let code = code_with_lnotab(1, &[0, 1, 10, 1]);
        assert_eq!(code.line_starts(), vec![(0, 2), (10, 3)]);
        assert_eq!(code.addr_to_line(0), 2);
        assert_eq!(code.addr_to_line(9), 2);
        assert_eq!(code.addr_to_line(10), 3);
    }

    #[test]
    fn line_increments_over_255_are_split() {
        let code = code_with_lnotab(1, &[3, 255, 0, 45]);
        assert_eq!(code.line_starts(), vec![(0, 1), (3, 301)]);
    }

    #[test]
    fn flags_are_named() {
        let code = code_with_lnotab(1, &[]);
        assert_eq!(code.flag_names(), "OPTIMIZED | NEWLOCALS | NOFREE");
    }

    #[test]
    fn container_reprs() {
        let one = Const::Tuple(Rc::from(vec![Const::Int(1)]));
        assert_eq!(one.repr(), "(1,)");
        let empty = Const::FrozenSet(Rc::from(vec![]));
        assert_eq!(empty.repr(), "frozenset([])");
        let set = Const::Set(Rc::from(vec![Const::Int(1), Const::None]));
        assert_eq!(set.repr(), "set([1, None])");
        let dict = Const::Dict(Rc::from(vec![(Const::Int(1), Const::True)]));
        assert_eq!(dict.repr(), "{1: True}");
    }
}

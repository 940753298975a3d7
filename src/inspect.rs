//! `glasspy inspect`: every field of every code object, laid out for a person
//! to read (the fields `inspect` and `co_*` attributes show in CPython).

use std::fmt::Write as _;
use std::rc::Rc;

use crate::code::{Code, Const};
use crate::objects::stringobject;

/// The fields of `code` and then of each nested code object, depth-first in
/// `co_consts` order. Each code object is named by its path of names
/// (`<module>.Greeter.greet`), so nested ones can be told apart.
pub fn describe(code: &Code) -> String {
    let mut out = String::new();
    describe_into(&mut out, code, &code.name);
    out
}

fn describe_into(out: &mut String, code: &Code, path: &str) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "code object {path}");
    let field = |out: &mut String, name: &str, value: &str| {
        let _ = writeln!(out, "  {name:<12} {value}");
    };
    field(out, "argcount", &code.argcount.to_string());
    field(out, "nlocals", &code.nlocals.to_string());
    field(out, "stacksize", &code.stacksize.to_string());
    field(
        out,
        "flags",
        &format!("0x{:04x} ({})", code.flags, code.flag_names()),
    );
    field(out, "code", &format!("{} bytes", code.code.len()));
    list(
        out,
        "consts",
        code.consts.iter().map(|c| const_text(c, path)),
    );
    list(out, "names", code.names.iter().map(Rc::to_string));
    list(out, "varnames", code.varnames.iter().map(Rc::to_string));
    list(out, "freevars", code.freevars.iter().map(Rc::to_string));
    list(out, "cellvars", code.cellvars.iter().map(Rc::to_string));
    field(
        out,
        "filename",
        &stringobject::repr(code.filename.as_bytes()),
    );
    field(out, "name", &stringobject::repr(code.name.as_bytes()));
    field(out, "firstlineno", &code.firstlineno.to_string());
    field(out, "lnotab", &stringobject::repr(&code.lnotab));
    let mut label = "lines";
    for (offset, line) in code.line_starts() {
        let _ = writeln!(out, "  {label:<12} offset {offset:>4} -> line {line}");
        label = "";
    }
    for nested in code.nested_code() {
        describe_into(out, nested, &format!("{path}.{}", nested.name));
    }
}

/// A numbered list, one item a line, or `(none)`.
fn list(out: &mut String, name: &str, items: impl Iterator<Item = String>) {
    let mut any = false;
    for (i, item) in items.enumerate() {
        let label = if i == 0 { name } else { "" };
        let _ = writeln!(out, "  {label:<12} {i:>3}: {item}");
        any = true;
    }
    if !any {
        let _ = writeln!(out, "  {name:<12} (none)");
    }
}

/// A constant's repr; a code object is named instead, since its fields follow.
fn const_text(c: &Const, path: &str) -> String {
    match c {
        Const::Code(code) => format!(
            "code object {path}.{} (line {}, described below)",
            code.name, code.firstlineno
        ),
        other => other.repr(),
    }
}

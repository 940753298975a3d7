//! Every fixture program, compiled by CPython 2.7: glasspy's listing and its
//! loaded code objects must equal what CPython's `dis` and `marshal` gave.

mod common;

use common::{compare_with_golden, files_with_ext, read_text, without_addresses};
use glasspy::code::{Code, Const};
use glasspy::objects::stringobject;
use glasspy::{dis, marshal};
use std::rc::Rc;

fn load(path: &std::path::Path) -> Rc<Code> {
    let data = std::fs::read(path).unwrap();
    marshal::load_pyc(&data)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .code
}

#[test]
fn listings_equal_cpython_dis() {
    let fixtures = files_with_ext("tests/fixtures/dis", "pyc");
    let sources = files_with_ext("tests/fixtures/dis", "py");
    assert_eq!(fixtures.len(), sources.len(), "run scripts/gen_fixtures.py");
    assert!(fixtures.len() >= 20);
    let mut failures = Vec::new();
    for pyc in &fixtures {
        let listing = without_addresses(&dis::dis_recursive(&load(pyc)));
        let golden = read_text(&pyc.with_extension("dis"));
        if let Err(diff) = compare_with_golden(&listing, &golden) {
            failures.push(format!("{}: {diff}", pyc.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The fields of every code object in the format of `gen_fixtures.py`'s `dump_code`.
fn dump(code: &Code, path: &str, out: &mut Vec<String>) {
    let names = |items: &[Rc<str>]| {
        Const::Tuple(
            items
                .iter()
                .map(|s| Const::Str(Rc::from(s.as_bytes())))
                .collect(),
        )
        .repr()
    };
    out.push(format!("code {path}"));
    out.push(format!("argcount {}", code.argcount));
    out.push(format!("nlocals {}", code.nlocals));
    out.push(format!("stacksize {}", code.stacksize));
    out.push(format!("flags {}", code.flags));
    out.push(format!("code {}", stringobject::repr(&code.code)));
    for (i, c) in code.consts.iter().enumerate() {
        out.push(format!("const {i} {} {}", c.type_name(), c.repr()));
    }
    out.push(format!("names {}", names(&code.names)));
    out.push(format!("varnames {}", names(&code.varnames)));
    out.push(format!("freevars {}", names(&code.freevars)));
    out.push(format!("cellvars {}", names(&code.cellvars)));
    out.push(format!(
        "filename {}",
        stringobject::repr(code.filename.as_bytes())
    ));
    out.push(format!("name {}", stringobject::repr(code.name.as_bytes())));
    out.push(format!("firstlineno {}", code.firstlineno));
    out.push(format!("lnotab {}", stringobject::repr(&code.lnotab)));
    for nested in code.nested_code() {
        dump(nested, &format!("{path}.{}", nested.name), out);
    }
}

#[test]
fn loaded_fields_equal_marshal_loads() {
    let mut failures = Vec::new();
    for pyc in files_with_ext("tests/fixtures/dis", "pyc") {
        let code = load(&pyc);
        let mut lines = Vec::new();
        dump(&code, &code.name, &mut lines);
        let fields = without_addresses(&(lines.join("\n") + "\n"));
        let golden = read_text(&pyc.with_extension("code"));
        if let Err(diff) = compare_with_golden(&fields, &golden) {
            failures.push(format!("{}: {diff}", pyc.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bundled_programs_load_and_disassemble() {
    let programs = files_with_ext("programs", "pyc");
    assert_eq!(
        programs.len(),
        files_with_ext("programs", "py").len(),
        "run scripts/gen_fixtures.py"
    );
    for pyc in programs {
        let code = load(&pyc);
        assert!(code.filename.starts_with("programs/"), "{}", code.filename);
        assert!(!dis::dis_recursive(&code).is_empty());
    }
}

//! Damaged bytecode raises SystemError in the program, with a traceback; it
//! never panics. Hand-made code objects cover each kind of damage, and the
//! bytecode of every fixture program is mutated at many points.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use common::files_with_ext;
use glasspy::code::{Code, Const};
use glasspy::marshal;
use glasspy::vm::pythonrun::{run_captured, Captured};

/// A module code object with this bytecode, two constants and two names.
fn module(code: &[u8]) -> Rc<Code> {
    Rc::new(Code {
        argcount: 0,
        nlocals: 0,
        stacksize: 10,
        flags: 0x40,
        code: Rc::from(code),
        consts: vec![Const::Int(1), Const::None],
        names: vec![Rc::from("x"), Rc::from("y")],
        varnames: vec![],
        freevars: vec![],
        cellvars: vec![],
        filename: Rc::from("<damaged>"),
        name: Rc::from("<module>"),
        firstlineno: 1,
        lnotab: Rc::from(&[][..]),
    })
}

fn run(code: Rc<Code>) -> Captured {
    run_captured(code, vec!["<damaged>".into()], Vec::new(), Some(100_000))
}

#[test]
fn each_kind_of_damage_raises_system_error() {
    let cases: &[(&str, &[u8], &str)] = &[
        ("unknown opcode", &[6], "unknown opcode 6"),
        ("stack underflow", &[23], "stack underflow"),
        (
            "constant index",
            &[100, 9, 0],
            "constant index 9 out of range",
        ),
        ("name index", &[101, 7, 0], "name index 7 out of range"),
        ("local index", &[124, 3, 0], "local index 3 out of range"),
        ("cell index", &[136, 0, 0], "cell index 0 out of range"),
        (
            "jump out of range",
            &[113, 0xff, 0x7f],
            "jump to 32767 is out of range",
        ),
        (
            "relative jump out of range",
            &[110, 0xff, 0x7f],
            "out of range",
        ),
        ("argument cut off", &[100, 0], "argument is cut off"),
        ("running off the end", &[100, 0, 0], "ran off the end"),
        (
            "huge EXTENDED_ARG",
            &[145, 0xff, 0xff, 100, 0xff, 0xff],
            "constant index",
        ),
        ("huge tuple", &[102, 0xff, 0xff], "stack underflow"),
        ("bad DUP_TOPX", &[100, 0, 0, 99, 9, 0], "DUP_TOPX"),
        (
            "POP_BLOCK without a block",
            &[87],
            "POP_BLOCK with no block",
        ),
        (
            "END_FINALLY of a list",
            &[103, 0, 0, 88],
            "'finally' pops bad exception",
        ),
        (
            "MAKE_FUNCTION of a number",
            &[100, 0, 0, 132, 0, 0],
            "without a code object",
        ),
        (
            "COMPARE_OP 99",
            &[100, 0, 0, 100, 0, 0, 107, 99, 0],
            "bad bytecode: comparison 99",
        ),
    ];
    for (what, code, message) in cases {
        let out = run(module(code));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status, 1, "{what}: {stderr}");
        assert!(
            stderr.starts_with("Traceback (most recent call last):\n"),
            "{what}: {stderr}"
        );
        let last = stderr.lines().last().unwrap_or("");
        assert!(last.starts_with("SystemError: "), "{what}: {stderr}");
        assert!(last.contains(message), "{what}: {last}");
    }
}

/// Every code object of a module, to mutate their bytecode in place.
fn code_objects(code: &Code, out: &mut Vec<Code>) {
    out.push(code.clone());
    for nested in code.nested_code() {
        code_objects(nested, out);
    }
}

/// `code` with `co_code` replaced, and its nested code objects too.
fn with_bytecode(code: &Code, replace: &mut dyn FnMut(&[u8]) -> Vec<u8>) -> Rc<Code> {
    let mut new = code.clone();
    new.code = Rc::from(replace(&code.code));
    new.consts = code
        .consts
        .iter()
        .map(|c| match c {
            Const::Code(inner) => Const::Code(with_bytecode(inner, replace)),
            other => other.clone(),
        })
        .collect();
    Rc::new(new)
}

#[test]
fn mutated_bytecode_never_panics() {
    // Large stacks: a damaged program may build deep structures.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let mut cases = 0;
            let mut files = files_with_ext("tests/fixtures/dis", "pyc");
            files.extend(files_with_ext("programs", "pyc"));
            files.extend(files_with_ext("tests/programs", "pyc"));
            for path in files {
                let data = std::fs::read(&path).unwrap();
                if data.len() > 50_000 {
                    continue;
                }
                let module_code = marshal::load_pyc(&data).unwrap().code;
                let mut all = Vec::new();
                code_objects(&module_code, &mut all);
                // Each file's mutations come from its own name, so adding
                // a program leaves the other files' mutations as they were.
                let mut state = path
                    .to_string_lossy()
                    .bytes()
                    .fold(0x2545f4914f6cdd1du64, |h, b| {
                        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
                    })
                    | 1;
                let mut next = move || {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state
                };
                for _ in 0..40 {
                    let edits = 1 + (next() % 4) as usize;
                    let mut picks = Vec::new();
                    for _ in 0..edits {
                        picks.push((next(), next() as u8));
                    }
                    let mutated = with_bytecode(&module_code, &mut |bytes: &[u8]| {
                        let mut b = bytes.to_vec();
                        for &(at, byte) in &picks {
                            if !b.is_empty() {
                                let i = (at % b.len() as u64) as usize;
                                b[i] = byte;
                            }
                        }
                        b
                    });
                    let result = catch_unwind(AssertUnwindSafe(|| run(mutated)));
                    assert!(
                        result.is_ok(),
                        "{}: mutation {picks:?} panicked",
                        path.display()
                    );
                    cases += 1;
                }
            }
            cases
        })
        .unwrap();
    let cases = handle.join().expect("the fuzzing thread");
    println!("mutated programs run: {cases}");
    assert!(cases >= 3000, "only {cases} cases");
}

//! The `glasspy` command line: listings, `--raw`, `inspect`, `.py` input and
//! the one-line errors (exit status 2) for bad files.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use common::{python27, read_text, root, without_addresses};

fn glasspy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A scratch file that is removed afterwards.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, data: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("glasspy-{}-{name}", std::process::id()));
        std::fs::write(&path, data).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn dis_of_the_seed_mod_program() {
    let out = glasspy(&["dis", "programs/mod.pyc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!(without_addresses(&stdout(&out)));
}

#[test]
fn raw_walk_from_bytes_to_instructions() {
    let out = glasspy(&["dis", "--raw", "programs/mod.pyc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // The seed's two views of mod's co_code.
    assert!(
        text.contains(r"'|\x00\x00|\x01\x00\x16}\x02\x00|\x02\x00S'"),
        "{text}"
    );
    assert!(
        text.contains("[124, 0, 0, 124, 1, 0, 22, 125, 2, 0, 124, 2, 0, 83]"),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn raw_walk_shows_extended_arguments() {
    let out = glasspy(&["dis", "--raw", "tests/fixtures/dis/extended_arg.pyc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let line = text.lines().find(|l| l.contains("BUILD_LIST")).unwrap();
    assert_eq!(
        line.trim(),
        "196803: 103  64   0 -> BUILD_LIST 65600  (64 + 0*256 + 65536 from EXTENDED_ARG)"
    );
}

#[test]
fn inspect_shows_every_field() {
    let out = glasspy(&["inspect", "programs/mod.pyc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn inspect_shows_cells_and_free_variables() {
    let out = glasspy(&["inspect", "tests/fixtures/dis/functions.pyc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

/// A bad file gives one line on stderr naming it, and exit status 2.
fn assert_one_line_error(args: &[&str], file: &str, expected: &str) {
    let out = glasspy(args);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("glasspy: {file}: ")), "{err}");
    assert!(err.contains(expected), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn missing_file() {
    assert_one_line_error(
        &["dis", "nope.pyc"],
        "nope.pyc",
        "cannot read the file: No such file or directory",
    );
}

#[test]
fn other_python_version() {
    let file = "tests/fixtures/other_versions/python3.6.pyc";
    assert_one_line_error(
        &["inspect", file],
        file,
        "compiled by Python 3.6 (magic 3379); glasspy runs Python 2.7 bytecode (magic 62211)",
    );
}

#[test]
fn truncated_pyc() {
    let data = std::fs::read(root().join("programs/mod.pyc")).unwrap();
    let tmp = TempFile::new("truncated.pyc", &data[..data.len() / 2]);
    assert_one_line_error(&["dis", tmp.path()], tmp.path(), "unexpected end of data");
}

#[test]
fn not_a_pyc() {
    let tmp = TempFile::new("text.pyc", b"print 'hello'\n");
    assert_one_line_error(
        &["dis", tmp.path()],
        tmp.path(),
        "not a .pyc file (bad magic number",
    );
}

#[test]
fn unknown_type_code_names_its_offset() {
    let mut data = std::fs::read(root().join("programs/mod.pyc")).unwrap();
    data[8] = b'?';
    let tmp = TempFile::new("badtype.pyc", &data);
    assert_one_line_error(
        &["dis", tmp.path()],
        tmp.path(),
        "byte 8: bad marshal data (unknown type code '?'",
    );
}

#[test]
fn no_python_to_compile_source() {
    let out = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .args(["dis", "programs/mod.py"])
        .current_dir(root())
        .env("PATH", "")
        .env("HOME", "/nonexistent")
        .env_remove("PYENV_ROOT")
        .env_remove("GLASSPY_PYTHON27")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "glasspy: programs/mod.py: no CPython 2.7 found to compile Python source; give one with \
         --python PATH, $GLASSPY_PYTHON27, python2.7 on PATH, or pyenv's 2.7 install, or pass a .pyc\n"
    );
}

#[test]
fn python_that_cannot_run() {
    assert_one_line_error(
        &[
            "dis",
            "--python",
            "/nonexistent/python2.7",
            "programs/mod.py",
        ],
        "programs/mod.py",
        "cannot run /nonexistent/python2.7 to compile Python source: No such file or directory",
    );
}

#[test]
fn source_is_compiled_as_python27_compiles_it() {
    if python27().is_none() {
        return;
    }
    for name in ["arith", "functions", "constants"] {
        let source = format!("tests/fixtures/dis/{name}.py");
        let out = glasspy(&["dis", &source]);
        assert!(out.status.success(), "{}", stderr(&out));
        let golden = read_text(&root().join(format!("tests/fixtures/dis/{name}.dis")));
        assert_eq!(without_addresses(&stdout(&out)), golden, "{source}");
    }
}

#[test]
fn syntax_errors_are_reported_as_cpython_reports_them() {
    let Some(python) = python27() else {
        return;
    };
    let tmp = TempFile::new("bad.py", b"x = 1\ndef f(:\n    pass\n");
    let out = glasspy(&["dis", tmp.path()]);
    let cpython = Command::new(python).arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), String::from_utf8(cpython.stderr).unwrap());
    assert!(
        stderr(&out).ends_with("SyntaxError: invalid syntax\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let child = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .args(["run", "tests/fixtures/run/spin.pyc"])
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("line 7, in <module>\n    spin()\n"), "{err}");
    assert!(err.contains(", in spin\n"), "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
}

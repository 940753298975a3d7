//! Importing modules from source: compiled by CPython 2.7 (so these tests
//! need one and say that they skip without it), cached in a `.pyc` written
//! as CPython writes it, recompiled when the source changes, and syntax
//! errors raised as CPython raises them. Without any CPython 2.7, importing a
//! source module is an ImportError that says why.
//!
//! The run corpus (`tests/run_programs.rs`) covers imports from committed
//! `.pyc` files, which need no CPython.

mod common;

use common::python27;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch folder, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path =
            std::env::temp_dir().join(format!("glasspy-imports-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.0.join(name), text).unwrap();
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `program` (a path) with `command` in `dir`, with no PYTHON* variables.
fn run_in(command: &Path, args: &[&str], dir: &Path) -> Output {
    let mut c = Command::new(command);
    c.args(args).current_dir(dir);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            c.env_remove(&key);
        }
    }
    c.output().unwrap()
}

fn glasspy_run(dir: &Path, program: &str) -> Output {
    run_in(
        Path::new(env!("CARGO_BIN_EXE_glasspy")),
        &["run", program],
        dir,
    )
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn source_modules_are_compiled_and_cached_as_cpython_caches_them() {
    let Some(python) = python27() else {
        return;
    };
    let dir = TempDir::new("cache");
    dir.write(
        "helper.py",
        "def double(x):\n    return 2 * x\nNAME = 'v1'\n",
    );
    dir.write(
        "main.py",
        "import helper\nprint helper.double(21), helper.NAME, helper.__file__\n",
    );
    let cpython = run_in(&python, &["main.py"], &dir.0);
    let cpython_pyc = std::fs::read(dir.path("helper.pyc")).unwrap();
    std::fs::remove_file(dir.path("helper.pyc")).unwrap();

    // First run: compiled from source, `.pyc` written byte for byte as CPython wrote it.
    let first = glasspy_run(&dir.0, "main.py");
    assert_eq!(text(&first.stderr), text(&cpython.stderr));
    assert_eq!(text(&first.stdout), text(&cpython.stdout));
    assert!(text(&first.stdout).ends_with("helper.py\n"));
    assert_eq!(std::fs::read(dir.path("helper.pyc")).unwrap(), cpython_pyc);

    // Second run: from the `.pyc`, as `__file__` shows.
    let second = glasspy_run(&dir.0, "main.py");
    assert!(text(&second.stdout).ends_with("helper.pyc\n"), "{second:?}");

    // A changed source (another modification time) is compiled again.
    dir.write(
        "helper.py",
        "def double(x):\n    return 3 * x\nNAME = 'v2'\n",
    );
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(dir.path("helper.py"))
        .unwrap()
        .set_modified(old)
        .unwrap();
    let third = glasspy_run(&dir.0, "main.py");
    assert!(text(&third.stdout).starts_with("63 v2 "), "{third:?}");
}

#[test]
fn a_syntax_error_in_an_imported_module_is_raised_as_in_cpython() {
    let Some(python) = python27() else {
        return;
    };
    let dir = TempDir::new("syntax");
    dir.write("bad.py", "x = 1\nif x = 2:\n    pass\n");
    dir.write("indent.py", "def f():\nreturn 1\n");
    dir.write(
        "main.py",
        "try:\n    import indent\nexcept SyntaxError as e:\n    print type(e).__name__, e, e.lineno, e.offset, repr(e.text)\nimport bad\n",
    );
    let cpython = run_in(&python, &["main.py"], &dir.0);
    let glasspy = glasspy_run(&dir.0, "main.py");
    assert_eq!(text(&glasspy.stdout), text(&cpython.stdout));
    assert_eq!(text(&glasspy.stderr), text(&cpython.stderr));
    assert_eq!(glasspy.status.code(), Some(1));
    assert!(text(&glasspy.stderr).ends_with("SyntaxError: invalid syntax\n"));
}

#[test]
fn without_cpython_a_source_module_is_an_import_error_that_says_why() {
    // `import_uncaught.pyc` (committed) puts `modules/` on sys.path and
    // imports `broken`; here that is a source file and no CPython is found.
    let dir = TempDir::new("nopython");
    std::fs::copy(
        common::root().join("tests/programs/import_uncaught.pyc"),
        dir.path("main.pyc"),
    )
    .unwrap();
    std::fs::create_dir(dir.path("modules")).unwrap();
    dir.write("modules/broken.py", "X = 1\n");
    let out = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .args(["run", "main.pyc"])
        .current_dir(&dir.0)
        .env("PATH", "/nonexistent")
        .env("HOME", "/nonexistent")
        .env_remove("PYENV_ROOT")
        .env_remove("GLASSPY_PYTHON27")
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("ImportError: cannot compile ")
            && stderr.contains("modules/broken.py: no CPython 2.7 found"),
        "{stderr}"
    );
}

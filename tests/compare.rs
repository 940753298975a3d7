//! `glasspy compare`: a program that runs the same under CPython 2.7 and
//! glasspy, and one made to differ. These need CPython 2.7 and say that
//! they skip without it (CI runs them where one is installed).

mod common;

use std::process::Command;

use common::{python27, root};

fn compare(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .current_dir(root())
        .arg("compare")
        .args(args)
        .output()
        .expect("glasspy runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A "CPython" that is CPython 2.7 with one more argument for the program.
fn wrapper(python: &std::path::Path) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("glasspy-compare-python-{}", std::process::id()));
    let script = format!("#!/bin/sh\nexec '{}' \"$@\" cpython\n", python.display());
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn identical_runs_give_status_0() {
    let Some(python) = python27() else {
        return;
    };
    let python = python.to_string_lossy().into_owned();
    for program in [
        "programs/mod.pyc",
        "programs/stacktrace.pyc",
        "programs/mod.py",
    ] {
        let (status, stdout, stderr) = compare(&["--python", &python, "--lines", program]);
        assert_eq!(status, 0, "{program}: {stdout}{stderr}");
        assert!(stdout.starts_with("same stdout ("), "{stdout}");
        assert!(stdout.contains(" line events"), "{stdout}");
    }
    let (status, stdout, _) = compare(&["--python", &python, "programs/stacktrace.pyc"]);
    assert_eq!(status, 0);
    assert_eq!(
        stdout,
        format!("same stdout (0 lines), stderr (8 lines) and exit status (1) as {python}\n")
    );
}

#[test]
fn a_differing_run_gives_a_diff_and_status_1() {
    let Some(python) = python27() else {
        return;
    };
    let fake = wrapper(&python);
    let fake_arg = fake.to_string_lossy().into_owned();
    let program = "tests/fixtures/compare/differs.py";
    let (status, stdout, stderr) = compare(&["--python", &fake_arg, program]);
    assert_eq!(status, 1, "{stderr}");
    assert_eq!(
        stdout,
        "--- cpython stdout\n+++ glasspy stdout\n@@ -1,3 +1,2 @@\n the same on both sides\n-only under cpython\n done\n"
    );
    let (status, stdout, _) = compare(&["--python", &fake_arg, "--lines", program]);
    assert_eq!(status, 1);
    let report = stdout
        .split_once("line events part")
        .map(|(_, r)| r)
        .unwrap();
    assert_eq!(
        report,
        " at event 5 (CPython has 7, glasspy 6):\n  cpython:\n         1  call <module> 3\n         2  line <module> 3\n         3  line <module> 4\n         4  line <module> 5\n  >      5  line <module> 6\n         6  line <module> 7\n         7  return <module> 7\n  glasspy:\n         1  call <module> 3\n         2  line <module> 3\n         3  line <module> 4\n         4  line <module> 5\n  >      5  line <module> 7\n         6  return <module> 7\n"
    );
    let _ = std::fs::remove_file(fake);
}

#[test]
fn addresses_do_not_count_as_differences() {
    let Some(python) = python27() else {
        return;
    };
    let python = python.to_string_lossy().into_owned();
    let (status, stdout, _) =
        compare(&["--python", &python, "tests/fixtures/compare/addresses.py"]);
    assert_eq!(status, 0, "{stdout}");
}

#[test]
fn no_cpython_gives_status_2() {
    let (status, stdout, stderr) = compare(&["--python", "/no/such/python2.7", "programs/mod.pyc"]);
    assert_eq!((status, stdout.as_str()), (2, ""));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr
        .starts_with("glasspy: programs/mod.pyc: cannot run /no/such/python2.7 as CPython 2.7"));
    let (status, _, stderr) = compare(&["no/such/file.py"]);
    assert_eq!(status, 2);
    assert_eq!(
        stderr,
        "glasspy: no/such/file.py: cannot read the file: No such file or directory\n"
    );
}

#[test]
fn a_run_that_does_not_end_is_stopped() {
    let Some(python) = python27() else {
        return;
    };
    let python = python.to_string_lossy().into_owned();
    let program = std::env::temp_dir().join(format!("glasspy-forever-{}.py", std::process::id()));
    std::fs::write(&program, "while True:\n    pass\n").unwrap();
    let (status, _, stderr) = compare(&[
        "--python",
        &python,
        "--timeout",
        "1",
        program.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_file(&program);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("neither run ended within 1 s"), "{stderr}");
}

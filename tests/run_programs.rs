//! Every program of `tests/programs/` runs in glasspy with the stdout, stderr
//! and exit status CPython 2.7 gave (`scripts/gen_run_fixtures.py`).
//!
//! `tests/programs/KNOWN_FAILURES` names the programs glasspy does not run
//! identically yet; every other program must match, and a listed program
//! that starts to match must be taken off the list.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{date_module_sources, files_with_ext, read_text, root};

/// What differs between glasspy's run and CPython's, if anything.
fn check(pyc: &Path) -> Option<String> {
    let base = pyc.with_extension("");
    let read = |ext: &str| std::fs::read(base.with_extension(ext)).ok();
    let args: Vec<String> = read("args")
        .map(|a| {
            String::from_utf8_lossy(&a)
                .split_whitespace()
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let rel = pyc.strip_prefix(root()).unwrap_or(pyc);
    let mut command = Command::new(env!("CARGO_BIN_EXE_glasspy"));
    // As the goldens were made: no PYTHON* variables but those of NAME.env.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(&key);
        }
    }
    for line in String::from_utf8_lossy(&read("env").unwrap_or_default()).lines() {
        if let Some((key, value)) = line.split_once('=') {
            command.env(key.trim(), value.trim());
        }
    }
    let mut child = command
        .arg("run")
        .arg(rel)
        .args(&args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin_data = read("stdin").unwrap_or_default();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&stdin_data);
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    let want_status: i32 = String::from_utf8_lossy(&read("status").unwrap_or_default())
        .trim()
        .parse()
        .unwrap_or(-1);
    let mut problems = Vec::new();
    if out.status.code() != Some(want_status) {
        problems.push(format!(
            "exit status {:?}, CPython {want_status}",
            out.status.code()
        ));
    }
    let (stdout, stderr) = (with_root_marked(&out.stdout), with_root_marked(&out.stderr));
    for (name, got, want) in [
        ("stdout", &stdout, read("stdout")),
        ("stderr", &stderr, read("stderr")),
    ] {
        let want = want.unwrap_or_default();
        if *got != want {
            let (g, w) = (String::from_utf8_lossy(got), String::from_utf8_lossy(&want));
            let line = g
                .lines()
                .zip(w.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| g.lines().count().min(w.lines().count()));
            problems.push(format!(
                "{name} differs at line {}:\n      cpython: {:?}\n      glasspy: {:?}",
                line + 1,
                w.lines().nth(line).unwrap_or("<end>"),
                g.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    (!problems.is_empty()).then(|| problems.join("\n    "))
}

/// The output with the repository's resolved path written as `<ROOT>`, as
/// the goldens have it (imported modules' paths are absolute).
fn with_root_marked(output: &[u8]) -> Vec<u8> {
    let root = std::fs::canonicalize(root()).unwrap();
    let root = root.to_string_lossy();
    let root = root.as_bytes();
    let mut out = Vec::with_capacity(output.len());
    let mut i = 0;
    while i < output.len() {
        if output[i..].starts_with(root) {
            out.extend_from_slice(b"<ROOT>");
            i += root.len();
        } else {
            out.push(output[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn programs_behave_as_in_cpython() {
    date_module_sources();
    let programs = files_with_ext("tests/programs", "pyc");
    assert_eq!(
        programs.len(),
        files_with_ext("tests/programs", "py").len(),
        "run scripts/gen_run_fixtures.py"
    );
    let known_text = read_text(&root().join("tests/programs/KNOWN_FAILURES"));
    let known: Vec<&str> = known_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let results: Vec<(String, Option<String>)> = std::thread::scope(|s| {
        let chunks: Vec<_> = programs.chunks(programs.len().div_ceil(4).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| {
                            (
                                p.file_stem().unwrap().to_string_lossy().into_owned(),
                                check(p),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passing = 0;
    for (name, problem) in &results {
        match (problem, known.contains(&name.as_str())) {
            (None, false) => passing += 1,
            (None, true) => fixed.push(name.clone()),
            (Some(p), false) => unexpected.push(format!("  {name}:\n    {p}")),
            (Some(_), true) => {}
        }
    }
    println!(
        "{passing} of {} programs behave exactly as in CPython 2.7",
        results.len()
    );
    assert!(
        unexpected.is_empty(),
        "programs that differ from CPython:\n{}",
        unexpected.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "these programs now match CPython; remove them from KNOWN_FAILURES: {fixed:?}"
    );
}

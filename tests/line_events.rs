//! The tracer sees the events CPython 2.7's `sys.settrace` reports — call,
//! line, return and exception, with the frame's line — for every program of
//! the run corpus and the bundled examples (`scripts/gen_line_events.py`
//! wrote CPython's side into `tests/fixtures/line_events/`).

mod common;

use std::path::{Path, PathBuf};

use common::{date_module_sources, files_with_ext, read_text, root};
use glasspy::compare::events::Recorder;

/// Events are compared up to this many, as the fixtures keep them.
const CAP: usize = 1500;

/// glasspy's events for one program, as the fixture writes them.
fn events_of(pyc: &Path) -> String {
    let base = pyc.with_extension("");
    let rel = pyc.strip_prefix(root()).unwrap_or(pyc);
    let source = rel.with_extension("py").to_string_lossy().into_owned();
    let code = glasspy::loader::load_program(&rel.to_string_lossy(), None)
        .unwrap_or_else(|e| panic!("{}: {e}", rel.display()))
        .code;
    let mut argv = vec![source.clone()];
    if let Ok(args) = std::fs::read_to_string(base.with_extension("args")) {
        argv.extend(args.split_whitespace().map(String::from));
    }
    let stdin = std::fs::read(base.with_extension("stdin")).unwrap_or_default();
    let (recorder, events) = Recorder::new(source.into(), CAP);
    glasspy::vm::pythonrun::run_captured_traced(
        code,
        argv,
        stdin,
        Some(200_000_000),
        Some(Box::new(recorder)),
    );
    let lines = events.borrow();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The program a fixture belongs to.
fn program_of(fixture: &Path) -> PathBuf {
    let name = fixture.file_stem().unwrap().to_string_lossy().into_owned();
    match name.strip_prefix("example_") {
        Some(example) => root().join("programs").join(format!("{example}.pyc")),
        None => root().join("tests/programs").join(format!("{name}.pyc")),
    }
}

#[test]
fn events_match_sys_settrace() {
    date_module_sources();
    let mut fixtures = files_with_ext("tests/fixtures/line_events", "events");
    assert!(
        fixtures.len() > 200 || std::env::var("LINE_EVENTS_SHOW").is_ok(),
        "run scripts/gen_line_events.py"
    );
    // LINE_EVENTS_FILE=PATH.pyc: print glasspy's events for that program.
    if let Ok(path) = std::env::var("LINE_EVENTS_FILE") {
        print!("{}", events_of(Path::new(&path)));
        return;
    }
    // LINE_EVENTS_SHOW=NAME: only that program, with both sides written to
    // /tmp/NAME.{cpython,glasspy} for a closer look.
    if let Ok(only) = std::env::var("LINE_EVENTS_SHOW") {
        fixtures.retain(|f| f.file_stem().is_some_and(|s| s == only.as_str()));
        for f in &fixtures {
            let _ = std::fs::write(format!("/tmp/{only}.cpython"), read_text(f));
            let _ = std::fs::write(format!("/tmp/{only}.glasspy"), events_of(&program_of(f)));
        }
    }
    let mut known_text = read_text(&root().join("tests/programs/KNOWN_FAILURES"));
    let differences = read_text(&root().join("tests/fixtures/line_events/KNOWN_DIFFERENCES"));
    let listed: Vec<&str> = differences
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    known_text.push('\n');
    known_text.push_str(&listed.join("\n"));
    let known: Vec<&str> = known_text.lines().map(str::trim).collect();
    let results: Vec<(String, Option<String>)> = std::thread::scope(|s| {
        let chunks: Vec<_> = fixtures.chunks(fixtures.len().div_ceil(4)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                std::thread::Builder::new()
                    .stack_size(1 << 29)
                    .spawn_scoped(s, move || {
                        chunk
                            .iter()
                            .map(|f| {
                                let name = f.file_stem().unwrap().to_string_lossy().into_owned();
                                let want = read_text(f);
                                let got = events_of(&program_of(f));
                                let diff = (got != want).then(|| first_difference(&want, &got));
                                (name, diff)
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap()
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut failures = Vec::new();
    let mut matched = 0;
    for (name, diff) in &results {
        match diff {
            None if listed.contains(&name.as_str()) => failures.push(format!(
                "  {name} now matches: remove it from tests/fixtures/line_events/KNOWN_DIFFERENCES"
            )),
            None => matched += 1,
            // A program that does not run as in CPython has other events too.
            Some(_) if known.contains(&name.as_str()) => {}
            Some(d) => failures.push(format!("  {name}: {d}")),
        }
    }
    println!(
        "line_events: {matched} of {} programs give CPython's trace events",
        results.len()
    );
    assert!(
        failures.is_empty(),
        "trace events differ from CPython's:\n{}",
        failures.join("\n")
    );
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let at = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    format!(
        "event {}: cpython {:?}, glasspy {:?} (after {:?})",
        at + 1,
        w.get(at).unwrap_or(&"<end>"),
        g.get(at).unwrap_or(&"<end>"),
        if at > 0 { w[at - 1] } else { "<start>" }
    )
}

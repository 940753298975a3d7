//! `glasspy trace`: text traces of the bundled programs (snapshots), each
//! filter, the JSON Lines format checked against the schema in
//! `docs/trace-format.md`, and the summary.

mod common;

use std::collections::HashMap;
use std::process::Command;

use common::{hide_addresses, root};
use serde_json::Value;

/// Runs `glasspy trace ARGS` with the trace in a file; status, stdout,
/// stderr and the trace.
fn trace(args: &[&str]) -> (i32, String, String, String) {
    // Tests run in parallel, some with the same arguments: each run gets
    // a file of its own.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = std::env::temp_dir().join(format!(
        "glasspy-trace-test-{}-{run}-{}",
        std::process::id(),
        args.join("_").replace(['/', ' '], "_")
    ));
    let result = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .current_dir(root())
        .arg("trace")
        .arg("--output")
        .arg(&out)
        .args(args)
        .output()
        .expect("glasspy runs");
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_file(&out);
    (
        result.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&result.stdout).into_owned(),
        String::from_utf8_lossy(&result.stderr).into_owned(),
        text,
    )
}

fn snapshot_of(args: &[&str]) -> String {
    let (_, _, stderr, text) = trace(args);
    assert!(!text.is_empty(), "no trace: {stderr}");
    hide_addresses(&text)
}

#[test]
fn text_trace_of_the_seed_mod_program() {
    insta::assert_snapshot!("mod", snapshot_of(&["programs/mod.pyc"]));
}

#[test]
fn text_trace_of_the_seed_stacktrace_program() {
    insta::assert_snapshot!("stacktrace", snapshot_of(&["programs/stacktrace.pyc"]));
}

#[test]
fn text_trace_of_exceptions_caught_and_finally() {
    insta::assert_snapshot!(
        "exceptions",
        snapshot_of(&["--function", "divide", "programs/exceptions.pyc"])
    );
}

#[test]
fn text_trace_of_recursion_in_one_function() {
    insta::assert_snapshot!(
        "fib_recursive",
        snapshot_of(&[
            "--function",
            "fib_recursive",
            "--max-steps",
            "60",
            "programs/fib.pyc"
        ])
    );
}

#[test]
fn text_trace_of_gcd_lines_without_stack() {
    insta::assert_snapshot!(
        "gcd_lines",
        snapshot_of(&[
            "--lines",
            "5-7",
            "--no-stack",
            "--max-steps",
            "40",
            "programs/gcd.pyc"
        ])
    );
}

#[test]
fn text_trace_of_classes_with_summary() {
    insta::assert_snapshot!(
        "shapes_summary",
        snapshot_of(&["--max-steps", "80", "--summary", "programs/shapes.pyc"])
    );
}

#[test]
fn the_program_output_stays_on_stdout_and_stderr() {
    let (status, stdout, stderr, text) = trace(&["programs/mod.pyc"]);
    assert_eq!((status, stdout.as_str(), stderr.as_str()), (0, "1\n", ""));
    assert!(text.contains("BINARY_MODULO        7 % 2"));
    let (status, stdout, stderr, _) = trace(&["programs/stacktrace.pyc"]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    assert!(stderr.ends_with("NameError: global name 'fuction3' is not defined\n"));
}

#[test]
fn the_trace_goes_to_stderr_without_output() {
    let result = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .current_dir(root())
        .args(["trace", "programs/mod.pyc"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&result.stdout), "1\n");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.starts_with("call <module> at programs/mod.py:2\n"));
    assert!(stderr.ends_with("return None from <module>\n"));
}

#[test]
fn function_filter_keeps_that_function_and_its_callees() {
    let (_, _, _, text) = trace(&["--function", "fib_recursive", "programs/fib.pyc"]);
    assert!(text.starts_with("call fib_recursive(n=0) at programs/fib.py:3\n"));
    assert!(!text.contains("fib_loop"));
    assert!(!text.contains("<module>"));
    // A nested call is indented under its caller.
    assert!(text.contains("\n  call fib_recursive(n=1) at programs/fib.py:3\n"));
    let (_, _, _, text) = trace(&["--function", "nothing_of_that_name", "programs/fib.pyc"]);
    assert_eq!(
        text,
        "... no frame of a function named nothing_of_that_name ran\n"
    );
}

#[test]
fn lines_filter_keeps_those_lines_of_the_program() {
    let (_, _, _, text) = trace(&["--lines", "3-4", "--format", "jsonl", "programs/mod.pyc"]);
    let events = parse(&text);
    assert!(!events.is_empty());
    for e in &events {
        let line = e["line"].as_i64().unwrap();
        assert!((3..=4).contains(&line), "{e}");
    }
    assert!(events.iter().any(|e| e["opname"] == "BINARY_MODULO"));
}

#[test]
fn max_steps_stops_after_that_many_instructions() {
    let (status, stdout, _, text) = trace(&["--max-steps", "5", "programs/fib.pyc"]);
    assert_eq!(status, 0);
    assert!(
        stdout.ends_with("354224848179261915075\n"),
        "the program runs on"
    );
    let instructions = text
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert_eq!(instructions, 5);
    assert!(text.ends_with(
        "... tracing stopped after 5 instructions (--max-steps); the program ran on untraced\n"
    ));
    let (_, _, _, text) = trace(&["--max-steps", "7", "--format", "jsonl", "programs/fib.pyc"]);
    let events = parse(&text);
    assert_eq!(
        events
            .iter()
            .filter(|e| e["event"] == "instruction")
            .count(),
        7
    );
}

#[test]
fn no_stack_leaves_the_stack_out() {
    let (_, _, _, text) = trace(&["--no-stack", "programs/mod.pyc"]);
    assert!(!text.contains('['), "{text}");
    let (_, _, _, text) = trace(&["--no-stack", "--format", "jsonl", "programs/mod.pyc"]);
    assert!(parse(&text).iter().all(|e| e.get("stack").is_none()));
}

#[test]
fn summary_counts_instructions_calls_and_depths() {
    let (_, _, _, text) = trace(&["--summary", "--format", "jsonl", "programs/mod.pyc"]);
    let events = parse(&text);
    let summary = events.last().unwrap();
    assert_eq!(summary["event"], "summary");
    assert_eq!(summary["instructions"], 17);
    assert_eq!(summary["calls"], 2);
    assert_eq!(summary["max_depth"], 2);
    assert_eq!(summary["max_stack"], 3);
    assert_eq!(summary["by_opcode"]["LOAD_FAST"], 3);
    assert_eq!(summary["by_function"][1]["code"], "mod");
    assert_eq!(summary["by_function"][1]["instructions"], 6);
    let counted = events
        .iter()
        .filter(|e| e["event"] == "instruction")
        .count();
    assert_eq!(counted, 17);
}

#[test]
fn jsonl_events_of_mod_read_as_the_seed_explains() {
    let (_, _, _, text) = trace(&["--format", "jsonl", "programs/mod.pyc"]);
    let events = parse(&text);
    let modulo = events
        .iter()
        .find(|e| e["opname"] == "BINARY_MODULO")
        .unwrap();
    assert_eq!(modulo["code"], "mod");
    assert_eq!(modulo["depth"], 2);
    assert_eq!(modulo["line"], 3);
    assert_eq!(modulo["operands"], "7 % 2");
    assert_eq!(modulo["stack"], serde_json::json!(["1"]));
    let ret = events
        .iter()
        .find(|e| e["event"] == "return" && e["code"] == "mod")
        .unwrap();
    assert_eq!(ret["value"], "1");
    for (i, e) in events.iter().enumerate() {
        assert_eq!(e["seq"], i as u64 + 1);
    }
}

#[test]
fn jsonl_exceptions_say_whether_they_are_caught() {
    let (_, _, _, text) = trace(&["--format", "jsonl", "programs/exceptions.pyc"]);
    let events = parse(&text);
    let exc: Vec<&Value> = events
        .iter()
        .filter(|e| e["event"] == "exception")
        .collect();
    let zero = exc
        .iter()
        .find(|e| e["type"] == "ZeroDivisionError")
        .unwrap();
    assert_eq!(zero["message"], "integer division or modulo by zero");
    assert_eq!(zero["caught"], true);
    let (_, _, _, text) = trace(&["--format", "jsonl", "programs/stacktrace.pyc"]);
    let events = parse(&text);
    let left: Vec<&Value> = events
        .iter()
        .filter(|e| e["event"] == "exception" && e["caught"] == false)
        .collect();
    assert_eq!(left.len(), 3);
    assert!(left.iter().all(|e| e["type"] == "NameError"));
}

/// One schema row: the field's type and the events it belongs to.
struct Field {
    kind: String,
    events: Vec<String>,
    unless_no_stack: bool,
}

/// The schema table of `docs/trace-format.md`.
fn schema() -> HashMap<String, Field> {
    let doc = common::read_text(&root().join("docs/trace-format.md"));
    let table = doc
        .split("<!-- schema -->")
        .nth(1)
        .and_then(|t| t.split("<!-- /schema -->").next())
        .expect("the schema table");
    let all = [
        "call",
        "line",
        "instruction",
        "return",
        "exception",
        "summary",
    ];
    let mut fields = HashMap::new();
    for row in table.lines().skip(3) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 5 {
            continue;
        }
        let name = cells[1].trim_matches('`').to_string();
        let events_cell = cells[3];
        let events = if events_cell == "all" {
            all.iter().map(|s| s.to_string()).collect()
        } else {
            events_cell
                .split(" (")
                .next()
                .unwrap()
                .split(", ")
                .map(String::from)
                .collect()
        };
        fields.insert(
            name,
            Field {
                kind: cells[2].to_string(),
                events,
                unless_no_stack: events_cell.contains("unless `--no-stack`"),
            },
        );
    }
    assert!(
        fields.len() > 20,
        "the schema table has {} rows",
        fields.len()
    );
    fields
}

fn has_type(v: &Value, kind: &str) -> bool {
    match kind {
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "integer or null" => v.is_null() || v.is_u64(),
        "string or null" => v.is_null() || v.is_string(),
        "array of strings or null" => {
            v.is_null() || v.as_array().is_some_and(|a| a.iter().all(Value::is_string))
        }
        "object of integers" => v.as_object().is_some_and(|o| o.values().all(Value::is_u64)),
        "array of objects" => v.as_array().is_some_and(|a| a.iter().all(Value::is_object)),
        other => panic!("the schema names an unknown type {other:?}"),
    }
}

fn parse(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn validate(events: &[Value], no_stack: bool) {
    let schema = schema();
    for e in events {
        let obj = e.as_object().expect("an object");
        let kind = obj["event"].as_str().expect("an event name");
        for (name, v) in obj {
            let field = schema
                .get(name)
                .unwrap_or_else(|| panic!("{name} is not in the schema: {e}"));
            assert!(
                field.events.iter().any(|k| k == kind),
                "{name} in a {kind} event: {e}"
            );
            assert!(
                has_type(v, &field.kind),
                "{name} is not {}: {e}",
                field.kind
            );
        }
        for (name, field) in &schema {
            let wanted =
                field.events.iter().any(|k| k == kind) && !(field.unless_no_stack && no_stack);
            assert_eq!(obj.contains_key(name), wanted, "{name} in {e}");
        }
    }
}

#[test]
fn every_jsonl_event_follows_the_documented_schema() {
    let cases: &[&[&str]] = &[
        &["programs/mod.pyc"],
        &["programs/stacktrace.pyc"],
        &["programs/exceptions.pyc"],
        &["programs/fib.pyc"],
        &["programs/shapes.pyc"],
        &["programs/wordcount.pyc"],
        &["--no-stack", "programs/gcd.pyc"],
        &["--function", "fib_loop", "programs/fib.pyc"],
    ];
    let mut kinds = std::collections::BTreeSet::new();
    let mut total = 0;
    for args in cases {
        let mut all = vec!["--format", "jsonl", "--summary"];
        all.extend_from_slice(args);
        let (_, _, stderr, text) = trace(&all);
        let events = parse(&text);
        assert!(!events.is_empty(), "{args:?}: {stderr}");
        validate(&events, args.contains(&"--no-stack"));
        for e in &events {
            kinds.insert(e["event"].as_str().unwrap().to_string());
        }
        total += events.len();
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "call",
            "exception",
            "instruction",
            "line",
            "return",
            "summary"
        ]
    );
    assert!(total > 1000);
}

#[test]
fn bad_files_and_arguments_give_one_line_and_status_2() {
    let (status, _, stderr, _) = trace(&["no/such/file.pyc"]);
    assert_eq!(status, 2);
    assert_eq!(
        stderr,
        "glasspy: no/such/file.pyc: cannot read the file: No such file or directory\n"
    );
    let result = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .current_dir(root())
        .args([
            "trace",
            "--output",
            "/no/such/dir/t.txt",
            "programs/mod.pyc",
        ])
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.starts_with("glasspy: /no/such/dir/t.txt: cannot write the trace: "));
    assert_eq!(stderr.lines().count(), 1);
    let (status, _, stderr, _) = trace(&["--lines", "9-2", "programs/mod.pyc"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("'9-2' is not a line range"));
}

/// Tracing changes nothing a program does: programs whose output depends
/// on when objects die (`__del__`) print under `glasspy trace`, in either
/// format, exactly what CPython printed when they ran untraced.
#[test]
fn tracing_keeps_no_object_alive() {
    for name in [
        "lang_del_iterators",
        "lang_del_scopes",
        "lang_del_refcount",
        "lang_del_exc_info",
    ] {
        let pyc = format!("tests/programs/{name}.pyc");
        let expected =
            std::fs::read_to_string(root().join(format!("tests/programs/{name}.stdout")))
                .expect("a golden stdout");
        for format in ["text", "jsonl"] {
            let (_, stdout, _, text) = trace(&["--format", format, &pyc]);
            assert!(!text.is_empty(), "{name}: no trace");
            assert_eq!(stdout, expected, "{name} traced as {format}");
        }
    }
}

/// The most memory any child process of this test process has used so
/// far, in KiB (Linux's `ru_maxrss`).
fn children_max_rss_kib() -> i64 {
    // SAFETY: rusage is plain integers, for which zero bytes are a valid
    // value, and getrusage only writes the struct it is given.
    let (status, usage) = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        let status = libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        (status, usage)
    };
    assert_eq!(status, 0);
    usage.ru_maxrss
}

/// Traces `count_to.pyc N` as text to a pipe; the number of lines read.
fn trace_lines_of_count_to(n: u64) -> u64 {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .current_dir(root())
        .args(["trace", "--output", "/dev/stdout"])
        .arg("tests/fixtures/run/count_to.pyc")
        .arg(n.to_string())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("glasspy runs");
    let mut pipe = child.stdout.take().expect("a pipe");
    let mut buf = vec![0u8; 1 << 16];
    let mut lines = 0u64;
    loop {
        let got = pipe.read(&mut buf).expect("the trace is read");
        if got == 0 {
            break;
        }
        lines += buf[..got].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    assert!(child.wait().expect("glasspy ends").success());
    lines
}

/// A trace of ten million events streams: the tracer's memory does not
/// grow with the length of the trace.
#[test]
fn a_trace_of_ten_million_events_streams_in_constant_memory() {
    let short = trace_lines_of_count_to(1_000);
    let short_rss = children_max_rss_kib();
    let long = trace_lines_of_count_to(1_000_000);
    let long_rss = children_max_rss_kib();
    assert!(short > 10_000, "{short} lines");
    assert!(long > 10_000_000, "{long} lines");
    // Ten million events are over 500 MB of text: kept in memory, they
    // could not fit in the margin.
    assert!(
        long_rss <= short_rss + 8 * 1024,
        "{long_rss} KiB for {long} lines against {short_rss} KiB for {short}"
    );
}

//! `glasspy compare --lines`: the line events of both runs, CPython's
//! recorded by a `sys.settrace` function, glasspy's by its tracer, and the
//! first place they part.

use std::cell::RefCell;
use std::path::Path;
use std::process::{Command, Stdio};
use std::rc::Rc;

use crate::vm::tracing::{Event, Flow, Tracer};
use crate::vm::{PyResult, Vm};

/// Events compared at most, on each side.
const CAP: usize = 200_000;
/// Events shown before and after the first difference.
const CONTEXT: usize = 4;

/// Run by CPython 2.7 (`scripts/settrace_runner.py`): runs the program as
/// `python2.7 FILE ARGS` would (as `__main__`, with its own `sys.argv` and
/// `sys.path[0]`), and writes `EVENT CO_NAME LINENO` for each event of the
/// program's own code.
const RUNNER: &str = include_str!("../../scripts/settrace_runner.py");

pub struct Report {
    pub same: bool,
    pub text: String,
}

pub fn compare_events(
    python: &Path,
    file: &str,
    args: &[String],
    stdin: &[u8],
    timeout: std::time::Duration,
) -> Result<Report, String> {
    let cpython = cpython_events(python, file, args, stdin, timeout)?;
    let glasspy = glasspy_events(file, python, args, stdin)?;
    let first = cpython
        .iter()
        .zip(&glasspy)
        .position(|(a, b)| a != b)
        .or_else(|| (cpython.len() != glasspy.len()).then(|| cpython.len().min(glasspy.len())));
    let Some(at) = first else {
        let capped = if cpython.len() >= CAP {
            format!(" (the first {CAP})")
        } else {
            String::new()
        };
        return Ok(Report {
            same: true,
            text: format!("same {} line events{capped}\n", cpython.len()),
        });
    };
    let mut text = format!(
        "line events part at event {} (CPython has {}, glasspy {}):\n",
        at + 1,
        cpython.len(),
        glasspy.len()
    );
    let from = at.saturating_sub(CONTEXT);
    for (name, events) in [("cpython", &cpython), ("glasspy", &glasspy)] {
        text.push_str(&format!("  {name}:\n"));
        for (i, e) in events
            .iter()
            .enumerate()
            .skip(from)
            .take(at - from + CONTEXT + 1)
        {
            let mark = if i == at { ">" } else { " " };
            text.push_str(&format!("  {mark} {:>6}  {e}\n", i + 1));
        }
        if events.len() <= at {
            text.push_str(&format!(
                "  >         (no more events: {} in all)\n",
                events.len()
            ));
        }
    }
    Ok(Report { same: false, text })
}

fn cpython_events(
    python: &Path,
    file: &str,
    args: &[String],
    stdin: &[u8],
    timeout: std::time::Duration,
) -> Result<Vec<String>, String> {
    let out_path = super::temp_path("events");
    let mut cmd = Command::new(python);
    cmd.arg("-c")
        .arg(RUNNER)
        .arg(file)
        .arg(&out_path)
        .arg(CAP.to_string())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let result = super::run(cmd, stdin, timeout);
    let text = std::fs::read_to_string(&out_path);
    let _ = std::fs::remove_file(&out_path);
    result.map_err(|e| format!("{}: {e}", python.display()))?;
    let text =
        text.map_err(|e| format!("{} did not record the line events: {e}", python.display()))?;
    Ok(text.lines().map(String::from).collect())
}

/// Writes `EVENT CO_NAME LINENO` for the events of the program's own code,
/// with the line CPython's `f_lineno` would give.
pub struct Recorder {
    filename: Rc<str>,
    /// `f_lineno` of each frame on the frame stack.
    lines: Vec<i64>,
    events: Rc<RefCell<Vec<String>>>,
    cap: usize,
}

impl Recorder {
    /// A recorder of the events of `filename`'s code, at most `cap`, and
    /// where they are written.
    pub fn new(filename: Rc<str>, cap: usize) -> (Recorder, Rc<RefCell<Vec<String>>>) {
        let events = Rc::new(RefCell::new(Vec::new()));
        let recorder = Recorder {
            filename,
            lines: Vec::new(),
            events: events.clone(),
            cap,
        };
        (recorder, events)
    }

    fn record(&self, event: &str, name: &str, filename: &str, line: i64) {
        let mut events = self.events.borrow_mut();
        if filename == &*self.filename && events.len() < self.cap {
            events.push(format!("{event} {name} {line}"));
        }
    }
}

impl Tracer for Recorder {
    fn event(&mut self, vm: &mut Vm, _step: u64, event: &Event) -> PyResult<Flow> {
        let depth = vm.frames.len();
        match event {
            Event::Return { code, depth, .. } => {
                let line = self.lines.get(depth - 1).copied().unwrap_or(0);
                self.lines.truncate(depth - 1);
                self.record("return", code.name(), &code.code.filename, line);
                return Ok(Flow::Continue);
            }
            Event::Instruction => return Ok(Flow::Continue),
            _ => {}
        }
        let Some(frame) = vm.frames.last() else {
            return Ok(Flow::Continue);
        };
        let code = &frame.code;
        self.lines.resize(depth, 0);
        let (kind, line) = match event {
            Event::Call if frame.pc == 0 => ("call", i64::from(code.code.firstlineno)),
            Event::Call => ("call", code.code.addr_to_line(frame.lasti)),
            Event::Line => ("line", code.code.addr_to_line(frame.pc)),
            _ => ("exception", self.lines[depth - 1]),
        };
        self.lines[depth - 1] = line;
        self.record(kind, code.name(), &code.code.filename, line);
        Ok(Flow::Continue)
    }
}

fn glasspy_events(
    file: &str,
    python: &Path,
    args: &[String],
    stdin: &[u8],
) -> Result<Vec<String>, String> {
    let (file, python) = (file.to_string(), python.to_string_lossy().into_owned());
    let mut argv = vec![file.clone()];
    argv.extend(args.iter().cloned());
    let stdin = stdin.to_vec();
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || -> Result<Vec<String>, String> {
            let program =
                crate::loader::load_program(&file, Some(&python)).map_err(|e| e.to_string())?;
            let (recorder, events) = Recorder::new(program.code.filename.clone(), CAP);
            crate::vm::pythonrun::run_captured_traced(
                program.code,
                argv,
                stdin,
                None,
                Some(Box::new(recorder)),
            );
            let events = events.borrow().clone();
            Ok(events)
        })
        .map_err(|e| format!("cannot start the virtual machine: {e}"))?;
    worker
        .join()
        .map_err(|_| "the virtual machine stopped unexpectedly".to_string())?
}

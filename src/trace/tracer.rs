//! The tracer behind `glasspy trace`: it follows the VM's events
//! (`src/vm/tracing.rs`), filters them, and writes each as a line of text
//! or as a JSON object (`docs/trace-format.md`).
//!
//! An `instruction` event is written once the instruction has run, so that
//! it can show the value stack after it: the VM reports an instruction
//! before running it, and the tracer keeps it pending until the next event.
//! If that event is the `call` of a new frame (the instruction called
//! Python code), the instruction is written first, with its frame's stack
//! as it is while the callee runs; if the frame ended with it (a return, a
//! yield, an exception leaving), there is no stack after it to show.

use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::objects::object::Value;
use crate::vm::code::CodeObject;
use crate::vm::describe::{safe_repr, safe_repr_into, write_operands};
use crate::vm::frame::Frame;
use crate::vm::tracing::{Event, Flow, Tracer};
use crate::vm::{PyErr, PyResult, Vm};

use super::sink::{escape_from, json_escape, json_string, pad, write_i64, write_u64, Sink};
use super::sites::{Reprs, Sites};
use super::summary::Summary;

/// How the trace is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Format {
    /// One line per event, indented by frame depth, for people
    Text,
    /// One JSON object per line and per event, for programs
    Jsonl,
}

/// What to trace and how.
#[derive(Clone, Debug)]
pub struct Options {
    pub format: Format,
    /// Only frames of functions with this name, and what they call.
    pub function: Option<String>,
    /// Only events on these lines of the program's own file.
    pub lines: Option<(i64, i64)>,
    /// Stop tracing after this many instructions are written.
    pub max_steps: Option<u64>,
    /// Show the value stack after each instruction.
    pub stack: bool,
    /// Write the counts at the end.
    pub summary: bool,
}

/// How often (in events) a JSON trace reads the clock for `time`.
const CLOCK_EVERY: u64 = 8;

/// An instruction reported before it runs, waiting for its stack after:
/// its event is written up to the stack, which is added once the next event
/// comes.
struct Pending {
    depth: usize,
    /// Where the event's text starts in the buffer (after the indentation).
    start: usize,
}

/// The line range of the last instruction seen at one frame depth.
#[derive(Clone, Copy, Default)]
struct LineCache {
    code: usize,
    lower: usize,
    upper: usize,
    line: i64,
}

/// The state of a trace; shared between the VM (through [`Handle`]) and
/// the command that finishes it.
pub struct TraceWriter {
    opts: Options,
    sink: Sink,
    /// `co_filename` of the program's module code, for `--lines`.
    main_file: Rc<str>,
    started: Instant,
    /// Microseconds since the Unix epoch when the trace started.
    epoch_us: u64,
    /// The time of the last reading of the clock, in microseconds since
    /// the epoch (read every [`CLOCK_EVERY`] events).
    clock_us: u64,
    /// `clock_us` as the `time` field shows it.
    time_text: String,
    seq: u64,
    pending: Option<Pending>,
    /// With `--function`: the depth of the frame of that name being traced.
    active: Option<usize>,
    /// Instructions written.
    written: u64,
    /// A frame of the `--function` function ran.
    function_ran: bool,
    /// Tracing ended early (`--max-steps`, or the output failed).
    pub stopped: bool,
    pub summary: Summary,
    lines: Vec<LineCache>,
    sites: Sites,
    reprs: Reprs,
    /// The lines of each source file read (by `co_filename` object).
    sources: Vec<(Rc<str>, Option<Vec<String>>)>,
}

/// The tracer the VM holds: a handle on the shared [`TraceWriter`].
pub struct Handle(pub Rc<std::cell::RefCell<TraceWriter>>);

impl Tracer for Handle {
    fn event(&mut self, vm: &mut Vm, _step: u64, event: &Event) -> PyResult<Flow> {
        Ok(self.0.borrow_mut().event(vm, event))
    }
}

impl TraceWriter {
    pub fn new(opts: Options, sink: Sink, main_file: Rc<str>) -> TraceWriter {
        let epoch_us = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as u64);
        TraceWriter {
            opts,
            sink,
            main_file,
            started: Instant::now(),
            epoch_us,
            clock_us: epoch_us,
            time_text: String::new(),
            seq: 0,
            pending: None,
            active: None,
            written: 0,
            function_ran: false,
            stopped: false,
            summary: Summary::default(),
            lines: Vec::new(),
            sites: Sites::default(),
            reprs: Reprs::default(),
            sources: Vec::new(),
        }
    }

    fn event(&mut self, vm: &Vm, event: &Event) -> Flow {
        if self.stopped {
            return Flow::Detach;
        }
        if let Some(p) = self.pending.take() {
            let after = match event {
                Event::Return { .. } => None,
                _ => vm.frames.get(p.depth - 1).map(|f| (vm, f)),
            };
            self.end_instruction(&p, after);
            if self.opts.max_steps.is_some_and(|n| self.written >= n) {
                self.stop("max-steps");
                return Flow::Detach;
            }
        }
        let depth = vm.frames.len();
        match event {
            Event::Call => {
                let Some(frame) = vm.frames.last() else {
                    return Flow::Continue;
                };
                if self.active.is_none()
                    && self
                        .opts
                        .function
                        .as_deref()
                        .is_some_and(|f| f == frame.code.name())
                {
                    self.active = Some(depth);
                    self.function_ran = true;
                }
                let line = if frame.pc == 0 {
                    i64::from(frame.code.code.firstlineno)
                } else {
                    frame.code.code.addr_to_line(frame.lasti)
                };
                if self.shown(depth, &frame.code, line) {
                    self.write_call(vm, depth, line);
                }
            }
            Event::Line => {
                let Some(frame) = vm.frames.last() else {
                    return Flow::Continue;
                };
                let line = self.line_of(depth, &frame.code, frame.pc);
                if self.shown(depth, &frame.code, line) {
                    self.write_line(depth, &frame.code, line, frame.pc);
                }
            }
            Event::Instruction => {
                let Some(frame) = vm.frames.last() else {
                    return Flow::Continue;
                };
                if !self.in_function(depth) {
                    return Flow::Continue;
                }
                // The line is written from the instruction's site; it is
                // looked up only for `--lines`.
                let shown = self.opts.lines.is_none() || {
                    let line = self.line_of(depth, &frame.code, frame.pc);
                    self.shown(depth, &frame.code, line)
                };
                if shown {
                    self.begin_instruction(vm, frame, depth);
                }
            }
            Event::Return {
                code,
                depth,
                offset,
                value,
                yielded,
            } => {
                let line = code.code.addr_to_line(*offset);
                if self.shown(*depth, code, line) {
                    self.write_return(vm, *depth, code, line, *offset, *value, *yielded);
                }
                if self.active == Some(*depth) {
                    self.active = None;
                }
            }
            Event::Exception { err, caught } => {
                let Some(frame) = vm.frames.last() else {
                    return Flow::Continue;
                };
                let line = frame.code.code.addr_to_line(frame.lasti);
                if self.shown(depth, &frame.code, line) {
                    self.write_exception(vm, depth, &frame.code, line, frame.lasti, err, *caught);
                }
            }
        }
        if self.sink.error.is_some() {
            self.stopped = true;
            return Flow::Detach;
        }
        Flow::Continue
    }

    /// Whether `--function` lets events at `depth` through.
    #[inline]
    fn in_function(&self, depth: usize) -> bool {
        self.opts.function.is_none() || self.active.is_some_and(|base| depth >= base)
    }

    /// Whether an event at `depth` in `code` on `line` is written.
    #[inline]
    fn shown(&self, depth: usize, code: &CodeObject, line: i64) -> bool {
        self.in_function(depth)
            && self.opts.lines.is_none_or(|(lo, hi)| {
                line >= lo && line <= hi && *code.code.filename == *self.main_file
            })
    }

    /// The line of `offset` in `code`, cached per frame depth.
    #[inline]
    fn line_of(&mut self, depth: usize, code: &CodeObject, offset: usize) -> i64 {
        if self.lines.len() < depth {
            self.lines.resize(depth, LineCache::default());
        }
        let key = Rc::as_ptr(&code.code) as usize;
        let c = &mut self.lines[depth - 1];
        if c.code != key || offset < c.lower || offset >= c.upper {
            let (line, lower, upper) = code.code.line_bounds(offset);
            *c = LineCache {
                code: key,
                lower,
                upper,
                line,
            };
        }
        c.line
    }

    /// The indentation depth shown: frames below the traced function are
    /// not counted.
    fn indent(&self, depth: usize) -> usize {
        depth.saturating_sub(self.active.unwrap_or(1))
    }

    /// The start of a JSON event, to its `depth`.
    fn json_start(&mut self, kind: &str, depth: usize) {
        self.seq += 1;
        // Reading the clock costs as much as writing an event: it is read
        // every few events, well within a microsecond at trace speed.
        if self.seq % CLOCK_EVERY == 1 {
            let micros = self.epoch_us + self.started.elapsed().as_micros() as u64;
            if micros != self.clock_us || self.time_text.is_empty() {
                self.clock_us = micros;
                self.time_text.clear();
                write_u64(&mut self.time_text, micros / 1_000_000);
                self.time_text.push('.');
                let fraction = micros % 1_000_000;
                pad_zeros(&mut self.time_text, fraction);
            }
        }
        let out = self.sink.buf();
        out.push_str("{\"seq\":");
        write_u64(out, self.seq);
        out.push_str(",\"time\":");
        out.push_str(&self.time_text);
        out.push_str(",\"event\":\"");
        out.push_str(kind);
        out.push_str("\",\"depth\":");
        write_u64(out, depth as u64);
    }

    /// The common start of a JSON event other than `instruction`.
    fn json_head(&mut self, kind: &str, depth: usize, code: &CodeObject, line: i64, offset: usize) {
        self.json_start(kind, depth);
        let out = self.sink.buf();
        out.push_str(self.sites.json_names(&code.code));
        out.push_str(",\"line\":");
        write_i64(out, line);
        out.push_str(",\"offset\":");
        write_u64(out, offset as u64);
    }

    fn text_indent(&mut self, depth: usize) {
        let n = self.indent(depth) * 2;
        pad(self.sink.buf(), n);
    }

    fn end(&mut self) {
        self.sink.buf().push('\n');
        self.sink.end_event();
    }

    /// Writes an instruction's event up to its stack, before it runs: its
    /// operands are the values it is about to use.
    fn begin_instruction(&mut self, vm: &Vm, frame: &Frame, depth: usize) {
        if self.opts.format == Format::Jsonl {
            self.json_start("instruction", depth);
        } else {
            self.text_indent(depth);
        }
        let site = self.sites.get(&frame.code.code, frame.pc);
        if self.opts.summary {
            self.summary.count(&frame.code, site.opcode, depth);
        }
        let out = self.sink.buf();
        let start = out.len();
        match self.opts.format {
            Format::Text => {
                out.push_str(&site.text);
                let operands = out.len();
                if !write_operands(out, vm, frame, site.opcode, site.arg, site.jump) {
                    out.truncate(operands);
                    out.push_str(&site.argrepr);
                }
                if out.len() == operands {
                    match site.arg {
                        Some(arg) => write_u64(out, arg),
                        None => out.truncate(start + site.text_bare),
                    }
                }
            }
            Format::Jsonl => {
                out.push_str(&site.json);
                let operands = out.len();
                if write_operands(out, vm, frame, site.opcode, site.arg, site.jump) {
                    escape_from(out, operands);
                } else {
                    out.truncate(operands);
                    json_escape(out, &site.argrepr);
                }
                out.push('"');
            }
        }
        self.pending = Some(Pending { depth, start });
    }

    /// Ends the event of the instruction that ran last with the stack of
    /// its frame, if the frame is still there.
    fn end_instruction(&mut self, p: &Pending, after: Option<(&Vm, &Frame)>) {
        self.written += 1;
        if let (Some((_, f)), true) = (after, self.opts.summary) {
            self.summary.see_stack(&f.code, f.stack.len());
        }
        let stack = after.map(|(vm, f)| (vm, f.stack.as_slice()));
        let reprs = &mut self.reprs;
        let out = self.sink.buf();
        match self.opts.format {
            Format::Text => {
                if let Some((vm, stack)) = stack.filter(|_| self.opts.stack) {
                    let used = out.len() - p.start;
                    pad(out, 60usize.saturating_sub(used).max(2));
                    out.push('[');
                    for (i, v) in stack.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        reprs.push(out, vm, v, false);
                    }
                    out.push(']');
                }
            }
            Format::Jsonl => {
                if self.opts.stack {
                    out.push_str(",\"stack\":");
                    match stack {
                        Some((vm, stack)) => {
                            out.push('[');
                            for (i, v) in stack.iter().enumerate() {
                                if i > 0 {
                                    out.push(',');
                                }
                                out.push('"');
                                reprs.push(out, vm, v, true);
                                out.push('"');
                            }
                            out.push(']');
                        }
                        None => out.push_str("null"),
                    }
                }
                out.push('}');
            }
        }
        self.end();
    }

    fn write_call(&mut self, vm: &Vm, depth: usize, line: i64) {
        let frame = vm.frames.last().expect("a frame");
        let code = frame.code.clone();
        self.summary.calls += 1;
        self.summary.see_depth(depth);
        match self.opts.format {
            Format::Text => {
                self.text_indent(depth);
                let out = self.sink.buf();
                out.push_str("call ");
                out.push_str(code.name());
                if frame.pc == 0 && code.code.flags & 0x0002 != 0 {
                    // A new frame of a function: its arguments.
                    let n = usize::try_from(code.code.argcount).unwrap_or(0);
                    out.push('(');
                    let mut first = true;
                    for i in 0..n {
                        let (Some(name), Some(Some(v))) =
                            (code.code.varnames.get(i), frame.fast.get(i))
                        else {
                            continue;
                        };
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        out.push_str(name);
                        out.push('=');
                        safe_repr_into(out, vm, v, 40);
                    }
                    out.push(')');
                } else if frame.pc != 0 {
                    out.push_str(" (resumed)");
                }
                out.push_str(" at ");
                out.push_str(&code.code.filename);
                out.push(':');
                write_i64(out, line);
            }
            Format::Jsonl => {
                self.json_head("call", depth, &code, line, frame.pc);
                self.sink.buf().push('}');
            }
        }
        self.end();
    }

    fn write_line(&mut self, depth: usize, code: &Rc<CodeObject>, line: i64, offset: usize) {
        match self.opts.format {
            Format::Text => {
                self.text_indent(depth);
                let source = source_line(&mut self.sources, &code.code.filename, line);
                let out = self.sink.buf();
                out.push_str("line ");
                write_i64(out, line);
                if let Some(s) = source {
                    out.push_str(": ");
                    out.push_str(s);
                }
            }
            Format::Jsonl => {
                self.json_head("line", depth, code, line, offset);
                self.sink.buf().push('}');
            }
        }
        self.end();
    }

    #[allow(clippy::too_many_arguments)]
    fn write_return(
        &mut self,
        vm: &Vm,
        depth: usize,
        code: &Rc<CodeObject>,
        line: i64,
        offset: usize,
        value: Option<&Value>,
        yielded: bool,
    ) {
        match self.opts.format {
            Format::Text => {
                self.text_indent(depth);
                let out = self.sink.buf();
                match value {
                    Some(v) => {
                        out.push_str(if yielded { "yield " } else { "return " });
                        self.reprs.push(out, vm, v, false);
                        out.push_str(" from ");
                    }
                    None => out.push_str("return (exception) from "),
                }
                out.push_str(code.name());
            }
            Format::Jsonl => {
                self.json_head("return", depth, code, line, offset);
                let out = self.sink.buf();
                out.push_str(",\"value\":");
                match value {
                    Some(v) => {
                        out.push('"');
                        self.reprs.push(out, vm, v, true);
                        out.push('"');
                    }
                    None => out.push_str("null"),
                }
                out.push_str(",\"yielded\":");
                out.push_str(if yielded { "true" } else { "false" });
                out.push('}');
            }
        }
        self.end();
    }

    #[allow(clippy::too_many_arguments)]
    fn write_exception(
        &mut self,
        vm: &Vm,
        depth: usize,
        code: &Rc<CodeObject>,
        line: i64,
        offset: usize,
        err: &PyErr,
        caught: bool,
    ) {
        self.summary.exceptions += 1;
        let (kind, message) = exception_text(vm, err);
        match self.opts.format {
            Format::Text => {
                self.text_indent(depth);
                let out = self.sink.buf();
                out.push_str("exception ");
                out.push_str(&kind);
                if !message.is_empty() {
                    out.push_str(": ");
                    out.push_str(&message);
                }
                if caught {
                    out.push_str(" (caught in ");
                } else {
                    out.push_str(" (leaves ");
                }
                out.push_str(code.name());
                out.push(')');
            }
            Format::Jsonl => {
                self.json_head("exception", depth, code, line, offset);
                let out = self.sink.buf();
                out.push_str(",\"type\":");
                json_string(out, &kind);
                out.push_str(",\"message\":");
                json_string(out, &message);
                out.push_str(",\"caught\":");
                out.push_str(if caught { "true" } else { "false" });
                out.push('}');
            }
        }
        self.end();
    }

    /// Ends the trace early, saying why in a text trace.
    fn stop(&mut self, why: &str) {
        self.stopped = true;
        if self.opts.format == Format::Text {
            let out = self.sink.buf();
            out.push_str("... tracing stopped after ");
            write_u64(out, self.written);
            out.push_str(" instructions (--");
            out.push_str(why);
            out.push_str("); the program ran on untraced\n");
        }
    }

    /// Writes the summary if asked for, and everything still buffered.
    pub fn finish(&mut self) {
        // An instruction still waiting ended the run (nothing came after).
        if let Some(p) = self.pending.take() {
            self.end_instruction(&p, None);
        }
        if let (Some(name), false, Format::Text) =
            (&self.opts.function, self.function_ran, self.opts.format)
        {
            let note = format!("... no frame of a function named {name} ran\n");
            self.sink.buf().push_str(&note);
        }
        if self.opts.summary {
            let seq = self.seq + 1;
            let micros = self.epoch_us + self.started.elapsed().as_micros() as u64;
            let stopped = self.stopped;
            match self.opts.format {
                Format::Text => self.summary.write_text(self.sink.buf(), stopped),
                Format::Jsonl => self
                    .summary
                    .write_json(self.sink.buf(), seq, micros, stopped),
            }
        }
        self.sink.flush();
    }

    /// The write error that ended the trace, if any.
    pub fn error(&self) -> Option<&std::io::Error> {
        self.sink.error.as_ref()
    }
}

/// Appends `n` (below a million) as six digits, with leading zeros.
fn pad_zeros(out: &mut String, n: u64) {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    out.push_str(&"000000"[digits.len().min(6)..]);
    out.push_str(digits);
}

/// The exception's type name and its message as `BaseException.__str__`
/// makes it from the arguments (without running the program's code).
fn exception_text(vm: &Vm, err: &PyErr) -> (String, String) {
    let kind = match (&err.typ, &err.value) {
        (Value::Type(t), _) => t.name(),
        (_, Value::Instance(i)) => i.class.borrow().name(),
        (other, _) => safe_repr(vm, other, 40),
    };
    let as_str = |v: &Value| match v {
        Value::Str(s) => s.to_text().into_owned(),
        other => safe_repr(vm, other, 200),
    };
    let message = match &err.value {
        Value::None => String::new(),
        Value::Instance(_) => {
            let args = crate::objects::exceptions::args_of(&err.value);
            match args.as_slice() {
                [] => String::new(),
                [one] => as_str(one),
                _ => safe_repr(vm, &Value::tuple(args), 200),
            }
        }
        Value::Tuple(t) if t.items.len() == 1 => as_str(&t.items[0]),
        other => as_str(other),
    };
    (kind, message)
}

/// Line `line` of the source file `file`, stripped (as `linecache`
/// would find it), if the file can be read.
fn source_line<'a>(
    sources: &'a mut Vec<(Rc<str>, Option<Vec<String>>)>,
    file: &Rc<str>,
    line: i64,
) -> Option<&'a str> {
    // Few files, and most lines are in the file of the line before.
    let at = match sources.iter().position(|(f, _)| Rc::ptr_eq(f, file)) {
        Some(at) => at,
        None => {
            let lines = std::fs::read(&**file).ok().map(|data| {
                String::from_utf8_lossy(&data)
                    .lines()
                    .map(|l| l.trim().to_string())
                    .collect()
            });
            sources.push((file.clone(), lines));
            sources.len() - 1
        }
    };
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    sources[at]
        .1
        .as_ref()?
        .get(index)
        .filter(|s| !s.is_empty())
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Traces the first instructions of every bundled and corpus program
    /// in both formats: every instruction the corpus reaches is described
    /// without a panic, and every JSON event is one line.
    #[test]
    fn traces_every_program() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        for dir in ["programs", "tests/programs"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "pyc") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        let mut traced = 0;
        for path in paths {
            let data = std::fs::read(&path).unwrap();
            let Ok(pyc) = crate::marshal::load_pyc(&data) else {
                continue;
            };
            for format in [Format::Text, Format::Jsonl] {
                let opts = Options {
                    format,
                    function: None,
                    lines: None,
                    max_steps: Some(5_000),
                    stack: true,
                    summary: false,
                };
                let out = SharedBuf::default();
                let sink = Sink::new(Box::new(out.clone()), false);
                let writer = Rc::new(std::cell::RefCell::new(TraceWriter::new(
                    opts,
                    sink,
                    pyc.code.filename.clone(),
                )));
                crate::vm::pythonrun::run_captured_traced(
                    pyc.code.clone(),
                    vec![path.to_string_lossy().into_owned()],
                    Vec::new(),
                    Some(20_000),
                    Some(Box::new(Handle(writer.clone()))),
                );
                writer.borrow_mut().finish();
                let text = String::from_utf8(out.0.borrow().clone()).expect("UTF-8 trace");
                if format == Format::Jsonl {
                    for line in text.lines() {
                        assert!(
                            line.starts_with("{\"seq\":") && line.ends_with('}'),
                            "{line}"
                        );
                    }
                }
                traced += text.lines().count();
            }
        }
        assert!(traced > 100_000, "only {traced} events");
    }

    #[derive(Clone, Default)]
    struct SharedBuf(Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for SharedBuf {
        fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(data);
            Ok(data.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
}

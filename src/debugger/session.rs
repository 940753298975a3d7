//! One run of the debugged program: a tracer that decides where to stop
//! (`Lib/bdb.py`'s role), what a stop shows, and the commands read there.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::commands;
use super::expr;
use super::input::{self, Commands};
use super::plan::{BreakKind, Breakpoint, Plan, Target};
use crate::allocator::aside;
use crate::builtins::fileobject::Stream;
use crate::code::Code;
use crate::objects::object::Value;
use crate::vm::describe::{describe_next, safe_repr};
use crate::vm::frame::{BlockKind, Frame};
use crate::vm::tracing::{Event, Flow, Tracer};
use crate::vm::{replay, PyErr, PyResult, Vm};

/// Runs the program under the debugger in this (child) process and hands
/// the plan for the next run to the parent through `write_fd`; never
/// returns.
pub fn run(
    image: Vec<u8>,
    argv: Vec<String>,
    python: Option<String>,
    plan: Plan,
    write_fd: i32,
) -> ! {
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            // First of all, so that every run allocates the program's
            // objects alike from an untouched heap.
            crate::allocator::separate_program_heap();
            match crate::marshal::load_pyc(&image) {
                Ok(pyc) => run_session(pyc.code, argv, python, plan, write_fd),
                Err(e) => eprintln!("glasspy: cannot read the program again: {e}"),
            }
        });
    match worker.map(|h| h.join()) {
        Ok(Ok(())) => {}
        _ => eprintln!("glasspy: the debugger stopped unexpectedly"),
    }
    handoff(write_fd, None)
}

/// Writes the next plan (or none) for the parent, and ends this process.
fn handoff(write_fd: i32, plan: Option<&Plan>) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    if let Some(plan) = plan {
        super::write_all(write_fd, plan.encode().as_bytes());
    }
    // SAFETY: ends the process at once; its parent reads the plan.
    unsafe {
        libc::close(write_fd);
        libc::_exit(0)
    }
}

fn run_session(
    code: Rc<Code>,
    argv: Vec<String>,
    python: Option<String>,
    plan: Plan,
    write_fd: i32,
) {
    // The debugger's own state is kept aside: what it holds differs from
    // run to run, the program's allocations must not.
    aside(|| replay::start(plan.inputs.clone()));
    let mut vm = Vm::new(argv);
    vm.python27 = python;
    if let Some(Value::File(stdin)) = vm.sys.dict.get_str("stdin") {
        *stdin.stream.borrow_mut() = Stream::Stdin(input::program_stdin());
    }
    let session = aside(|| new_session(&code, plan, write_fd));
    vm.set_tracer(Box::new(Debugger(session.clone())));
    let status = vm.run_module(code);
    vm.stdout.flush();
    vm.stderr.flush();
    let mut s = session.borrow_mut();
    aside(|| s.finished(&mut vm, status));
}

fn new_session(code: &Code, plan: Plan, write_fd: i32) -> Rc<RefCell<Session>> {
    let interrupt = Arc::new(AtomicBool::new(false));
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupt.clone());
    let commands = Commands::new(plan.pending_commands.clone(), plan.settings.echo);
    let mode = match plan.target {
        Target::Start => Mode::Replay(1),
        Target::Step(n) => Mode::Replay(n.max(1)),
        Target::Exception(n) => Mode::ReplayException(n),
    };
    let mut code_names = Vec::new();
    collect_code_names(code, &mut code_names);
    let mut main_lines = Vec::new();
    collect_line_starts(code, &mut main_lines);
    main_lines.sort_unstable();
    main_lines.dedup();
    let session = Rc::new(RefCell::new(Session {
        main_file: code.filename.to_string(),
        code_names,
        main_lines,
        has_offset_breaks: false,
        plan,
        commands,
        mode,
        step: 0,
        last_event_step: 0,
        skipped_until: 0,
        pending_stop: None,
        lines: Vec::new(),
        break_steps: Vec::new(),
        exceptions: Vec::new(),
        call_steps: Vec::new(),
        last_shown: None,
        selected: 0,
        interrupt,
        write_fd,
        returned: None,
        muted: false,
        sources: HashMap::new(),
        list_next: None,
        at_exception: false,
    }));
    session.borrow_mut().update_breaks();
    session
}

/// Marks a command the debugger gives itself (run without being echoed).
pub const SILENT: char = '\u{1}';

/// How the program runs until the next stop.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// Silently up to instruction N (a new run going to where it was sent).
    Replay(u64),
    /// Silently up to the first exception raised in instruction N.
    ReplayException(u64),
    /// Up to instruction N.
    StepInstr(u64),
    NextInstr {
        depth: usize,
        left: u64,
    },
    Step {
        depth: usize,
    },
    Next {
        depth: usize,
    },
    Finish {
        depth: usize,
    },
    Until {
        depth: usize,
        line: i64,
    },
    Continue,
}

struct Session {
    plan: Plan,
    commands: Commands,
    mode: Mode,
    /// The instruction about to run (counted from 1), as of the last
    /// instruction event.
    step: u64,
    /// The step number of the last event of any kind.
    last_event_step: u64,
    /// Instructions up to this one ran without events (`Flow::Skip`): the
    /// history of lines and calls lacks them.
    skipped_until: u64,
    /// A stop (and why) for the next instruction event.
    pending_stop: Option<String>,
    /// Every line event so far: step and frame depth.
    lines: Vec<(u64, usize)>,
    /// The steps where a breakpoint matched.
    break_steps: Vec<u64>,
    /// Every exception event: step and the exception's identity.
    exceptions: Vec<(u64, usize)>,
    /// For each frame depth, the step its run began at.
    call_steps: Vec<u64>,
    /// The code and line of the last source line shown.
    last_shown: Option<(usize, u32, i64)>,
    /// The frame `up`/`down` selected (an index into the frame stack).
    selected: usize,
    interrupt: Arc<AtomicBool>,
    write_fd: i32,
    /// What the frame `finish` waited for returned.
    returned: Option<String>,
    muted: bool,
    sources: HashMap<String, Option<Vec<String>>>,
    /// Where `list` goes on.
    list_next: Option<i64>,
    /// Stopped at an exception being raised (its instruction is `lasti`).
    at_exception: bool,
    has_offset_breaks: bool,
    /// The program's file, for breakpoints given by line alone.
    main_file: String,
    /// The names of the program's code objects.
    code_names: Vec<String>,
    /// The lines of the program's file where code starts.
    main_lines: Vec<i64>,
}

fn collect_line_starts(code: &Code, lines: &mut Vec<i64>) {
    lines.extend(code.line_starts().into_iter().map(|(_, line)| line));
    for c in code.nested_code() {
        collect_line_starts(c, lines);
    }
}

fn collect_code_names(code: &Code, names: &mut Vec<String>) {
    names.push(code.name.to_string());
    for c in code.nested_code() {
        collect_code_names(c, names);
    }
}

/// The tracer the VM calls; the session behind it.
struct Debugger(Rc<RefCell<Session>>);

impl Tracer for Debugger {
    fn event(&mut self, vm: &mut Vm, step: u64, event: &Event) -> PyResult<Flow> {
        let mut session = self.0.borrow_mut();
        if matches!(event, Event::Instruction) {
            // The common case allocates nothing; stops switch heaps themselves.
            session.event(vm, step, event);
        } else {
            aside(|| session.event(vm, step, event));
        }
        let flow = session.flow(vm, step);
        if let Flow::Skip(n) = flow {
            session.skipped_until = session.skipped_until.max(step + n);
        }
        Ok(flow)
    }
}

/// What a command asks of the program.
enum Resume {
    /// Run on in the current mode.
    Go,
    /// Stay stopped and read another command.
    Stay,
}

impl Session {
    /// How many instruction events the session can do without: the loop
    /// runs them at nearly full speed. Line, call, return and exception
    /// events still come; every answer is given afresh.
    fn flow(&self, vm: &Vm, step: u64) -> Flow {
        // Ctrl-C is looked at when an event comes: at least this often.
        const MOST: u64 = 1 << 16;
        if self.has_offset_breaks || self.pending_stop.is_some() {
            return Flow::Continue;
        }
        let quiet = match self.mode {
            // To be told of instruction N, skip those before it.
            Mode::Replay(n) | Mode::StepInstr(n) => n.saturating_sub(step + 1),
            Mode::ReplayException(n) => n.saturating_sub(step),
            Mode::NextInstr { .. } => 0,
            Mode::Step { depth: d }
            | Mode::Next { depth: d }
            | Mode::Finish { depth: d }
            | Mode::Until { depth: d, .. } => {
                if vm.frames.len() < d {
                    0
                } else {
                    MOST
                }
            }
            Mode::Continue => MOST,
        };
        // The output of the instruction after the ones already shown must
        // be heard again: the muting ends there.
        let unmute_at = self.plan.shown_through.saturating_add(1);
        let quiet = if step < unmute_at {
            quiet.min(unmute_at - step - 1)
        } else {
            quiet
        };
        // `stepi N` with nothing to watch for needs no event on the way:
        // the instructions run at full speed (the history of lines and
        // calls the reverse commands use is then gathered when needed).
        let nothing_to_watch =
            !self.plan.settings.catch && !self.plan.breakpoints.iter().any(|b| b.enabled);
        match quiet.min(MOST) {
            0 => Flow::Continue,
            n if nothing_to_watch && matches!(self.mode, Mode::StepInstr(_)) => Flow::Skip(n),
            n => Flow::Quiet(n),
        }
    }

    fn replaying(&self) -> bool {
        matches!(self.mode, Mode::Replay(_) | Mode::ReplayException(_))
    }

    fn update_breaks(&mut self) {
        self.has_offset_breaks = self
            .plan
            .breakpoints
            .iter()
            .any(|b| b.enabled && matches!(b.kind, BreakKind::Offset { .. }));
    }

    fn event(&mut self, vm: &mut Vm, step: u64, event: &Event) {
        let depth = vm.frames.len();
        self.last_event_step = step;
        // Output already shown by an earlier run is not shown again (every
        // event can change this: instruction events may be skipped).
        // A call or return event carries the number of the instruction to
        // come, but happens during the one before.
        let during = match event {
            Event::Call | Event::Return { .. } => step.saturating_sub(1),
            _ => step,
        };
        let muted = during <= self.plan.shown_through;
        if muted != self.muted {
            self.muted = muted;
            replay::set_muted(muted);
        }
        match event {
            Event::Instruction => self.instruction(vm, step, depth),
            Event::Line => {
                self.lines.push((step, depth));
                let frame = vm.frames.last().expect("a frame");
                let line = frame.code.code.addr_to_line(frame.pc);
                let file = frame.code.code.filename.to_string();
                if let Some(n) = self.matching_break(|k| match k {
                    BreakKind::Line { file: f, line: l } => *l == line && same_file(f, &file),
                    _ => false,
                }) {
                    self.hit_break(vm, step, n);
                }
                let want = match self.mode {
                    Mode::Step { .. } => true,
                    Mode::Next { depth: d } => depth <= d,
                    Mode::Until { depth: d, line: l } => depth < d || (depth == d && line > l),
                    _ => false,
                };
                if want && self.pending_stop.is_none() {
                    self.pending_stop = Some(String::new());
                }
            }
            Event::Call => {
                self.call_steps.resize(depth, 0);
                self.call_steps[depth - 1] = step;
                let frame = vm.frames.last().expect("a frame");
                if frame.pc == 0 {
                    let name = frame.code.name().to_string();
                    if let Some(n) = self.matching_break(
                        |k| matches!(k, BreakKind::Function { name: f } if *f == name),
                    ) {
                        self.hit_break(vm, step, n);
                    }
                }
            }
            Event::Return {
                depth: d, value, ..
            } => {
                if let Mode::Finish { depth: f } = self.mode {
                    if *d == f {
                        self.returned = Some(match value {
                            Some(v) => format!("Value returned: {}", safe_repr(vm, v, 200)),
                            None => "The frame ended with an exception.".to_string(),
                        });
                    }
                }
            }
            Event::Exception { err, caught } => self.exception(vm, step, err, *caught),
        }
    }

    /// The number of the first enabled breakpoint of a matching kind.
    fn matching_break(&self, matches: impl Fn(&BreakKind) -> bool) -> Option<u32> {
        self.plan
            .breakpoints
            .iter()
            .find(|b| b.enabled && matches(&b.kind))
            .map(|b| b.number)
    }

    fn hit_break(&mut self, vm: &Vm, step: u64, number: u32) {
        if self.break_steps.last() != Some(&step) {
            self.break_steps.push(step);
        }
        if self.replaying() || self.pending_stop.is_some() {
            return;
        }
        let frame = vm.frames.last().expect("a frame");
        let Some(b) = self
            .plan
            .breakpoints
            .iter_mut()
            .find(|b| b.number == number)
        else {
            return;
        };
        b.hits += 1;
        let what = if b.temporary {
            "Temporary breakpoint"
        } else {
            "Breakpoint"
        };
        self.pending_stop = Some(format!(
            "{what} {number}, {}() at {}:{}",
            frame.code.name(),
            frame.code.code.filename,
            frame.code.code.addr_to_line(frame.pc)
        ));
        if b.temporary {
            self.plan.breakpoints.retain(|b| b.number != number);
            self.update_breaks();
        }
    }

    fn instruction(&mut self, vm: &mut Vm, step: u64, depth: usize) {
        self.step = step;
        if self.has_offset_breaks {
            let frame = vm.frames.last().expect("a frame");
            let (name, file, pc) = (frame.code.name(), &frame.code.code.filename, frame.pc);
            if let Some(n) = self.matching_break(|k| {
                matches!(k, BreakKind::Offset { file: f, name: m, offset }
                    if *offset == pc && m == name && same_file(f, file))
            }) {
                aside(|| self.hit_break(vm, step, n));
            }
        }
        let stop = match &mut self.mode {
            Mode::Replay(n) => step >= *n,
            Mode::ReplayException(n) => step > *n,
            Mode::StepInstr(target) => step >= *target,
            Mode::NextInstr { depth: d, left } => {
                if depth <= *d {
                    *left = left.saturating_sub(1);
                }
                *left == 0
            }
            Mode::Step { depth: d }
            | Mode::Next { depth: d }
            | Mode::Finish { depth: d }
            | Mode::Until { depth: d, .. } => depth < *d,
            Mode::Continue => false,
        };
        let interrupted = self.interrupt.swap(false, Ordering::Relaxed);
        if stop || self.pending_stop.is_some() || interrupted {
            let mut reason = self.pending_stop.take().unwrap_or_default();
            if interrupted {
                reason = "Program received SIGINT (Ctrl-C).".into();
            }
            if let Some(r) = self.returned.take() {
                reason = r;
            }
            self.at_exception = false;
            self.stop(vm, &reason);
        }
    }

    fn exception(&mut self, vm: &mut Vm, step: u64, err: &PyErr, caught: bool) {
        self.exceptions.push((step, err.value.id()));
        if let Mode::ReplayException(n) = self.mode {
            if step == n {
                let notice = std::mem::take(&mut self.plan.notice);
                self.at_exception = true;
                self.stop(vm, &notice);
            }
            return;
        }
        if self.replaying() {
            return;
        }
        let depth = vm.frames.len();
        let uncaught = depth == 1 && !caught && !vm.err_matches(err, &vm.exc.system_exit.clone());
        // Past what was shown already: a run that continues from the
        // post-mortem stop lets the exception end the program.
        if uncaught && step > self.plan.shown_through {
            // Uncaught: go back to where it was raised, post-mortem.
            let id = err.value.id();
            let mut raised = step;
            for &(s, e) in self.exceptions.iter().rev() {
                if e != id {
                    break;
                }
                raised = s;
            }
            let traceback = String::from_utf8_lossy(&vm.format_exception(err)).into_owned();
            self.plan.notice = format!(
                "{traceback}Post-mortem: the program did not catch this exception; stopped where it was raised.\n"
            );
            self.plan.post_mortem = true;
            self.restart(Target::Exception(raised), step + 1);
        }
        if self.plan.settings.catch && err.tb.as_ref().is_some_and(|tb| tb.next.is_none()) {
            let text = exception_line(vm, err);
            self.at_exception = true;
            self.stop(vm, &format!("Exception raised: {text}"));
        }
    }

    /// Hands over to a new run that goes to `target`; `seen` is the
    /// instruction this run reached.
    fn restart(&mut self, target: Target, seen: u64) -> ! {
        let mut plan = self.plan.clone();
        plan.target = target;
        plan.inputs = replay::inputs();
        plan.shown_through = plan.shown_through.max(seen.saturating_sub(1));
        plan.pending_commands = std::mem::take(&mut self.commands.pending);
        handoff(self.write_fd, Some(&plan))
    }

    fn quit(&mut self, status: i32) -> ! {
        let mut plan = self.plan.clone();
        plan.quit = Some(status);
        handoff(self.write_fd, Some(&plan))
    }

    /// The program has ended: only going back, starting again, breakpoints
    /// and leaving make sense now.
    fn finished(&mut self, vm: &mut Vm, status: i32) {
        if self.replaying() {
            // The target lies past the end (the run went another way).
            self.mode = Mode::Continue;
        }
        self.plan.shown_through = u64::MAX;
        end_program_line(vm);
        // After the last instruction (the events after it carry the number
        // the next one would have had).
        let end = self.last_event_step.max(self.step + 1);
        self.say(&format!("The program finished (exit status {status})."));
        loop {
            let Some(line) = self.read_command() else {
                self.quit(status);
            };
            let (name, rest) = match self.parse(&line) {
                Some(p) => p,
                None => continue,
            };
            match name {
                "run" => self.restart_program(),
                "quit" => self.quit(status),
                "help" => print!("{}", commands::help(words(&rest).first().copied())),
                "break" | "tbreak" | "delete" | "disable" | "enable" | "catch" | "set" => {
                    let _ = self.command(vm, name, &rest, end);
                }
                "info" if rest.trim_start().starts_with('b') => {
                    let _ = self.command(vm, name, &rest, end);
                }
                n if n.starts_with("reverse-") => {
                    let _ = self.command(vm, name, &rest, end);
                }
                _ => self.say("The program is not being run."),
            }
        }
    }

    fn restart_program(&mut self) -> ! {
        let mut plan = self.plan.clone();
        plan.target = Target::Start;
        plan.inputs = Vec::new();
        plan.shown_through = 0;
        plan.pending_commands = std::mem::take(&mut self.commands.pending);
        handoff(self.write_fd, Some(&plan))
    }

    fn say(&self, text: &str) {
        if self.plan.settings.color {
            println!("\x1b[35m{text}\x1b[0m");
        } else {
            println!("{text}");
        }
    }

    /// Stops before the current instruction and reads commands until one
    /// resumes the program.
    fn stop(&mut self, vm: &mut Vm, reason: &str) {
        aside(|| self.stop_here(vm, reason));
    }

    fn stop_here(&mut self, vm: &mut Vm, reason: &str) {
        self.mode = Mode::Continue;
        self.pending_stop = None;
        if self.muted {
            self.muted = false;
            replay::set_muted(false);
        }
        self.plan.shown_through = self.plan.shown_through.max(self.step.saturating_sub(1));
        vm.stdout.flush();
        vm.stderr.flush();
        end_program_line(vm);
        self.selected = vm.frames.len().saturating_sub(1);
        self.list_next = None;
        if std::mem::take(&mut self.plan.silent_arrival) {
            // Only here to gather history: the stop was shown already.
        } else {
            if !reason.is_empty() {
                let text = reason.trim_end_matches('\n');
                self.say(text);
            }
            self.show_stop(vm);
        }
        self.refresh_names(vm);
        loop {
            let Some(line) = self.read_command() else {
                self.quit(0);
            };
            let Some((name, rest)) = self.parse(&line) else {
                continue;
            };
            // After an exception stop the raising instruction has begun.
            let here = self.step + u64::from(self.at_exception);
            match self.command(vm, name, &rest, here) {
                Resume::Go => break,
                Resume::Stay => {}
            }
        }
        // The instruction this stop was before runs now: its output is
        // muted if a later run gets here again.
        let muted = self.step <= self.plan.shown_through;
        if muted != self.muted {
            self.muted = muted;
            replay::set_muted(muted);
        }
    }

    fn read_command(&mut self) -> Option<String> {
        let prompt = if self.plan.settings.color {
            "\x1b[1m(glasspy)\x1b[0m "
        } else {
            "(glasspy) "
        };
        let mut line = self.commands.read(prompt)?;
        // A comment (in a command file) does nothing.
        while line.trim_start().starts_with('#') {
            line = self.commands.read(prompt)?;
        }
        let line = line.trim().to_string();
        if line.is_empty() {
            return Some(self.plan.last_command.clone());
        }
        self.plan.last_command = line.clone();
        Some(line)
    }

    /// A command's name and the rest of its line.
    fn parse(&self, line: &str) -> Option<(&'static str, String)> {
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        match commands::resolve(word) {
            Ok(name) => Some((name, rest.trim().to_string())),
            Err(e) => {
                println!("{e}");
                None
            }
        }
    }

    fn count(&self, rest: &str) -> Option<u64> {
        match rest.trim() {
            "" => Some(1),
            n => match n.parse::<u64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    println!("Expected a positive number of instructions, not {n:?}.");
                    None
                }
            },
        }
    }

    fn command(&mut self, vm: &mut Vm, name: &str, rest: &str, here: u64) -> Resume {
        let depth = self.selected + 1;
        match name {
            "stepi" => {
                let Some(n) = self.count(rest) else {
                    return Resume::Stay;
                };
                self.mode = Mode::StepInstr(self.step + n);
                return Resume::Go;
            }
            "nexti" => {
                let Some(n) = self.count(rest) else {
                    return Resume::Stay;
                };
                self.mode = Mode::NextInstr {
                    depth: vm.frames.len(),
                    left: n,
                };
                return Resume::Go;
            }
            "step" => {
                self.mode = Mode::Step {
                    depth: vm.frames.len(),
                };
                return Resume::Go;
            }
            "next" => {
                self.mode = Mode::Next {
                    depth: vm.frames.len(),
                };
                return Resume::Go;
            }
            "finish" => {
                if depth <= 1 {
                    println!("\"finish\" not meaningful in the outermost frame.");
                    return Resume::Stay;
                }
                self.mode = Mode::Finish { depth };
                return Resume::Go;
            }
            "until" => {
                let frame = &vm.frames[vm.frames.len() - 1];
                let current = frame.code.code.addr_to_line(frame.pc);
                let line = match rest.trim() {
                    "" => current,
                    n => match n.parse::<i64>() {
                        Ok(l) => l - 1,
                        Err(_) => {
                            println!("Expected a line number, not {n:?}.");
                            return Resume::Stay;
                        }
                    },
                };
                self.mode = Mode::Until {
                    depth: vm.frames.len(),
                    line,
                };
                return Resume::Go;
            }
            "continue" => {
                self.mode = Mode::Continue;
                return Resume::Go;
            }
            "run" => self.restart_program(),
            "quit" => self.quit(0),
            "reverse-stepi" => {
                let Some(n) = self.count(rest) else {
                    return Resume::Stay;
                };
                let target = here.saturating_sub(n);
                return self.go_back(here, target.max(1));
            }
            "reverse-step" | "reverse-next" | "reverse-finish" | "reverse-continue"
                if self.skipped_until > 0 =>
            {
                // The history has gaps: run again to here gathering it,
                // then do this command there.
                let again = format!("{SILENT}{name} {rest}");
                self.commands.pending.insert(0, again);
                self.plan.silent_arrival = true;
                self.restart(Target::Step(here), here);
            }
            "reverse-step" => {
                let target = self
                    .lines
                    .iter()
                    .rev()
                    .find(|(s, _)| *s < here)
                    .map(|(s, _)| *s);
                return self.go_back(here, target.unwrap_or(1));
            }
            "reverse-next" => {
                let d = vm.frames.len().max(1);
                let target = self
                    .lines
                    .iter()
                    .rev()
                    .find(|(s, dd)| *s < here && *dd <= d)
                    .map(|(s, _)| *s);
                return self.go_back(here, target.unwrap_or(1));
            }
            "reverse-finish" => {
                let d = vm.frames.len();
                if d <= 1 {
                    println!("\"reverse-finish\" not meaningful in the outermost frame.");
                    return Resume::Stay;
                }
                let called = self.call_steps.get(d - 1).copied().unwrap_or(1);
                return self.go_back(here, called.saturating_sub(1).max(1));
            }
            "reverse-continue" => {
                let target = self.break_steps.iter().rev().find(|s| **s < here).copied();
                if target.is_none() && here > 1 {
                    println!("No breakpoint was hit before this point: going back to the start.");
                }
                return self.go_back(here, target.unwrap_or(1));
            }
            "break" | "tbreak" => self.add_break(vm, rest, name == "tbreak"),
            "delete" => {
                if rest.trim().is_empty() {
                    self.plan.breakpoints.clear();
                } else {
                    for n in self.numbers(rest) {
                        self.plan.breakpoints.retain(|b| b.number != n);
                    }
                }
                self.update_breaks();
            }
            "disable" | "enable" => {
                for n in self.numbers(rest) {
                    match self.plan.breakpoints.iter_mut().find(|b| b.number == n) {
                        Some(b) => b.enabled = name == "enable",
                        None => println!("No breakpoint number {n}."),
                    }
                }
                self.update_breaks();
            }
            "catch" => {
                self.plan.settings.catch = rest.trim() != "off";
                println!(
                    "Stopping where exceptions are raised: {}.",
                    if self.plan.settings.catch {
                        "on"
                    } else {
                        "off"
                    }
                );
            }
            "set" => self.set(rest),
            "help" => print!("{}", commands::help(words(rest).first().copied())),
            "info"
                if words(rest)
                    .first()
                    .is_some_and(|t| "breakpoints".starts_with(t)) =>
            {
                self.info_breakpoints()
            }
            _ if vm.frames.is_empty() => self.say("The program is not being run."),
            "stack" => self.show_stack_table(vm),
            "info" => self.info(vm, rest, here),
            "backtrace" => self.backtrace(vm),
            "up" | "down" | "frame" => self.select(vm, name, rest),
            "print" => self.print(vm, rest),
            "list" => self.list(vm, rest),
            "disassemble" => self.disassemble(vm, rest),
            other => println!("{other}: not available here."),
        }
        Resume::Stay
    }

    fn go_back(&mut self, here: u64, target: u64) -> Resume {
        if here <= 1 {
            println!("No more reverse-execution history.");
            return Resume::Stay;
        }
        self.restart(Target::Step(target), here)
    }

    fn numbers(&self, rest: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for w in words(rest) {
            match w.parse() {
                Ok(n) => out.push(n),
                Err(_) => println!("Expected a breakpoint number, not {w:?}."),
            }
        }
        out
    }

    fn set(&mut self, rest: &str) {
        let w = words(rest);
        let value = match w.get(1).copied() {
            Some("on") => true,
            Some("off") => false,
            _ => {
                println!("Usage: set autostack|autodis|color on|off");
                return;
            }
        };
        let s = &mut self.plan.settings;
        match w[0] {
            "autostack" => s.autostack = value,
            "autodis" | "autodisassemble" => s.autodis = value,
            "color" | "colour" => s.color = value,
            other => println!("Unknown setting {other:?}: autostack, autodis or color."),
        }
    }

    fn add_break(&mut self, vm: &Vm, rest: &str, temporary: bool) {
        let spec = rest.trim();
        if spec.is_empty() {
            self.info_breakpoints();
            return;
        }
        let frame = vm.frames.get(self.selected);
        let current_file = Some(frame.map_or_else(
            || self.main_file.clone(),
            |f| f.code.code.filename.to_string(),
        ));
        let kind = if let Some(offset) = spec.strip_prefix('*') {
            let Some(f) = frame else {
                println!("No current function for an offset.");
                return;
            };
            match offset.parse() {
                Ok(offset) => BreakKind::Offset {
                    file: f.code.code.filename.to_string(),
                    name: f.code.name().to_string(),
                    offset,
                },
                Err(_) => {
                    println!("Expected an instruction offset after '*', not {offset:?}.");
                    return;
                }
            }
        } else if let Some((func, offset)) = spec.split_once(":*") {
            match offset.parse() {
                Ok(offset) => BreakKind::Offset {
                    file: current_file.clone().unwrap_or_default(),
                    name: func.to_string(),
                    offset,
                },
                Err(_) => {
                    println!("Expected an instruction offset after '*', not {offset:?}.");
                    return;
                }
            }
        } else if let Ok(line) = spec.parse::<i64>() {
            let Some(file) = current_file else {
                println!("No current file: give FILE:LINE.");
                return;
            };
            BreakKind::Line { file, line }
        } else if let Some((file, line)) = spec.rsplit_once(':').filter(|(f, _)| !f.is_empty()) {
            match line.parse() {
                Ok(line) => BreakKind::Line {
                    file: file.to_string(),
                    line,
                },
                Err(_) => {
                    println!("Expected FILE:LINE, not {spec:?}.");
                    return;
                }
            }
        } else if spec
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '<' || c == '>')
        {
            BreakKind::Function {
                name: spec.to_string(),
            }
        } else {
            println!("Cannot read the location {spec:?}: give LINE, FILE:LINE, FUNC or *OFFSET.");
            return;
        };
        let kind = match kind {
            // A line of the program's own file without code moves to the
            // next line with code, as gdb does.
            BreakKind::Line { file, line }
                if same_file(&file, &self.main_file) && !self.main_lines.contains(&line) =>
            {
                match self.main_lines.iter().find(|l| **l > line) {
                    Some(&next) => {
                        println!("Line {line} has no code; the breakpoint goes to line {next}.");
                        BreakKind::Line { file, line: next }
                    }
                    None => {
                        println!("No code at line {line} of {file} or after it.");
                        return;
                    }
                }
            }
            other => other,
        };
        let number = self.plan.next_breakpoint;
        self.plan.next_breakpoint += 1;
        let where_ = describe_break(&kind);
        if let BreakKind::Function { name } | BreakKind::Offset { name, .. } = &kind {
            if !self.code_names.contains(name) {
                println!(
                    "The program has no function named {name} (yet): the breakpoint waits for one."
                );
            }
        }
        println!(
            "{} {number} at {where_}",
            if temporary {
                "Temporary breakpoint"
            } else {
                "Breakpoint"
            }
        );
        self.plan.breakpoints.push(Breakpoint {
            number,
            spec: spec.to_string(),
            kind,
            enabled: true,
            temporary,
            hits: 0,
        });
        self.update_breaks();
    }

    fn info_breakpoints(&self) {
        if self.plan.breakpoints.is_empty() {
            println!("No breakpoints.");
            return;
        }
        println!("Num  Type        Disp  Enb  Where");
        for b in &self.plan.breakpoints {
            let hits = match b.hits {
                0 => String::new(),
                1 => "  (hit 1 time)".into(),
                n => format!("  (hit {n} times)"),
            };
            println!(
                "{:<4} {:<11} {:<5} {:<4} {}{hits}",
                b.number,
                "breakpoint",
                if b.temporary { "del" } else { "keep" },
                if b.enabled { "y" } else { "n" },
                describe_break(&b.kind)
            );
        }
    }

    fn info(&mut self, vm: &mut Vm, rest: &str, here: u64) {
        let topic = words(rest).first().copied().unwrap_or("");
        let topics = [
            "stack",
            "blocks",
            "locals",
            "globals",
            "args",
            "breakpoints",
            "frame",
            "program",
        ];
        let found: Vec<&str> = topics
            .iter()
            .copied()
            .filter(|t| !topic.is_empty() && t.starts_with(topic))
            .collect();
        let frame = &vm.frames[self.selected];
        match found.as_slice() {
            ["stack"] => self.show_stack_table(vm),
            ["blocks"] => {
                if frame.blocks.is_empty() {
                    println!("The block stack is empty.");
                }
                for (i, b) in frame.blocks.iter().enumerate().rev() {
                    let kind = match b.kind {
                        BlockKind::Loop => "SETUP_LOOP",
                        BlockKind::Except => "SETUP_EXCEPT",
                        BlockKind::Finally => "SETUP_FINALLY",
                        BlockKind::With => "SETUP_WITH",
                        BlockKind::ExceptHandler => "EXCEPT_HANDLER",
                    };
                    let top = if i + 1 == frame.blocks.len() {
                        "  <- top"
                    } else {
                        ""
                    };
                    println!(
                        "{i:>3}  {kind:<14} handler {:<5} level {}{top}",
                        b.handler, b.level
                    );
                }
            }
            ["locals"] => {
                let mut shown = 0;
                let code = &frame.code.code;
                for (i, name) in code.varnames.iter().enumerate() {
                    if let Some(Some(v)) = frame.fast.get(i) {
                        println!("{name} = {}", safe_repr(vm, v, 200));
                        shown += 1;
                    }
                }
                let cells = code.cellvars.iter().chain(code.freevars.iter());
                for (i, name) in cells.enumerate() {
                    if let Some(v) = frame.cells.get(i).and_then(|c| c.get()) {
                        println!("{name} = {}", safe_repr(vm, &v, 200));
                        shown += 1;
                    }
                }
                if code.flags & crate::vm::call::CO_OPTIMIZED == 0 {
                    if let Some(locals) = &frame.locals {
                        shown += print_dict(vm, &locals.items());
                    }
                }
                if shown == 0 {
                    println!("No locals.");
                }
            }
            ["globals"] => {
                print_dict(vm, &frame.globals.items());
            }
            ["args"] => {
                let code = &frame.code.code;
                let mut n = code.argcount as usize;
                n += usize::from(code.flags & crate::vm::call::CO_VARARGS != 0);
                n += usize::from(code.flags & crate::vm::call::CO_VARKEYWORDS != 0);
                if n == 0 {
                    println!("No arguments.");
                }
                for (i, name) in code.varnames.iter().take(n).enumerate() {
                    match frame.fast.get(i) {
                        Some(Some(v)) => println!("{name} = {}", safe_repr(vm, v, 200)),
                        _ => println!("{name} = <unbound>"),
                    }
                }
            }
            ["breakpoints"] => self.info_breakpoints(),
            ["frame"] => self.show_frame(vm, self.selected),
            ["program"] if self.at_exception => println!(
                "Stopped in instruction {}, which raised an exception ({} executed before it).",
                here.saturating_sub(1),
                here.saturating_sub(2)
            ),
            ["program"] => println!(
                "Stopped before instruction {here} ({} executed so far).",
                here.saturating_sub(1)
            ),
            [] => println!("info: give one of {}.", topics.join(", ")),
            many => println!("Ambiguous info topic \"{topic}\": {}.", many.join(", ")),
        }
    }

    fn backtrace(&self, vm: &Vm) {
        for (n, i) in (0..vm.frames.len()).rev().enumerate() {
            let mark = if i == self.selected { ">" } else { " " };
            let offset = self.current_offset(vm, i);
            println!(
                "{mark} #{n:<2} {}",
                frame_summary(vm, &vm.frames[i], offset)
            );
        }
    }

    fn select(&mut self, vm: &Vm, name: &str, rest: &str) {
        let n: usize = match rest.trim() {
            "" if name == "frame" => {
                self.show_frame(vm, self.selected);
                return;
            }
            "" => 1,
            t => match t.parse() {
                Ok(n) => n,
                Err(_) => {
                    println!("Expected a number, not {t:?}.");
                    return;
                }
            },
        };
        let top = vm.frames.len() - 1;
        let target = match name {
            "up" => self.selected.checked_sub(n),
            "down" => Some(self.selected + n).filter(|i| *i <= top),
            _ => top.checked_sub(n),
        };
        match target {
            Some(i) => {
                self.selected = i;
                self.list_next = None;
                self.show_frame(vm, i);
                self.refresh_names(vm);
            }
            None if name == "up" => println!("Initial frame selected; you cannot go up."),
            None if name == "down" => {
                println!("Bottom (innermost) frame selected; you cannot go down.")
            }
            None => println!("No frame number {n}."),
        }
    }

    fn show_frame(&self, vm: &Vm, index: usize) {
        let frame = &vm.frames[index];
        let top = vm.frames.len() - 1;
        let offset = self.current_offset(vm, index);
        println!("#{:<2} {}", top - index, frame_summary(vm, frame, offset));
        let line = frame.code.code.addr_to_line(offset);
        if let Some(text) = self.source_line(&frame.code.code.filename, line) {
            println!("{line:<6}{text}");
        }
    }

    /// The instruction the frame is at: about to run for the top frame at
    /// an ordinary stop; running (a call in progress, or raising) otherwise.
    fn current_offset(&self, vm: &Vm, index: usize) -> usize {
        let frame = &vm.frames[index];
        if index + 1 == vm.frames.len() && !self.at_exception {
            frame.pc
        } else {
            frame.lasti
        }
    }

    fn print(&mut self, vm: &mut Vm, rest: &str) {
        if rest.trim().is_empty() {
            println!("Usage: print EXPR");
            return;
        }
        match expr::evaluate(vm, self.selected, rest) {
            Ok(v) => match vm.repr(&v) {
                Ok(r) => println!("{}", r.to_text()),
                Err(e) => println!("*** {}", exception_line(vm, &e)),
            },
            Err(expr::Failure::Syntax(why)) => println!("*** cannot read the expression: {why}"),
            Err(expr::Failure::Raised(e)) => println!("*** {}", exception_line(vm, &e)),
        }
    }

    fn list(&mut self, vm: &Vm, rest: &str) {
        let frame = &vm.frames[self.selected];
        let file = frame.code.code.filename.to_string();
        let current = frame
            .code
            .code
            .addr_to_line(self.current_offset(vm, self.selected));
        let center = match rest.trim() {
            "" => None,
            t => match t.parse::<i64>() {
                Ok(l) => Some(l),
                Err(_) => {
                    println!("Expected a line number, not {t:?}.");
                    return;
                }
            },
        };
        let first = match (center, self.list_next) {
            (Some(c), _) => (c - 5).max(1),
            (None, Some(next)) => next,
            (None, None) => (current - 5).max(1),
        };
        let Some(lines) = self.source(&file) else {
            println!("The source of {file} is not available.");
            return;
        };
        let lines = lines.clone();
        let asked = center.unwrap_or(first);
        if asked as usize > lines.len() || first as usize > lines.len() {
            println!("Line {asked} is past the end of {file}.");
            return;
        }
        let breaks: Vec<i64> = self
            .plan
            .breakpoints
            .iter()
            .filter_map(|b| match &b.kind {
                BreakKind::Line { file: f, line } if same_file(f, &file) => Some(*line),
                _ => None,
            })
            .collect();
        let last = (first + 10).min(lines.len() as i64);
        for n in first..=last {
            let mark = if n == current { "->" } else { "  " };
            let b = if breaks.contains(&n) { "B" } else { " " };
            println!("{n:>4} {b}{mark} {}", lines[(n - 1) as usize]);
        }
        self.list_next = Some(last + 1);
    }

    fn disassemble(&self, vm: &Vm, rest: &str) {
        let name = rest.trim();
        if name.is_empty() {
            let frame = &vm.frames[self.selected];
            let offset = self.current_offset(vm, self.selected);
            print!(
                "{}",
                crate::dis::disassemble(&frame.code.code, Some(offset))
            );
            return;
        }
        // A function visible from the selected frame, or a code object
        // with that name in the program.
        if let Ok(v) = expr::lookup(vm, self.selected, name) {
            let code = match &v {
                Value::Function(f) => Some(f.code.code.clone()),
                Value::Method(m) => match &m.func {
                    Value::Function(f) => Some(f.code.code.clone()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(code) = code {
                let running = vm
                    .frames
                    .iter()
                    .rposition(|f| Rc::ptr_eq(&f.code.code, &code));
                let lasti = running.map(|i| self.current_offset(vm, i));
                print!("{}", crate::dis::disassemble(&code, lasti));
                return;
            }
        }
        println!("No function named {name:?} here.");
    }

    fn refresh_names(&self, vm: &Vm) {
        let Some(frame) = vm.frames.get(self.selected) else {
            return;
        };
        let mut names: Vec<String> = frame
            .code
            .code
            .varnames
            .iter()
            .map(|n| n.to_string())
            .collect();
        names.extend(frame.code.code.names.iter().map(|n| n.to_string()));
        for k in frame.globals.keys() {
            if let Value::Str(s) = k {
                names.push(s.to_text().into_owned());
            }
        }
        *self.commands.names.borrow_mut() = names;
    }

    fn source(&mut self, file: &str) -> Option<&Vec<String>> {
        self.sources
            .entry(file.to_string())
            .or_insert_with(|| {
                let bytes = std::fs::read(file).ok()?;
                Some(
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .map(|l| l.trim_end().to_string())
                        .collect(),
                )
            })
            .as_ref()
    }

    fn source_line(&self, file: &str, line: i64) -> Option<String> {
        let text = match self.sources.get(file) {
            Some(lines) => lines.as_ref()?.get((line - 1) as usize).cloned(),
            None => {
                let bytes = std::fs::read(file).ok()?;
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .nth((line - 1) as usize)
                    .map(|l| l.trim_end().to_string())
            }
        }?;
        Some(text.trim().to_string())
    }

    /// What every stop shows: where, the source line when it changed, the
    /// instruction about to run with its operands, and the value stack.
    fn show_stop(&mut self, vm: &mut Vm) {
        let Some(frame) = vm.frames.last() else {
            return;
        };
        let color = self.plan.settings.color;
        let paint = |code: &str, text: String| {
            if color {
                format!("\x1b[{code}m{text}\x1b[0m")
            } else {
                text
            }
        };
        let offset = if self.at_exception {
            frame.lasti
        } else {
            frame.pc
        };
        let code = &frame.code;
        let line = code.code.addr_to_line(offset);
        let here = (Rc::as_ptr(&code.code) as usize, frame.activation, line);
        let mut out = String::new();
        if self.last_shown != Some(here) {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    "1",
                    format!("> {}({line}){}()", code.code.filename, code.name())
                )
            );
            if let Some(text) = self.source_line(&code.code.filename.clone(), line) {
                let _ = writeln!(out, "{}", paint("32", format!("-> {text}")));
            }
            self.last_shown = Some(here);
        }
        let frame = vm.frames.last().expect("a frame");
        let described = describe_next(vm, frame);
        let instruction = if self.at_exception {
            // The instruction that raised: its operands are gone.
            let ins =
                crate::dis::decode(&frame.code.code.code[offset.min(frame.code.code.code.len())..])
                    .into_iter()
                    .next();
            match ins {
                Some(ins) => {
                    let arg = ins.arg.map(|a| format!(" {a:>5}")).unwrap_or_default();
                    let argrepr = crate::dis::argrepr(&frame.code.code, &ins);
                    let argrepr = if argrepr.is_empty() {
                        String::new()
                    } else {
                        format!(" ({argrepr})")
                    };
                    format!(
                        "{offset:>4} {:<20}{arg}{argrepr}  <- raised here",
                        ins.name()
                    )
                }
                None => format!("{offset:>4}"),
            }
        } else {
            format!("{:>4} {}", described.offset, described.line())
        };
        let _ = writeln!(out, "{}", paint("33", instruction));
        if self.plan.settings.autostack {
            let _ = writeln!(
                out,
                "{}",
                paint("36", format!("     stack: {}", stack_line(vm, frame)))
            );
        }
        if self.plan.settings.autodis {
            out.push_str(&crate::dis::disassemble(&frame.code.code, Some(offset)));
        }
        print!("{out}");
    }

    fn show_stack_table(&self, vm: &Vm) {
        let frame = &vm.frames[self.selected];
        if frame.stack.is_empty() {
            println!("The value stack is empty.");
        }
        let n = frame.stack.len();
        for (i, v) in frame.stack.iter().enumerate() {
            let top = if i + 1 == n { "  <- top" } else { "" };
            println!(
                "{i:>3}  {:<12} {}{top}",
                vm.type_name(v),
                safe_repr(vm, v, 100)
            );
        }
        // CPython leaves the function and its arguments on the caller's
        // stack until the call returns; glasspy has moved them into the
        // called frame by then.
        let calling = self.selected + 1 < vm.frames.len()
            && matches!(
                frame.code.code.code.get(frame.lasti).copied(),
                Some(
                    crate::opcode::CALL_FUNCTION
                        | crate::opcode::CALL_FUNCTION_VAR
                        | crate::opcode::CALL_FUNCTION_KW
                        | crate::opcode::CALL_FUNCTION_VAR_KW
                )
            );
        if calling {
            println!("     (while the call runs, the function and its arguments are in the called frame, not on this stack)");
        }
    }
}

/// Ends a line the program left open, so the debugger's output starts on
/// a line of its own.
fn end_program_line(vm: &Vm) {
    for file in [&vm.stdout, &vm.stderr] {
        if file.line_open.replace(false) {
            println!();
        }
    }
}

/// The value stack, bottom to top, as one line.
fn stack_line(vm: &Vm, frame: &Frame) -> String {
    let items: Vec<String> = frame.stack.iter().map(|v| safe_repr(vm, v, 40)).collect();
    format!("[{}]", items.join(", "))
}

/// `name(arg=value, ...) at file:line` for `where` and `frame`.
fn frame_summary(vm: &Vm, frame: &Frame, offset: usize) -> String {
    let code = &frame.code.code;
    let args: Vec<String> = code
        .varnames
        .iter()
        .take(code.argcount as usize)
        .enumerate()
        .map(|(i, n)| match frame.fast.get(i) {
            Some(Some(v)) => format!("{n}={}", safe_repr(vm, v, 30)),
            _ => format!("{n}=<unbound>"),
        })
        .collect();
    format!(
        "{}({}) at {}:{}",
        frame.code.name(),
        args.join(", "),
        code.filename,
        code.addr_to_line(offset)
    )
}

fn print_dict(vm: &Vm, items: &[(Value, Value)]) -> usize {
    for (k, v) in items {
        let key = match k {
            Value::Str(s) => s.to_text().into_owned(),
            other => safe_repr(vm, other, 40),
        };
        println!("{key} = {}", safe_repr(vm, v, 200));
    }
    items.len()
}

/// `NameError: name 'x' is not defined`, the last line of a traceback.
fn exception_line(vm: &mut Vm, err: &PyErr) -> String {
    let text = String::from_utf8_lossy(&vm.format_exception(&PyErr {
        typ: err.typ.clone(),
        value: err.value.clone(),
        tb: None,
    }))
    .into_owned();
    text.trim_end().lines().last().unwrap_or("").to_string()
}

fn describe_break(kind: &BreakKind) -> String {
    match kind {
        BreakKind::Line { file, line } => format!("{file}:{line}"),
        BreakKind::Function { name } => format!("the first instruction of every call of {name}()"),
        BreakKind::Offset { name, offset, .. } => format!("offset {offset} of {name}()"),
    }
}

/// Whether a file named by the user is the file a code object names.
fn same_file(given: &str, code_file: &str) -> bool {
    given == code_file
        || code_file.ends_with(&format!("/{given}"))
        || std::path::Path::new(code_file).file_name() == std::path::Path::new(given).file_name()
            && !given.contains('/')
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

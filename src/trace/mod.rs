//! `glasspy trace`: runs a program and writes every event of its run, as
//! text for people or as JSON lines for programs (`docs/trace-format.md`).
//! CPython's `Lib/trace.py` is the nearest counterpart: it, too, is a
//! tracer over `sys.settrace`'s events.

mod sink;
pub(crate) mod sites;
mod summary;
mod tracer;

use std::cell::RefCell;
use std::io::Write;
use std::process::ExitCode;
use std::rc::Rc;

pub use tracer::{Format, Options};

/// The arguments of `glasspy trace`.
#[derive(clap::Args)]
pub struct TraceArgs {
    /// The program: a .pyc file, or .py source
    pub file: String,
    /// The CPython 2.7 that compiles .py source
    #[arg(long, value_name = "PATH")]
    pub python: Option<String>,
    /// Write the trace to this file instead of stderr
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<String>,
    /// How to write the trace
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Trace only the frames of the function (co_name) NAME and what they call
    #[arg(long, value_name = "NAME")]
    pub function: Option<String>,
    /// Trace only events on lines A to B of the program's own file (A-B, A-, or A)
    #[arg(long, value_name = "A-B", value_parser = parse_lines)]
    pub lines: Option<(i64, i64)>,
    /// Stop tracing after N instructions (the program runs on untraced)
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,
    /// Leave out the value stack after each instruction
    #[arg(long)]
    pub no_stack: bool,
    /// At the end, count instructions per opcode and per function, and the
    /// deepest value stack and frame depth
    #[arg(long)]
    pub summary: bool,
    /// Arguments for the program (its sys.argv[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// `A-B`, `A-` (to the end) or `A` (one line).
fn parse_lines(s: &str) -> Result<(i64, i64), String> {
    let bad = || format!("'{s}' is not a line range: give A-B, A- or A, with A <= B");
    let number = |t: &str| t.trim().parse::<i64>().map_err(|_| bad());
    let (lo, hi) = match s.split_once('-') {
        Some((a, "")) => (number(a)?, i64::MAX),
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(s)?, number(s)?),
    };
    if lo > hi || lo < 0 {
        return Err(bad());
    }
    Ok((lo, hi))
}

pub fn main(args: &TraceArgs) -> ExitCode {
    let opts = Options {
        format: args.format,
        function: args.function.clone(),
        lines: args.lines,
        max_steps: args.max_steps,
        stack: !args.no_stack,
        summary: args.summary,
    };
    let (file, python, output) = (args.file.clone(), args.python.clone(), args.output.clone());
    let mut argv = vec![file.clone()];
    argv.extend(args.args.iter().cloned());
    // A large stack, as for `glasspy run`: native code that calls back into
    // Python nests Rust frames.
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(&file, python, output.as_deref(), argv, opts));
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from((status & 0xff) as u8),
        _ => {
            eprintln!(
                "glasspy: {}: the virtual machine stopped unexpectedly",
                args.file
            );
            ExitCode::from(2)
        }
    }
}

/// Loads and runs the program with the tracer attached; the exit status.
fn run(
    file: &str,
    python: Option<String>,
    output: Option<&str>,
    argv: Vec<String>,
    opts: Options,
) -> i32 {
    let program = match crate::loader::load_program(file, python.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            match &e {
                crate::loader::ProgramError::Syntax(text) => eprint!("{text}"),
                _ => eprintln!("glasspy: {file}: {e}"),
            }
            return e.exit_status();
        }
    };
    let (out, eager): (Box<dyn Write>, bool) = match output {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => (Box::new(f), false),
            Err(e) => {
                eprintln!("glasspy: {path}: cannot write the trace: {e}");
                return 2;
            }
        },
        None => (Box::new(std::io::stderr()), true),
    };
    let main_file: Rc<str> = program.code.filename.clone();
    let writer = Rc::new(RefCell::new(tracer::TraceWriter::new(
        opts,
        sink::Sink::new(out, eager),
        main_file,
    )));
    let mut vm = crate::vm::Vm::new(argv);
    vm.python27 = python;
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, vm.interrupt.clone());
    vm.set_tracer(Box::new(tracer::Handle(writer.clone())));
    let status = vm.run_module(program.code);
    vm.stdout.flush();
    vm.stderr.flush();
    let mut writer = writer.borrow_mut();
    writer.finish();
    if let Some(e) = writer.error() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let to = output.unwrap_or("<stderr>");
            eprintln!("glasspy: {to}: cannot write the trace: {e}");
            return 2;
        }
    }
    status
}

//! The `glasspy` command line (CPython: `Modules/main.c`): argument parsing only.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use glasspy::loader::{self, Program};
use glasspy::{dis, inspect};

#[derive(Parser)]
#[command(
    name = "glasspy",
    version,
    about = "A glass-box Python 2.7 virtual machine: see what CPython 2.7 bytecode does",
    long_about = "A glass-box Python 2.7 virtual machine.\n\n\
        Every command takes a program as a CPython 2.7 .pyc file, or as .py source, \
        which is compiled by a CPython 2.7 found through --python PATH, \
        $GLASSPY_PYTHON27, python2.7 on PATH, or pyenv's 2.7 install."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Disassemble a program exactly as CPython 2.7's `dis` does, nested code objects included
    Dis {
        /// Show the walk from bytes to instructions: co_code as a string, as
        /// byte values, and each instruction's bytes
        #[arg(long)]
        raw: bool,
        #[command(flatten)]
        program: ProgramArg,
    },
    /// Show every field of every code object in a program
    Inspect {
        #[command(flatten)]
        program: ProgramArg,
    },
    /// Run a program as `python2.7 FILE ARGS...` would: same output, same exit status
    Run {
        #[command(flatten)]
        program: ProgramArg,
        /// Arguments for the program (its sys.argv[1:])
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Step through a program in a debugger that shows every instruction
    /// and the value stack, forwards and backwards
    Step(glasspy::debugger::StepArgs),
    /// Run a program and log every instruction it executes, as text or JSON lines
    Trace(glasspy::trace::TraceArgs),
    /// Run a program under CPython 2.7 and glasspy and show how they differ
    Compare(glasspy::compare::CompareArgs),
}

#[derive(Args)]
struct ProgramArg {
    /// The program: a .pyc file, or .py source
    file: String,
    /// The CPython 2.7 that compiles .py source
    #[arg(long, value_name = "PATH")]
    python: Option<String>,
}

impl ProgramArg {
    fn load(&self) -> Result<Program, i32> {
        loader::load_program(&self.file, self.python.as_deref()).map_err(|e| {
            match &e {
                loader::ProgramError::Syntax(text) => eprint!("{text}"),
                _ => eprintln!("glasspy: {}: {e}", self.file),
            }
            e.exit_status()
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Dis { raw, program } => program.load().map(|p| {
            if *raw {
                dis::raw_listing(&p.code)
            } else {
                dis::dis_recursive(&p.code)
            }
        }),
        Command::Inspect { program } => program.load().map(|p| inspect::describe(&p.code)),
        Command::Run { program, args } => return run(program, args),
        Command::Step(args) => return glasspy::debugger::main(args),
        Command::Trace(args) => return glasspy::trace::main(args),
        Command::Compare(args) => return glasspy::compare::main(args),
    };
    match result {
        Ok(text) => write_stdout(&text),
        Err(code) => ExitCode::from(code as u8),
    }
}

/// Runs the program on a thread with a large stack: native code that calls
/// back into Python (`sorted` with a key, `__repr__` from `print`) nests
/// Rust frames, and deep recursion through such calls must not overflow.
fn run(program: &ProgramArg, args: &[String]) -> ExitCode {
    let (file, python) = (program.file.clone(), program.python.clone());
    let mut argv = vec![file.clone()];
    argv.extend(args.iter().cloned());
    let worker = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let arg = ProgramArg {
                file,
                python: python.clone(),
            };
            match arg.load() {
                Ok(p) => glasspy::vm::pythonrun::run_main(p.code, argv, python),
                Err(code) => code,
            }
        });
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from((status & 0xff) as u8),
        _ => {
            eprintln!(
                "glasspy: {}: the virtual machine stopped unexpectedly",
                program.file
            );
            ExitCode::from(2)
        }
    }
}

/// Writes the output; a closed pipe (`glasspy dis x.pyc | head`) is not an error.
fn write_stdout(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("glasspy: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}

/// mimalloc (see `glasspy::allocator`).
#[global_allocator]
static GLOBAL: glasspy::allocator::Allocator = glasspy::allocator::Allocator;

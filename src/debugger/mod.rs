//! `glasspy step`: the stepping debugger (CPython's counterparts are
//! `Lib/bdb.py` and `Lib/pdb.py`; the command names are gdb's, with pdb's
//! aliases).
//!
//! Going back in time is done by running again: the program runs in a
//! child process forked from this one before anything ran, and everything
//! it takes from outside is recorded (`crate::vm::replay`). To go back to
//! instruction N, the child hands its state (breakpoints, settings, the
//! recorded inputs) to this process and ends; a new child, forked from the
//! same untouched state, replays the run silently up to N. Every run is
//! therefore identical, down to the addresses objects get.

mod commands;
mod expr;
mod input;
mod plan;
mod session;

use std::process::ExitCode;

pub use plan::{Breakpoint, Plan, Settings, Target};

/// The arguments of `glasspy step`.
#[derive(clap::Args)]
pub struct StepArgs {
    /// The program: a .pyc file, or .py source
    pub file: String,
    /// The CPython 2.7 that compiles .py source
    #[arg(long, value_name = "PATH")]
    pub python: Option<String>,
    /// Run the debugger commands of FILE first, then read commands as usual
    #[arg(long, value_name = "FILE")]
    pub commands: Option<String>,
    /// Write each command read from a file or a pipe before its output
    #[arg(long)]
    pub echo: bool,
    /// Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: String,
    /// Arguments for the program (its sys.argv[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

pub fn main(args: &StepArgs) -> ExitCode {
    let program = match crate::loader::load_program(&args.file, args.python.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            match &e {
                crate::loader::ProgramError::Syntax(text) => eprint!("{text}"),
                _ => eprintln!("glasspy: {}: {e}", args.file),
            }
            return ExitCode::from(e.exit_status() as u8);
        }
    };
    let mut pending = Vec::new();
    if let Some(path) = &args.commands {
        match std::fs::read_to_string(path) {
            Ok(text) => pending = text.lines().map(String::from).collect(),
            Err(e) => {
                eprintln!("glasspy: {path}: cannot read the command file: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let interactive = input::stdin_is_terminal();
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        "auto" => {
            interactive
                && input::stdout_is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
        other => {
            eprintln!("glasspy: --color: expected auto, always or never, not {other:?}");
            return ExitCode::from(2);
        }
    };
    let mut argv = vec![args.file.clone()];
    argv.extend(args.args.iter().cloned());
    let mut plan = Plan::new(Settings {
        color,
        echo: args.echo,
        ..Settings::default()
    });
    plan.pending_commands = pending;
    // Ctrl-C belongs to the child running the program.
    // SAFETY: setting a signal's disposition to "ignore" has no preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_IGN);
    }
    loop {
        match run_child(&program.image, &argv, args.python.clone(), plan) {
            Ok(next) => {
                if let Some(status) = next.quit {
                    return ExitCode::from((status & 0xff) as u8);
                }
                plan = next;
            }
            Err(problem) => {
                eprintln!("glasspy: {}: {problem}", args.file);
                return ExitCode::from(2);
            }
        }
    }
}

/// Runs one session in a child process and gives back the plan it ended
/// with (the next session's, or the status to exit with).
fn run_child(
    image: &[u8],
    argv: &[String],
    python: Option<String>,
    plan: Plan,
) -> Result<Plan, String> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe() writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return Err("cannot create a pipe".into());
    }
    let (read_fd, write_fd) = (fds[0], fds[1]);
    // SAFETY: this process has one thread (the VM runs only in children),
    // so the child may go on running arbitrary code after fork().
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err("cannot start the program (fork failed)".into());
    }
    if pid == 0 {
        // SAFETY: the child owns its copies of the descriptors.
        unsafe {
            libc::close(read_fd);
            libc::signal(libc::SIGINT, libc::SIG_DFL);
        }
        session::run(image.to_vec(), argv.to_vec(), python, plan, write_fd);
    }
    // SAFETY: the parent keeps only the reading end.
    unsafe {
        libc::close(write_fd);
    }
    let data = read_all(read_fd);
    let mut status = 0;
    // SAFETY: waits for the child forked above; `status` is a valid out-pointer.
    unsafe {
        libc::close(read_fd);
        libc::waitpid(pid, &mut status, 0);
    }
    if data.is_empty() {
        return Err("the debugged program stopped unexpectedly".into());
    }
    Plan::decode(&String::from_utf8_lossy(&data))
        .ok_or_else(|| "the debugger lost its state between runs".to_string())
}

fn write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is a valid buffer of `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n <= 0 {
            return;
        }
        data = &data[n as usize..];
    }
}

fn read_all(fd: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        // SAFETY: `buf` is a valid buffer of `buf.len()` bytes.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            return out;
        }
        out.extend_from_slice(&buf[..n as usize]);
    }
}

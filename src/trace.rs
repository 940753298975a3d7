//! `glasspy trace` (being written).

use std::process::ExitCode;

/// The arguments of `glasspy trace`.
#[derive(clap::Args)]
pub struct TraceArgs {
    /// The program: a .pyc file, or .py source
    pub file: String,
    /// The CPython 2.7 that compiles .py source
    #[arg(long, value_name = "PATH")]
    pub python: Option<String>,
    /// Arguments for the program (its sys.argv[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

pub fn main(args: &TraceArgs) -> ExitCode {
    eprintln!("glasspy: {}: trace is not available yet", args.file);
    ExitCode::from(2)
}

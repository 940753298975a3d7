//! `glasspy compare`: runs a program under CPython 2.7 and under glasspy and
//! shows how their stdout, stderr and exit status differ (memory addresses
//! aside), and with `--lines` where their line events part.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

mod diff;
pub mod events;

/// The arguments of `glasspy compare`.
#[derive(clap::Args)]
pub struct CompareArgs {
    /// The program: a .pyc file, or .py source
    pub file: String,
    /// The CPython 2.7 to compare with (and that compiles .py source)
    #[arg(long, value_name = "PATH")]
    pub python: Option<String>,
    /// Also compare the sequence of line events (call, line, return,
    /// exception, as CPython's sys.settrace reports them) and show where
    /// they first part
    #[arg(long)]
    pub lines: bool,
    /// Stop a run that has not ended after this many seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub timeout: u64,
    /// Arguments for the program (its sys.argv[1:])
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// What one run of the program gave.
struct Outcome {
    status: Option<i32>,
    /// The run was stopped for taking longer than `--timeout`.
    timed_out: bool,
    stdout: String,
    stderr: String,
}

pub fn main(args: &CompareArgs) -> ExitCode {
    match compare(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("glasspy: {}: {message}", args.file);
            ExitCode::from(2)
        }
    }
}

/// Whether the two runs agree; `Err` for a problem that stops the comparison.
fn compare(args: &CompareArgs) -> Result<bool, String> {
    if !Path::new(&args.file).is_file() {
        return Err("cannot read the file: No such file or directory".into());
    }
    let python = crate::loader::find_python27(args.python.as_deref()).map_err(|_| {
        format!(
            "no CPython 2.7 found to compare with; give one with {}",
            crate::loader::PYTHON_SEARCH_ORDER
        )
    })?;
    check_python27(&python)?;
    let stdin = read_stdin();
    let python_arg = python.to_string_lossy().into_owned();
    let mut cpython = Command::new(&python);
    cpython.arg(&args.file).args(&args.args);
    let timeout = std::time::Duration::from_secs(args.timeout);
    let cpython =
        run(cpython, &stdin, timeout).map_err(|e| format!("{}: {e}", python.display()))?;
    let me = std::env::current_exe().map_err(|e| format!("cannot find glasspy itself: {e}"))?;
    let mut glasspy = Command::new(me);
    glasspy
        .args(["run", "--python", &python_arg, &args.file])
        .args(&args.args);
    let glasspy = run(glasspy, &stdin, timeout).map_err(|e| format!("cannot run glasspy: {e}"))?;

    if cpython.timed_out && glasspy.timed_out {
        return Err(format!(
            "neither run ended within {} s; give a longer --timeout",
            args.timeout
        ));
    }
    let mut out = String::new();
    let mut same = true;
    for (name, a, b) in [
        ("stdout", &cpython.stdout, &glasspy.stdout),
        ("stderr", &cpython.stderr, &glasspy.stderr),
    ] {
        let (a, b) = (normalise(a), normalise(b));
        if a != b {
            same = false;
            out.push_str(&diff::unified(
                &format!("cpython {name}"),
                &format!("glasspy {name}"),
                &a,
                &b,
            ));
        }
    }
    let limit = args.timeout;
    let status = |o: &Outcome| match o.status {
        _ if o.timed_out => format!("stopped after {limit} s (no end)"),
        Some(s) => s.to_string(),
        None => "killed by a signal".to_string(),
    };
    if cpython.status != glasspy.status || cpython.timed_out != glasspy.timed_out {
        same = false;
        out.push_str(&format!(
            "--- cpython exit status\n+++ glasspy exit status\n-{}\n+{}\n",
            status(&cpython),
            status(&glasspy)
        ));
    }
    if same {
        out.push_str(&format!(
            "same stdout ({} lines), stderr ({} lines) and exit status ({}) as {}\n",
            cpython.stdout.lines().count(),
            cpython.stderr.lines().count(),
            status(&cpython),
            python.display()
        ));
    }
    if args.lines {
        let report = events::compare_events(&python, &args.file, &args.args, &stdin, timeout)?;
        same &= report.same;
        out.push_str(&report.text);
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush());
    Ok(same)
}

/// Checks that `python` runs and is 2.7.
fn check_python27(python: &Path) -> Result<(), String> {
    let probe = Command::new(python)
        .args([
            "-c",
            "import sys; sys.stdout.write('%d.%d' % sys.version_info[:2])",
        ])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {} as CPython 2.7: {e}", python.display()))?;
    let version = String::from_utf8_lossy(&probe.stdout).into_owned();
    if !probe.status.success() || version != "2.7" {
        return Err(format!(
            "{} is not CPython 2.7{}",
            python.display(),
            if version.is_empty() {
                String::new()
            } else {
                format!(" (it is {version})")
            }
        ));
    }
    Ok(())
}

/// The input both runs get: what is piped in, or nothing from a terminal.
fn read_stdin() -> Vec<u8> {
    let mut data = Vec::new();
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let _ = stdin.lock().read_to_end(&mut data);
    }
    data
}

/// Runs `cmd` with `stdin` as its input and both outputs captured.
fn run(mut cmd: Command, stdin: &[u8], timeout: std::time::Duration) -> std::io::Result<Outcome> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut input = child.stdin.take();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        if let Some(input) = input.as_mut() {
            let _ = input.write_all(&data);
        }
    });
    // A watchdog ends a run that goes on past the timeout.
    let pid = child.id() as i32;
    let ended = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let killed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watchdog = {
        let (ended, killed) = (ended.clone(), killed.clone());
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            while !ended.load(std::sync::atomic::Ordering::Relaxed) {
                if start.elapsed() >= timeout {
                    killed.store(true, std::sync::atomic::Ordering::Relaxed);
                    // SAFETY: signals the child this function started and
                    // has not reaped yet.
                    unsafe {
                        libc::kill(pid, libc::SIGKILL);
                    }
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        })
    };
    let output = child.wait_with_output();
    ended.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = watchdog.join();
    let output = output?;
    let _ = feeder.join();
    Ok(Outcome {
        timed_out: killed.load(std::sync::atomic::Ordering::Relaxed),
        status: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// The text with memory addresses (`<function f at 0x7f...>`) made equal.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let start = i + " at 0x".len();
        let digits = rest[start..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        out.push_str(&rest[..start]);
        if digits > 0 {
            out.push_str("ADDR");
        }
        rest = &rest[start + digits..];
    }
    out.push_str(rest);
    out
}

/// A file name for a temporary file of this process.
fn temp_path(what: &str) -> PathBuf {
    std::env::temp_dir().join(format!("glasspy-{}-{what}", std::process::id()))
}

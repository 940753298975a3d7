//! Where debugger commands come from: a line editor on a terminal (history
//! kept in the user's data folder, completion of commands and names), or
//! plain lines from a file or pipe. Standard input is read one byte at a
//! time, so that commands and the program's own input, interleaved on one
//! pipe, each get exactly their lines.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// One line from standard input, without its newline; `None` at the end.
pub fn read_stdin_line() -> Option<String> {
    let mut line = Vec::new();
    loop {
        let mut byte = 0u8;
        // SAFETY: reads at most one byte into `byte`.
        let n = unsafe { libc::read(0, (&mut byte as *mut u8).cast(), 1) };
        if n <= 0 {
            return (!line.is_empty()).then(|| String::from_utf8_lossy(&line).into_owned());
        }
        if byte == b'\n' {
            return Some(String::from_utf8_lossy(&line).into_owned());
        }
        line.push(byte);
    }
}

/// The program's standard input while debugging: unbuffered, so that no
/// byte meant for the debugger is taken.
pub fn program_stdin() -> Box<dyn std::io::BufRead> {
    use std::os::fd::FromRawFd;
    // SAFETY: dup() gives this reader its own descriptor for standard input.
    let fd = unsafe { libc::dup(0) };
    if fd < 0 {
        return Box::new(std::io::empty());
    }
    // SAFETY: `fd` is a fresh descriptor that the File owns from now on.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    Box::new(std::io::BufReader::with_capacity(1, file))
}

/// What `info` shows, for completion.
pub const INFO_TOPICS: &[&str] = &[
    "args",
    "blocks",
    "breakpoints",
    "frame",
    "globals",
    "locals",
    "program",
    "stack",
];

/// The commands of the debugger, for completion.
pub const COMMAND_NAMES: &[&str] = &[
    "backtrace",
    "break",
    "catch",
    "continue",
    "delete",
    "disable",
    "disassemble",
    "down",
    "enable",
    "finish",
    "frame",
    "help",
    "info",
    "list",
    "next",
    "nexti",
    "print",
    "quit",
    "restart",
    "reverse-continue",
    "reverse-finish",
    "reverse-next",
    "reverse-step",
    "reverse-stepi",
    "run",
    "set",
    "stack",
    "step",
    "stepi",
    "tbreak",
    "until",
    "up",
    "where",
];

struct Completion {
    /// Names visible in the selected frame, refreshed at every stop.
    names: Rc<RefCell<Vec<String>>>,
}

impl Completer for Completion {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let head = &line[..pos];
        let start = head
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .map_or(0, |i| i + 1);
        let word = &head[start..];
        let first = line.split_whitespace().next().unwrap_or("");
        let pool: Vec<String> = if start == 0 {
            COMMAND_NAMES.iter().map(|s| s.to_string()).collect()
        } else if ["info", "i"].contains(&first) {
            INFO_TOPICS.iter().map(|s| s.to_string()).collect()
        } else if first == "set" {
            ["autostack", "autodis", "color", "on", "off"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        } else {
            self.names.borrow().clone()
        };
        let mut found: Vec<String> = pool.into_iter().filter(|n| n.starts_with(word)).collect();
        found.sort();
        found.dedup();
        Ok((start, found))
    }
}

impl Hinter for Completion {
    type Hint = String;
}
impl Highlighter for Completion {}
impl Validator for Completion {}
impl Helper for Completion {}

/// Where commands come from.
pub struct Commands {
    /// Lines still to run from `--commands` (and their echo).
    pub pending: Vec<String>,
    editor: Option<Editor<Completion, DefaultHistory>>,
    history: Option<std::path::PathBuf>,
    pub names: Rc<RefCell<Vec<String>>>,
    echo: bool,
}

impl Commands {
    pub fn new(pending: Vec<String>, echo: bool) -> Commands {
        let names = Rc::new(RefCell::new(Vec::new()));
        let mut editor = None;
        let mut history = None;
        if stdin_is_terminal() {
            if let Ok(mut e) = Editor::<Completion, DefaultHistory>::new() {
                e.set_helper(Some(Completion {
                    names: names.clone(),
                }));
                history = history_path();
                if let Some(path) = &history {
                    let _ = e.load_history(path);
                }
                editor = Some(e);
            }
        }
        Commands {
            pending,
            editor,
            history,
            names,
            echo,
        }
    }

    /// The next command; `None` when input has ended.
    pub fn read(&mut self, prompt: &str) -> Option<String> {
        if !self.pending.is_empty() {
            let line = self.pending.remove(0);
            if let Some(own) = line.strip_prefix(super::session::SILENT) {
                return Some(own.to_string());
            }
            println!("{prompt}{line}");
            return Some(line);
        }
        match &mut self.editor {
            Some(editor) => loop {
                match editor.readline(prompt) {
                    Ok(line) => {
                        if !line.trim().is_empty() {
                            let _ = editor.add_history_entry(line.as_str());
                            if let Some(path) = &self.history {
                                let _ = editor.append_history(path);
                            }
                        }
                        return Some(line);
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => continue,
                    Err(_) => return None,
                }
            },
            None => {
                let line = read_stdin_line()?;
                if self.echo {
                    println!("{prompt}{line}");
                }
                Some(line)
            }
        }
    }
}

/// `$XDG_DATA_HOME/glasspy/history`, or `~/.local/share/glasspy/history`.
fn history_path() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".local/share"))
        })?;
    let dir = base.join("glasspy");
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join("history");
    if !path.exists() {
        let _ = std::fs::write(&path, "");
    }
    Some(path)
}

//! What one run of the debugged program hands to the next: where to stop,
//! what the program read, what was shown already, and the user's
//! breakpoints and settings. It crosses a pipe as lines of text.

use crate::vm::replay::Input;

/// Where a new run stops first.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// Before the first instruction.
    Start,
    /// Before instruction number N (counted from 1).
    Step(u64),
    /// At the first exception raised while instruction N runs.
    Exception(u64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Show the value stack at every stop.
    pub autostack: bool,
    /// Show the listing of the current code at every stop.
    pub autodis: bool,
    /// Stop whenever an exception is raised, even if it will be handled.
    pub catch: bool,
    pub color: bool,
    /// Write each command read from a file or pipe.
    pub echo: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            autostack: true,
            autodis: false,
            catch: false,
            color: false,
            echo: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Breakpoint {
    pub number: u32,
    /// The location as the user wrote it (`12`, `f.py:12`, `mod`, `*6`, `mod:*6`).
    pub spec: String,
    pub kind: BreakKind,
    pub enabled: bool,
    /// Deleted when first hit (`tbreak`).
    pub temporary: bool,
    pub hits: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BreakKind {
    /// A source line of a file (the file as its code objects name it).
    Line { file: String, line: i64 },
    /// The first instruction of every call of functions with this name.
    Function { name: String },
    /// An instruction offset in the code objects with this name and file.
    Offset {
        file: String,
        name: String,
        offset: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub target: Target,
    pub inputs: Vec<Input>,
    /// How many instructions' output has been shown already (muted when replayed).
    pub shown_through: u64,
    pub breakpoints: Vec<Breakpoint>,
    pub next_breakpoint: u32,
    pub settings: Settings,
    /// What an empty line repeats.
    pub last_command: String,
    /// Commands of a `--commands` file not run yet.
    pub pending_commands: Vec<String>,
    /// Printed when the new run arrives at its target.
    pub notice: String,
    /// Set when the debugger is done: the exit status.
    pub quit: Option<i32>,
    /// The new run stops post-mortem: the program's uncaught exception.
    pub post_mortem: bool,
    /// The new run shows nothing when it arrives (it only gathers history
    /// for the command it runs there).
    pub silent_arrival: bool,
}

impl Plan {
    pub fn new(settings: Settings) -> Plan {
        Plan {
            target: Target::Start,
            inputs: Vec::new(),
            shown_through: 0,
            breakpoints: Vec::new(),
            next_breakpoint: 1,
            settings,
            last_command: String::new(),
            pending_commands: Vec::new(),
            notice: String::new(),
            quit: None,
            post_mortem: false,
            silent_arrival: false,
        }
    }

    /// One `key value` line per field; strings and bytes in hexadecimal.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let mut line = |key: &str, value: String| {
            out.push_str(key);
            out.push(' ');
            out.push_str(&value);
            out.push('\n');
        };
        line(
            "target",
            match self.target {
                Target::Start => "start".into(),
                Target::Step(n) => format!("step {n}"),
                Target::Exception(n) => format!("exception {n}"),
            },
        );
        for input in &self.inputs {
            line(
                "input",
                match input {
                    Input::Stdin(b) => format!("stdin {}", hex(b)),
                    Input::Clock(t) => format!("clock {}", t.to_bits()),
                    Input::Entropy(b) => format!("entropy {}", hex(b)),
                },
            );
        }
        line("shown", self.shown_through.to_string());
        for b in &self.breakpoints {
            let kind = match &b.kind {
                BreakKind::Line { file, line } => format!("line {} {line}", hex(file.as_bytes())),
                BreakKind::Function { name } => format!("function {}", hex(name.as_bytes())),
                BreakKind::Offset { file, name, offset } => format!(
                    "offset {} {} {offset}",
                    hex(file.as_bytes()),
                    hex(name.as_bytes())
                ),
            };
            line(
                "break",
                format!(
                    "{} {} {} {} {} {kind}",
                    b.number,
                    hex(b.spec.as_bytes()),
                    u8::from(b.enabled),
                    u8::from(b.temporary),
                    b.hits
                ),
            );
        }
        line("next_break", self.next_breakpoint.to_string());
        let s = &self.settings;
        line(
            "settings",
            [s.autostack, s.autodis, s.catch, s.color, s.echo]
                .iter()
                .map(|b| u8::from(*b).to_string())
                .collect::<Vec<_>>()
                .join(" "),
        );
        line("last", hex(self.last_command.as_bytes()));
        for c in &self.pending_commands {
            line("pending", hex(c.as_bytes()));
        }
        line("notice", hex(self.notice.as_bytes()));
        if let Some(q) = self.quit {
            line("quit", q.to_string());
        }
        line("post_mortem", u8::from(self.post_mortem).to_string());
        line("silent_arrival", u8::from(self.silent_arrival).to_string());
        out
    }

    pub fn decode(text: &str) -> Option<Plan> {
        let mut plan = Plan::new(Settings::default());
        for line in text.lines() {
            let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
            let mut words = rest.split(' ');
            let mut next = || words.next().unwrap_or("");
            match key {
                "target" => {
                    plan.target = match next() {
                        "start" => Target::Start,
                        "step" => Target::Step(next().parse().ok()?),
                        "exception" => Target::Exception(next().parse().ok()?),
                        _ => return None,
                    }
                }
                "input" => plan.inputs.push(match next() {
                    "stdin" => Input::Stdin(unhex(next())?),
                    "clock" => Input::Clock(f64::from_bits(next().parse().ok()?)),
                    "entropy" => Input::Entropy(unhex(next())?),
                    _ => return None,
                }),
                "shown" => plan.shown_through = next().parse().ok()?,
                "break" => {
                    let number = next().parse().ok()?;
                    let spec = text_of(next())?;
                    let enabled = next() == "1";
                    let temporary = next() == "1";
                    let hits = next().parse().ok()?;
                    let kind = match next() {
                        "line" => BreakKind::Line {
                            file: text_of(next())?,
                            line: next().parse().ok()?,
                        },
                        "function" => BreakKind::Function {
                            name: text_of(next())?,
                        },
                        "offset" => BreakKind::Offset {
                            file: text_of(next())?,
                            name: text_of(next())?,
                            offset: next().parse().ok()?,
                        },
                        _ => return None,
                    };
                    plan.breakpoints.push(Breakpoint {
                        number,
                        spec,
                        kind,
                        enabled,
                        temporary,
                        hits,
                    });
                }
                "next_break" => plan.next_breakpoint = next().parse().ok()?,
                "settings" => {
                    let flags: Vec<bool> = rest.split(' ').map(|w| w == "1").collect();
                    let flag = |i: usize| flags.get(i).copied().unwrap_or(false);
                    plan.settings = Settings {
                        autostack: flag(0),
                        autodis: flag(1),
                        catch: flag(2),
                        color: flag(3),
                        echo: flag(4),
                    };
                }
                "last" => plan.last_command = text_of(next())?,
                "pending" => plan.pending_commands.push(text_of(next())?),
                "notice" => plan.notice = text_of(next())?,
                "quit" => plan.quit = Some(next().parse().ok()?),
                "post_mortem" => plan.post_mortem = next() == "1",
                "silent_arrival" => plan.silent_arrival = next() == "1",
                _ => return None,
            }
        }
        Some(plan)
    }
}

fn hex(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "-".into();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text == "-" {
        return Some(Vec::new());
    }
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

fn text_of(hex_text: &str) -> Option<String> {
    Some(String::from_utf8_lossy(&unhex(hex_text)?).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_survives_the_pipe() {
        let mut plan = Plan::new(Settings::default());
        plan.target = Target::Exception(42);
        plan.inputs = vec![
            Input::Stdin(b"hello world\n".to_vec()),
            Input::Clock(1.25),
            Input::Entropy(vec![]),
        ];
        plan.breakpoints.push(Breakpoint {
            number: 3,
            spec: "mod:*6".into(),
            kind: BreakKind::Offset {
                file: "a b.py".into(),
                name: "mod".into(),
                offset: 6,
            },
            enabled: false,
            temporary: true,
            hits: 2,
        });
        plan.last_command = "si 3".into();
        plan.pending_commands = vec!["".into(), "p x".into()];
        plan.notice = "Traceback\n  line\n".into();
        plan.quit = Some(1);
        plan.post_mortem = true;
        plan.silent_arrival = true;
        assert_eq!(Plan::decode(&plan.encode()), Some(plan));
    }
}

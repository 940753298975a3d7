//! The debugger's commands: names (gdb's, with pdb's aliases), unique
//! prefixes, and the help text.

/// One command: its name, aliases, arguments and what it does.
pub struct CommandInfo {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub usage: &'static str,
    pub help: &'static str,
}

pub const COMMANDS: &[CommandInfo] = &[
    CommandInfo {
        name: "stepi",
        aliases: &["si"],
        usage: "stepi [N]",
        help: "Run one instruction (N instructions), going into calls.",
    },
    CommandInfo {
        name: "nexti",
        aliases: &["ni"],
        usage: "nexti [N]",
        help: "Run one instruction (N instructions) of this frame; a call runs to its end.",
    },
    CommandInfo {
        name: "step",
        aliases: &["s"],
        usage: "step",
        help: "Run to the next line event (CPython 2.7's rule: the start of a line, or a jump \
               backwards), going into calls; or to the caller when this frame returns.",
    },
    CommandInfo {
        name: "next",
        aliases: &["n"],
        usage: "next",
        help: "Run to the next line of this frame; calls run to their end.",
    },
    CommandInfo {
        name: "finish",
        aliases: &["fin"],
        usage: "finish",
        help: "Run until the selected frame returns, and show the value it returned.",
    },
    CommandInfo {
        name: "until",
        aliases: &["u", "unt"],
        usage: "until [LINE]",
        help: "Run until a line after this one (or LINE) in this frame, or until it returns.",
    },
    CommandInfo {
        name: "continue",
        aliases: &["c", "cont"],
        usage: "continue",
        help: "Run until a breakpoint, an uncaught exception or the end of the program.",
    },
    CommandInfo {
        name: "run",
        aliases: &["restart"],
        usage: "run",
        help: "Start the program again from its first instruction (breakpoints are kept).",
    },
    CommandInfo {
        name: "reverse-stepi",
        aliases: &["rsi"],
        usage: "reverse-stepi [N]",
        help: "Go back one instruction (N instructions).",
    },
    CommandInfo {
        name: "reverse-step",
        aliases: &["rs"],
        usage: "reverse-step",
        help: "Go back to the previous line event, in any frame.",
    },
    CommandInfo {
        name: "reverse-next",
        aliases: &["rn"],
        usage: "reverse-next",
        help: "Go back to the previous line event of this frame or a caller.",
    },
    CommandInfo {
        name: "reverse-finish",
        aliases: &[],
        usage: "reverse-finish",
        help: "Go back to the instruction that called this frame.",
    },
    CommandInfo {
        name: "reverse-continue",
        aliases: &["rc"],
        usage: "reverse-continue",
        help: "Go back to the previous breakpoint hit, or to the start.",
    },
    CommandInfo {
        name: "break",
        aliases: &["b"],
        usage: "break LINE | FILE:LINE | FUNC | *OFFSET | FUNC:*OFFSET",
        help: "Stop at a line, at the first instruction of every call of a function, or at an \
               instruction offset (in the current function, or in FUNC).",
    },
    CommandInfo {
        name: "tbreak",
        aliases: &["tb"],
        usage: "tbreak LOCATION",
        help: "Like break, but the breakpoint is deleted when first hit.",
    },
    CommandInfo {
        name: "delete",
        aliases: &["d", "del"],
        usage: "delete [N...]",
        help: "Delete breakpoints N (all of them without an argument).",
    },
    CommandInfo {
        name: "disable",
        aliases: &[],
        usage: "disable N...",
        help: "Disable breakpoints N.",
    },
    CommandInfo {
        name: "enable",
        aliases: &[],
        usage: "enable N...",
        help: "Enable breakpoints N.",
    },
    CommandInfo {
        name: "catch",
        aliases: &[],
        usage: "catch [off]",
        help: "Stop wherever an exception is raised, even one that will be handled.",
    },
    CommandInfo {
        name: "stack",
        aliases: &["st"],
        usage: "stack",
        help: "The value stack of the selected frame, bottom to top: type and repr of each \
               entry, the top marked. Also `info stack`.",
    },
    CommandInfo {
        name: "info",
        aliases: &["i"],
        usage: "info stack|blocks|locals|globals|args|breakpoints|frame|program",
        help: "blocks: the block stack (SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY, SETUP_WITH \
               with handler and stack level); locals, globals, args: variables of the selected \
               frame; breakpoints; frame: the selected frame; program: how far the program ran.",
    },
    CommandInfo {
        name: "backtrace",
        aliases: &["bt", "where", "w"],
        usage: "backtrace",
        help: "The frames, innermost first; > marks the selected one.",
    },
    CommandInfo {
        name: "up",
        aliases: &[],
        usage: "up [N]",
        help: "Select the frame that called this one (N levels up).",
    },
    CommandInfo {
        name: "down",
        aliases: &["do"],
        usage: "down [N]",
        help: "Select the frame this one called (N levels down).",
    },
    CommandInfo {
        name: "frame",
        aliases: &["f"],
        usage: "frame [N]",
        help: "Select frame N (as backtrace numbers them), or show the selected frame.",
    },
    CommandInfo {
        name: "print",
        aliases: &["p"],
        usage: "print EXPR",
        help: "Evaluate EXPR in the selected frame: names, attributes, subscripts, calls and \
               literals (`p self.items[0]`, `p len(xs)`). Attributes and calls run the \
               program's own code.",
    },
    CommandInfo {
        name: "list",
        aliases: &["l"],
        usage: "list [LINE]",
        help: "Source lines around the current line (or LINE); -> marks the current line, B \
               a breakpoint. Again (or an empty line) lists the next lines.",
    },
    CommandInfo {
        name: "disassemble",
        aliases: &["dis", "disas"],
        usage: "disassemble [FUNC]",
        help: "The listing of the selected frame's code (or of FUNC) exactly as CPython 2.7's \
               dis.disassemble(co, lasti) prints it, --> on the current instruction.",
    },
    CommandInfo {
        name: "set",
        aliases: &[],
        usage: "set autostack on|off | set autodis on|off | set color on|off",
        help: "autostack: show the value stack at every stop (on by default); autodis: show \
               the listing at every stop; color: colour the output.",
    },
    CommandInfo {
        name: "help",
        aliases: &["h", "?"],
        usage: "help [COMMAND]",
        help: "List the commands, or describe one.",
    },
    CommandInfo {
        name: "quit",
        aliases: &["q", "exit"],
        usage: "quit",
        help: "Leave the debugger (the program stops).",
    },
];

/// Resolves what the user typed to a command name: an exact name or alias,
/// else a unique prefix of a name.
pub fn resolve(word: &str) -> Result<&'static str, String> {
    for c in COMMANDS {
        if c.name == word || c.aliases.contains(&word) {
            return Ok(c.name);
        }
    }
    if word == "r" {
        return Err(
            "\"r\" is ambiguous: use \"finish\" (pdb's return) or \"run\" (gdb's run)".into(),
        );
    }
    let found: Vec<&str> = COMMANDS
        .iter()
        .map(|c| c.name)
        .filter(|n| n.starts_with(word))
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("Undefined command: \"{word}\". Try \"help\".")),
        many => Err(format!(
            "Ambiguous command \"{word}\": {}.",
            many.join(", ")
        )),
    }
}

/// `help` and `help CMD`.
pub fn help(topic: Option<&str>) -> String {
    match topic {
        None => {
            let mut out = String::from(
                "Commands (unique prefixes work; an empty line repeats the last command):\n",
            );
            for c in COMMANDS {
                let names = if c.aliases.is_empty() {
                    c.name.to_string()
                } else {
                    format!("{} ({})", c.name, c.aliases.join(", "))
                };
                out.push_str(&format!("  {names:<34} {}\n", first_sentence(c.help)));
            }
            out.push_str("Type \"help COMMAND\" for more.\n");
            out
        }
        Some(word) => match resolve(word) {
            Ok(name) => {
                let c = COMMANDS.iter().find(|c| c.name == name).expect("a command");
                let aliases = if c.aliases.is_empty() {
                    String::new()
                } else {
                    format!("\nAliases: {}.", c.aliases.join(", "))
                };
                format!("{}\n{}{aliases}\n", c.usage, c.help)
            }
            Err(e) => format!("{e}\n"),
        },
    }
}

fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_and_prefixes() {
        assert_eq!(resolve("si"), Ok("stepi"));
        assert_eq!(resolve("bt"), Ok("backtrace"));
        assert_eq!(resolve("disas"), Ok("disassemble"));
        assert!(resolve("disa")
            .unwrap_err()
            .contains("disable, disassemble"));
        assert_eq!(resolve("fini"), Ok("finish"));
        assert!(resolve("re").unwrap_err().contains("Ambiguous"));
        assert!(resolve("r").is_err());
        assert!(resolve("xyz").unwrap_err().contains("Undefined"));
    }

    #[test]
    fn every_command_has_help() {
        for c in COMMANDS {
            assert!(help(Some(c.name)).starts_with(c.name.split(' ').next().unwrap()));
        }
    }
}

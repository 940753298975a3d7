//! Transcripts of `glasspy step` sessions (insta snapshots), and reverse
//! execution checked against forward execution.
//!
//! Each `tests/debugger/NAME.cmds` starts with `#! PROGRAM [ARGS]`; its other
//! lines are the session's standard input: debugger commands, and the lines
//! the program itself reads. Memory addresses differ between machines and
//! are written `0xADDR` in the snapshots.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{files_with_ext, hide_addresses, read_text, root};

/// Runs `glasspy step --echo ARGS` with `input`; the transcript, the
/// program's standard error and the exit status, addresses hidden.
fn session(args: &[&str], input: &str) -> String {
    hide_addresses(&raw_session(args, input))
}

/// [`session`] with the addresses shown.
fn raw_session(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_glasspy"))
        .arg("step")
        .arg("--echo")
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(data.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.stderr.is_empty() {
        text.push_str("--- stderr ---\n");
        text.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    text.push_str(&format!("--- exit status {:?} ---\n", out.status.code()));
    text
}

#[test]
fn transcripts() {
    let scripts = files_with_ext("tests/debugger", "cmds");
    assert!(scripts.len() >= 15, "{} scripts", scripts.len());
    for script in scripts {
        let text = read_text(&script);
        let (header, input) = text.split_once('\n').unwrap_or((&text, ""));
        let args: Vec<&str> = header
            .strip_prefix("#!")
            .expect("a #! PROGRAM line")
            .split_whitespace()
            .collect();
        let name = script.file_stem().unwrap().to_string_lossy().into_owned();
        let transcript = session(&args, input);
        insta::assert_snapshot!(name, transcript);
    }
}

/// The instruction line and the stack line of every stop in a transcript
/// (`(glasspy) COMMAND` lines separate the stops).
fn stops(transcript: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in transcript.lines() {
        if line.starts_with("(glasspy) ") {
            if let Some(c) = current.take() {
                out.push(c);
            }
            current = Some(String::new());
        } else if let Some(c) = current.as_mut() {
            if !line.starts_with('>') && !line.starts_with("->") {
                c.push_str(line);
                c.push('\n');
            }
        }
    }
    out.extend(current);
    out
}

/// Steps forwards instruction by instruction, then backwards, and checks
/// that every state seen going back is the state seen going forwards —
/// also for a program that reads stdin, the clock and unseeded random
/// numbers, whose second run must be given exactly what the first got.
#[test]
fn going_back_shows_what_going_forward_showed() {
    for (program, n, input) in [
        ("tests/debugger/programs/outside_world.pyc", 80, "ada\n"),
        ("tests/debugger/programs/generators.pyc", 150, ""),
        ("programs/shapes.pyc", 150, ""),
    ] {
        // `info locals` makes every variable part of the state compared.
        // The commands come from a file: standard input is the program's.
        let mut commands = String::new();
        for _ in 0..n {
            commands.push_str("si\ninfo locals\n");
        }
        for _ in 0..n {
            commands.push_str("rsi\ninfo locals\n");
        }
        commands.push_str("q\n");
        let file = std::env::temp_dir().join(format!(
            "glasspy-reverse-{}-{}.cmds",
            std::process::id(),
            program.replace('/', "_")
        ));
        std::fs::write(&file, commands).unwrap();
        let transcript = session(&["--commands", file.to_str().unwrap(), program], input);
        let _ = std::fs::remove_file(&file);
        assert!(
            !transcript.contains("The program finished"),
            "{program} ended before {n} instructions"
        );
        let all = stops(&transcript);
        // Each step is two commands: `si`/`rsi`, then `info locals`.
        let states: Vec<String> = all.chunks(2).map(|c| c.concat()).collect();
        assert_eq!(states.len(), 2 * n + 1, "{program}: {transcript}");
        let (ahead, back) = states.split_at(n);
        // rsi number k arrives where si number n-k arrived (si 0: the start
        // is not among `ahead`).
        for k in 1..n {
            assert_eq!(
                state_of(&back[k - 1]),
                state_of(&ahead[n - k - 1]),
                "{program}: going back {k} instructions from instruction {}",
                n + 1
            );
        }
    }
}

/// A stop's instruction, value stack and variables (not where it is
/// announced from, nor the program's output).
fn state_of(stop: &str) -> String {
    stop.lines()
        .filter(|l| l.starts_with(' ') || l.contains(" = "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Objects get the same addresses in every run of the program, whatever
/// the debugger holds (breakpoints, commands, recorded input): going back
/// shows the very addresses going forward showed.
#[test]
fn addresses_do_not_depend_on_the_debugger() {
    // Forwards to instruction 6, back to 4 (a new run), forwards to 6.
    let commands = "b area\nb nowhere\nsi 5\nrsi 2\nsi 2\nq\n";
    let transcript = raw_session(&["programs/mod.pyc"], commands);
    let stacks: Vec<&str> = transcript
        .lines()
        .filter(|l| l.contains("stack: [<function mod at 0x"))
        .collect();
    assert_eq!(stacks.len(), 2, "{transcript}");
    let (first, last) = (stacks[0], stacks[1]);
    assert_eq!(first, last, "{transcript}");
}

//! Every debugger session shown in `docs/debugger.md` is what glasspy
//! prints (`scripts/update_doc_transcripts.py` writes them). Addresses are
//! compared as `0xADDR`; the session with unseeded random numbers is only
//! run, not compared.

mod common;

use common::{hide_addresses, read_text, root};

#[test]
fn debugger_walkthrough_is_current() {
    let doc = read_text(&root().join("docs/debugger.md"));
    let lines: Vec<&str> = doc.lines().collect();
    let glasspy = env!("CARGO_BIN_EXE_glasspy");
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(command) = line.strip_prefix("$ ") else {
            continue;
        };
        if !command.contains("glasspy step") || i == 0 || !lines[i - 1].starts_with("```") {
            continue;
        }
        let shown: Vec<&str> = lines[i + 1..]
            .iter()
            .take_while(|l| !l.starts_with("```"))
            .copied()
            .collect();
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(command.replacen("glasspy", glasspy, 1))
            .current_dir(root())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
        got.push_str(&String::from_utf8_lossy(&out.stderr));
        if command.contains("outside_world") {
            continue;
        }
        assert_eq!(
            hide_addresses(got.trim_end()),
            hide_addresses(&shown.join("\n")),
            "docs/debugger.md line {}: run scripts/update_doc_transcripts.py",
            i + 1
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} sessions found");
}

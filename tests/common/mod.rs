//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root, where the tests run.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files in `dir` (relative to the root) ending in `.ext`, sorted.
pub fn files_with_ext(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

pub fn read_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Replaces the address in every `<code object NAME at 0x...,` with `0xADDR`,
/// as `scripts/gen_fixtures.py` does to CPython's output.
pub fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<code object ") {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let Some(at) = from.find(" at 0x") else {
            out.push_str(from);
            return out;
        };
        let hex_start = at + " at 0x".len();
        let hex_len = from[hex_start..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        let name = &from["<code object ".len()..at];
        let ok =
            !name.contains(char::is_whitespace) && from[hex_start + hex_len..].starts_with(',');
        if ok {
            out.push_str(&from[..at]);
            out.push_str(" at 0xADDR");
            rest = &from[hex_start + hex_len..];
        } else {
            out.push_str(&from[.."<code object ".len()]);
            rest = &from["<code object ".len()..];
        }
    }
    out.push_str(rest);
    out
}

/// FNV-1a, 64 bits, as `scripts/gen_fixtures.py` computes it for large listings.
pub fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

/// Compares `actual` with a golden file: either the text itself, or (for large
/// output) `# digest` with the length, FNV-1a digest and the first lines.
/// Returns a description of the first difference.
pub fn compare_with_golden(actual: &str, golden: &str) -> Result<(), String> {
    if let Some(rest) = golden.strip_prefix("# digest of a listing too large to commit\n") {
        let mut lines = rest.splitn(3, '\n');
        let length: usize = lines
            .next()
            .and_then(|l| l.strip_prefix("length "))
            .unwrap()
            .parse()
            .unwrap();
        let digest = lines
            .next()
            .and_then(|l| l.strip_prefix("fnv1a64 "))
            .unwrap()
            .to_string();
        let head = lines.next().unwrap_or("");
        if !actual.starts_with(head) {
            return first_difference(actual, head);
        }
        let got = format!("{:016x}", fnv1a64(actual.as_bytes()));
        if actual.len() != length || got != digest {
            return Err(format!(
                "length {} and digest {got} differ from CPython's length {length} and digest {digest}",
                actual.len()
            ));
        }
        return Ok(());
    }
    if actual == golden {
        Ok(())
    } else {
        first_difference(actual, golden)
    }
}

fn first_difference(actual: &str, golden: &str) -> Result<(), String> {
    let (a, g): (Vec<&str>, Vec<&str>) =
        (actual.split('\n').collect(), golden.split('\n').collect());
    for i in 0..a.len().max(g.len()) {
        let (x, y) = (a.get(i), g.get(i));
        if x != y {
            return Err(format!(
                "line {}:\n  cpython: {:?}\n  glasspy: {:?}",
                i + 1,
                y.unwrap_or(&"<end>"),
                x.unwrap_or(&"<end>")
            ));
        }
    }
    Ok(())
}

/// CPython 2.7 on this machine, or `None` (the caller then says it skips).
pub fn python27() -> Option<PathBuf> {
    match glasspy::loader::find_python27(None) {
        Ok(p)
            if std::process::Command::new(&p)
                .arg("-V")
                .output()
                .is_ok_and(|o| o.status.success()) =>
        {
            Some(p)
        }
        _ => {
            eprintln!("skipped: no CPython 2.7 found (set GLASSPY_PYTHON27 to run this test)");
            None
        }
    }
}

/// Gives every module source under `tests/programs/modules/` the
/// modification time 0 that its committed `.pyc` records, so that the
/// `.pyc` is current on this checkout as it was where CPython ran.
pub fn date_module_sources() {
    fn visit(dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path);
            } else if path.extension().is_some_and(|e| e == "py") {
                std::fs::File::options()
                    .write(true)
                    .open(&path)
                    .and_then(|f| f.set_modified(std::time::UNIX_EPOCH))
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
    visit(&root().join("tests/programs/modules"));
}

/// Every memory address (`0x` and hex digits) written `0xADDR`: reprs
/// show addresses, which differ from run to run and machine to machine.
pub fn hide_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let n = rest[i + 2..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        if n > 0 {
            out.push_str("ADDR");
        }
        rest = &rest[i + 2 + n..];
    }
    out.push_str(rest);
    out
}

//! Damaged input never panics: every fixture is truncated and mutated at many
//! points, and each result must either load (and then disassemble and
//! describe) or give a clean error.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use common::files_with_ext;
use glasspy::{dis, inspect, marshal};

/// Bytes a mutation writes: type codes that start containers, references and
/// sizes, plus extremes.
const INTERESTING: &[u8] = b"([{<>cRtsuliIN0xfgyT.S\x00\xff\x7f\x80\x01\x02";

/// A small deterministic generator (xorshift64*), so failures repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545f4914f6cdd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Loads `data` as a .pyc or raw marshal data; whatever loads is also shown.
fn exercise(data: &[u8], is_pyc: bool) -> bool {
    let code = if is_pyc {
        marshal::load_pyc(data).map(|p| p.code)
    } else {
        match marshal::loads(data) {
            Ok(glasspy::code::Const::Code(code)) => Ok(code),
            Ok(other) => {
                let _ = other.repr();
                return true;
            }
            Err(e) => Err(e),
        }
    };
    match code {
        Ok(code) => {
            let _ = dis::dis_recursive(&code);
            let _ = dis::raw_listing(&code);
            let _ = inspect::describe(&code);
            true
        }
        Err(e) => {
            assert!(!e.message.is_empty());
            assert!(
                e.offset <= data.len(),
                "offset {} beyond {} bytes",
                e.offset,
                data.len()
            );
            false
        }
    }
}

fn inputs() -> Vec<(PathBuf, bool)> {
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for dir in [
        "tests/fixtures/dis",
        "programs",
        "tests/fixtures/other_versions",
    ] {
        files.extend(files_with_ext(dir, "pyc").into_iter().map(|p| (p, true)));
    }
    files.extend(
        files_with_ext("tests/fixtures/marshal", "bin")
            .into_iter()
            .map(|p| (p, false)),
    );
    files
}

#[test]
fn truncated_and_mutated_input_never_panics() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let (mut cases, mut loaded) = (0usize, 0usize);
    for (path, is_pyc) in inputs() {
        let data = std::fs::read(&path).unwrap();
        // Large files take long to disassemble; they get fewer cases.
        let budget = if data.len() > 50_000 { 20 } else { 200 };
        let mut variants: Vec<(String, Vec<u8>)> = Vec::new();
        let step = (data.len() / budget).max(1);
        for cut in (0..data.len()).step_by(step) {
            variants.push((format!("truncated to {cut} bytes"), data[..cut].to_vec()));
        }
        for _ in 0..budget {
            let mut mutated = data.clone();
            let edits = 1 + rng.below(3);
            let mut what = Vec::new();
            for _ in 0..edits {
                let at = rng.below(mutated.len().max(1));
                let byte = if rng.below(4) == 0 {
                    rng.next() as u8
                } else {
                    INTERESTING[rng.below(INTERESTING.len())]
                };
                if at < mutated.len() {
                    mutated[at] = byte;
                }
                what.push(format!("byte {at} := 0x{byte:02x}"));
            }
            variants.push((what.join(", "), mutated));
        }
        for (what, variant) in variants {
            let result = catch_unwind(AssertUnwindSafe(|| exercise(&variant, is_pyc)));
            match result {
                Ok(ok) => loaded += usize::from(ok),
                Err(_) => panic!("{}: {what}: panicked", path.display()),
            }
            cases += 1;
        }
    }
    println!(
        "no-panic cases: {cases} ({loaded} loaded, {} rejected cleanly)",
        cases - loaded
    );
    assert!(cases >= 5000, "only {cases} cases");
}

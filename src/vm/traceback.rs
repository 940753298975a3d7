//! Tracebacks and their text (CPython: `Python/traceback.c`,
//! `Python/pythonrun.c`'s `PyErr_Print`).

use std::rc::Rc;

use crate::vm::code::CodeObject;
use crate::vm::frameobject::PyFrameObject;

/// One traceback entry: a frame an exception passed through, innermost last
/// when following `next`.
pub struct PyTraceback {
    pub code: Rc<CodeObject>,
    pub lasti: usize,
    pub lineno: i64,
    /// `tb_frame`.
    pub frame: Rc<PyFrameObject>,
    pub next: Option<Rc<PyTraceback>>,
}

/// The source line `lineno` of `filename`, stripped of leading whitespace,
/// as the traceback prints it; `None` when the file cannot be read.
pub fn source_line(filename: &str, lineno: i64) -> Option<String> {
    let data = std::fs::read(filename).ok()?;
    let index = usize::try_from(lineno.checked_sub(1)?).ok()?;
    let line = data.split(|&b| b == b'\n').nth(index)?;
    let text = String::from_utf8_lossy(line);
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    Some(trimmed.to_string())
}

/// The `Traceback (most recent call last):` block, one entry per frame.
pub fn format_traceback(tb: &Option<Rc<PyTraceback>>) -> String {
    let mut out = String::new();
    let mut cur = tb.clone();
    if cur.is_some() {
        out.push_str("Traceback (most recent call last):\n");
    }
    while let Some(entry) = cur {
        let code = &entry.code.code;
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, entry.lineno, code.name
        ));
        if let Some(line) = source_line(&code.filename, entry.lineno) {
            out.push_str(&format!("    {line}\n"));
        }
        cur = entry.next.clone();
    }
    out
}

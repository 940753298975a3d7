//! Turning a program named on the command line into a code object.
//!
//! A `.pyc` is read directly. A `.py` is compiled by a CPython 2.7 found on the
//! machine (until glasspy has its own compiler), so that its code objects are
//! exactly those `python2.7 prog.py` would run, `co_filename` included.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use crate::code::Code;
use crate::marshal::{self, LoadError};

/// Where glasspy looks for CPython 2.7, in order, for the error message.
pub const PYTHON_SEARCH_ORDER: &str =
    "--python PATH, $GLASSPY_PYTHON27, python2.7 on PATH, or pyenv's 2.7 install";

/// A loaded program.
#[derive(Debug)]
pub struct Program {
    /// The path as the user gave it.
    pub path: String,
    pub code: Rc<Code>,
    /// The CPython 2.7 that compiled it, for `.py` input.
    pub compiled_by: Option<PathBuf>,
    /// The `.pyc` image the code was read from (it can cross threads).
    pub image: Vec<u8>,
}

/// Why a program could not be loaded.
#[derive(Debug)]
pub enum ProgramError {
    /// The file could not be read.
    Io(String),
    /// The `.pyc` or marshal data is bad.
    Load(LoadError),
    /// No CPython 2.7 was found to compile a `.py` file.
    NoPython(String),
    /// CPython 2.7 could not be run, or did not behave like one.
    Compiler(String),
    /// The source has a syntax error; the text is CPython's own report of it.
    Syntax(String),
}

impl ProgramError {
    /// The exit status `python2.7` would give: 1 for a syntax error in the
    /// program, 2 for a problem with the command line or its files.
    pub fn exit_status(&self) -> i32 {
        match self {
            ProgramError::Syntax(_) => 1,
            _ => 2,
        }
    }
}

impl fmt::Display for ProgramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgramError::Io(m) | ProgramError::NoPython(m) | ProgramError::Compiler(m) => {
                f.write_str(m)
            }
            ProgramError::Load(e) => write!(f, "{e}"),
            ProgramError::Syntax(text) => f.write_str(text.trim_end()),
        }
    }
}

/// Loads `path`: a `.pyc` (by extension, or because it starts with a `.pyc`
/// magic number), or else Python 2.7 source compiled by CPython 2.7.
pub fn load_program(path: &str, python: Option<&str>) -> Result<Program, ProgramError> {
    let data = std::fs::read(path)
        .map_err(|e| ProgramError::Io(format!("cannot read the file: {}", io_reason(&e))))?;
    let is_pyc = matches!(
        Path::new(path).extension().and_then(|e| e.to_str()),
        Some("pyc" | "pyo")
    ) || (data.len() >= 4
        && data[2..4] == *b"\r\n"
        && data[0..2] != *b"\r\n"
        && looks_binary(&data));
    if is_pyc {
        let pyc = marshal::load_pyc(&data).map_err(ProgramError::Load)?;
        return Ok(Program {
            path: path.to_string(),
            code: pyc.code,
            compiled_by: None,
            image: data,
        });
    }
    let interpreter = find_python27(python)?;
    let pyc_bytes = compile_with(&interpreter, path)?;
    let pyc = marshal::load_pyc(&pyc_bytes).map_err(|e| {
        ProgramError::Compiler(format!(
            "{} produced unreadable bytecode: {e}",
            interpreter.display()
        ))
    })?;
    Ok(Program {
        path: path.to_string(),
        code: pyc.code,
        compiled_by: Some(interpreter),
        image: pyc_bytes,
    })
}

fn looks_binary(data: &[u8]) -> bool {
    data.iter().take(64).any(|&b| b == 0 || b >= 0x80)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Finds a CPython 2.7: `--python PATH`, then `$GLASSPY_PYTHON27`, then
/// `python2.7` on `PATH`, then pyenv's 2.7 installs.
pub fn find_python27(explicit: Option<&str>) -> Result<PathBuf, ProgramError> {
    if let Some(p) = explicit {
        return Ok(PathBuf::from(p));
    }
    if let Some(p) = std::env::var_os("GLASSPY_PYTHON27").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    if let Some(p) = python27_on_path() {
        return Ok(p);
    }
    if let Some(p) = pyenv_python27() {
        return Ok(p);
    }
    Err(ProgramError::NoPython(format!(
        "no CPython 2.7 found to compile Python source; give one with {PYTHON_SEARCH_ORDER}, or pass a .pyc"
    )))
}

/// `python2.7` on `PATH`, unless it is a pyenv shim: a shim only works when
/// pyenv has 2.7 selected, so the install itself is taken instead.
fn python27_on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("python2.7"))
        .find(|p| p.is_file() && !p.components().any(|c| c.as_os_str() == "shims"))
}

fn pyenv_python27() -> Option<PathBuf> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")))?;
    let mut versions: Vec<PathBuf> = std::fs::read_dir(root.join("versions"))
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("2.7"))
        .map(|e| e.path().join("bin").join("python2.7"))
        .filter(|p| p.is_file())
        .collect();
    versions.sort();
    versions.pop()
}

/// Runs in CPython: compiles the file exactly as `python2.7 FILE` does (the
/// path as given becomes `co_filename`; no `__future__` flags inherited) and
/// writes a `.pyc` image to stdout, or CPython's syntax error text to stderr.
/// It is written to run under any Python, to say clearly when it is not 2.7.
const COMPILE_SCRIPT: &str = r#"
import sys
if sys.version_info[:2] != (2, 7):
    sys.stderr.write("this is Python %d.%d, not 2.7\n" % sys.version_info[:2])
    sys.exit(3)
import imp, marshal, traceback
path = sys.argv[1]
with open(path, 'rU') as f:
    source = f.read()
try:
    code = compile(source, path, 'exec', 0, 1)
except (SyntaxError, TypeError):
    kind, value = sys.exc_info()[:2]
    sys.stderr.write(''.join(traceback.format_exception_only(kind, value)))
    if isinstance(value, SyntaxError):
        sys.stdout.write(marshal.dumps((kind.__name__, value.msg, value.filename,
                                        value.lineno, value.offset, value.text)))
    sys.exit(1)
out = getattr(sys.stdout, 'buffer', sys.stdout)
out.write(imp.get_magic() + b'\0\0\0\0' + marshal.dumps(code))
"#;

/// A syntax error in a module being imported, as the `SyntaxError` (or
/// subclass) CPython would raise: its type name and arguments.
#[derive(Debug)]
pub struct SyntaxErrorInfo {
    pub kind: String,
    pub msg: crate::code::Const,
    pub filename: crate::code::Const,
    pub lineno: crate::code::Const,
    pub offset: crate::code::Const,
    pub text: crate::code::Const,
}

/// Why a module's source gave no code.
#[derive(Debug)]
pub enum ModuleCompileError {
    /// The source has a syntax error, to be raised in the program.
    Syntax(Box<SyntaxErrorInfo>),
    /// No CPython 2.7 could compile it.
    Failed(ProgramError),
}

/// Compiles a module's source for `import`: the `.pyc` image (mtime 0), or
/// the syntax error to raise, or why it could not be compiled at all.
pub fn compile_module(python: Option<&str>, path: &str) -> Result<Vec<u8>, ModuleCompileError> {
    let interpreter = find_python27(python).map_err(ModuleCompileError::Failed)?;
    let output = run_compiler(&interpreter, path).map_err(ModuleCompileError::Failed)?;
    if output.status.code() == Some(1) {
        if let Ok(crate::code::Const::Tuple(t)) = marshal::loads(&output.stdout) {
            if let [crate::code::Const::Str(kind), msg, filename, lineno, offset, text] = &t[..] {
                return Err(ModuleCompileError::Syntax(Box::new(SyntaxErrorInfo {
                    kind: String::from_utf8_lossy(kind).into_owned(),
                    msg: msg.clone(),
                    filename: filename.clone(),
                    lineno: lineno.clone(),
                    offset: offset.clone(),
                    text: text.clone(),
                })));
            }
        }
    }
    compiler_result(&interpreter, output).map_err(ModuleCompileError::Failed)
}

fn run_compiler(interpreter: &Path, path: &str) -> Result<std::process::Output, ProgramError> {
    Command::new(interpreter)
        .args(["-E", "-S", "-B", "-c", COMPILE_SCRIPT, path])
        .output()
        .map_err(|e| {
            ProgramError::Compiler(format!(
                "cannot run {} to compile Python source: {}; give a CPython 2.7 with {PYTHON_SEARCH_ORDER}",
                interpreter.display(),
                io_reason(&e)
            ))
        })
}

fn compile_with(interpreter: &Path, path: &str) -> Result<Vec<u8>, ProgramError> {
    let output = run_compiler(interpreter, path)?;
    compiler_result(interpreter, output)
}

fn compiler_result(
    interpreter: &Path,
    output: std::process::Output,
) -> Result<Vec<u8>, ProgramError> {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    match output.status.code() {
        Some(0) => Ok(output.stdout),
        Some(1) if stderr.contains("Error") => Err(ProgramError::Syntax(stderr)),
        _ => Err(ProgramError::Compiler(format!(
            "{} could not compile the file: {}",
            interpreter.display(),
            stderr.lines().last().unwrap_or("no message").trim()
        ))),
    }
}

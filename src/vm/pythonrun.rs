//! Running a program as `python2.7 FILE` does (CPython: `Python/pythonrun.c`):
//! the `__main__` module, uncaught exceptions and `SystemExit`.

use std::rc::Rc;

use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::typeobject::Layout;
use crate::vm::code::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::traceback::format_traceback;
use crate::vm::{PyErr, Vm};

/// Runs a module code object as `__main__`, as `python2.7 FILE` does, and
/// returns the exit status. Ctrl-C raises KeyboardInterrupt in the program.
pub fn run_main(code: Rc<crate::code::Code>, argv: Vec<String>, python27: Option<String>) -> i32 {
    let mut vm = Vm::new(argv);
    vm.python27 = python27;
    // Without a handler Ctrl-C ends the process at once, as it would anyway.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, vm.interrupt.clone());
    let status = vm.run_module(code);
    vm.stdout.flush();
    vm.stderr.flush();
    status
}

/// What a captured run gave: exit status, stdout, stderr.
pub struct Captured {
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs a module with its standard streams in memory, `stdin` as its input,
/// and at most `budget` instructions (for tests and tools).
pub fn run_captured(
    code: Rc<crate::code::Code>,
    argv: Vec<String>,
    stdin: Vec<u8>,
    budget: Option<u64>,
) -> Captured {
    run_captured_traced(code, argv, stdin, budget, None)
}

/// [`run_captured`], with `tracer` watching the program.
pub fn run_captured_traced(
    code: Rc<crate::code::Code>,
    argv: Vec<String>,
    stdin: Vec<u8>,
    budget: Option<u64>,
    tracer: Option<Box<dyn crate::vm::tracing::Tracer>>,
) -> Captured {
    let mut vm = Vm::new(argv);
    let out = Rc::new(crate::builtins::fileobject::PyFile::buffer(
        "<stdout>",
        "w",
        Vec::new(),
    ));
    let err = Rc::new(crate::builtins::fileobject::PyFile::buffer(
        "<stderr>",
        "w",
        Vec::new(),
    ));
    let input = Rc::new(crate::builtins::fileobject::PyFile::buffer(
        "<stdin>", "r", stdin,
    ));
    vm.stdout = out.clone();
    vm.stderr = err.clone();
    for (name, file) in [("stdout", &out), ("stderr", &err), ("stdin", &input)] {
        vm.sys.dict.set_str(name, Value::File(file.clone()));
        vm.sys
            .dict
            .set_str(&format!("__{name}__"), Value::File(file.clone()));
    }
    vm.step_budget = budget;
    if let Some(t) = tracer {
        vm.set_tracer(t);
    }
    let status = vm.run_module(code);
    Captured {
        status,
        stdout: out.contents(),
        stderr: err.contents(),
    }
}

impl Vm {
    /// Runs a module code object as `__main__`; the exit status.
    pub fn run_module(&mut self, code: Rc<crate::code::Code>) -> i32 {
        let main = crate::vm::import::new_module("__main__");
        main.dict
            .set_str("__builtins__", Value::Module(builtins_module(self)));
        main.dict.set_str("__file__", Value::str(&code.filename));
        self.modules
            .set_str("__main__", Value::Module(main.clone()));
        let frame = Frame::new(
            CodeObject::new(code),
            main.dict.clone(),
            Some(main.dict.clone()),
            self.builtins.clone(),
        );
        self.enable_finalizers(true);
        let result = self.push_frame(frame).and_then(|_| self.run_frames(0));
        // What runs after the program (the report of an uncaught exception,
        // finalizers at exit) is not the program's own: a tracer stops here,
        // as `sys.settrace` stops seeing events once the main module is done.
        self.end_tracing();
        let status = match result {
            Ok(_) => {
                self.flush_softspace();
                0
            }
            Err(err) => self.handle_uncaught(err),
        };
        self.clear_modules_at_exit();
        self.flush_softspace();
        self.enable_finalizers(false);
        status
    }
}

fn builtins_module(vm: &Vm) -> Rc<crate::objects::moduleobject::PyModule> {
    match vm.modules.get_str("__builtin__") {
        Some(Value::Module(m)) => m,
        _ => crate::vm::import::new_module("__builtin__"),
    }
}

impl Vm {
    /// What CPython does with an exception that reaches the top
    /// (`PyErr_PrintEx`): exit for `SystemExit`; else keep it as
    /// `sys.last_type`, `last_value` and `last_traceback` and hand it to
    /// `sys.excepthook` (whose default prints the traceback on stderr). A
    /// hook that fails has its own exception printed, then the original.
    /// The exit status.
    pub fn handle_uncaught(&mut self, err: PyErr) -> i32 {
        if self.err_matches(&err, &self.exc.system_exit.clone()) {
            self.flush_softspace();
            return self.handle_system_exit(err);
        }
        let tb = match &err.tb {
            Some(tb) => Value::Traceback(tb.clone()),
            None => Value::None,
        };
        let d = self.sys.dict.clone();
        d.set_str("last_type", err.typ.clone());
        d.set_str("last_value", err.value.clone());
        d.set_str("last_traceback", tb.clone());
        let Some(hook) = d.get_str("excepthook") else {
            self.write_stderr(b"sys.excepthook is missing\n");
            self.display_exception(&err);
            return 1;
        };
        let args = vec![err.typ.clone(), err.value.clone(), tb];
        if let Err(hook_err) = self.call(&hook, Args::positional(args)) {
            if self.err_matches(&hook_err, &self.exc.system_exit.clone()) {
                self.flush_softspace();
                return self.handle_system_exit(hook_err);
            }
            self.flush_softspace();
            self.stdout.flush();
            self.write_stderr(b"Error in sys.excepthook:\n");
            self.display_exception(&hook_err);
            self.write_stderr(b"\nOriginal exception was:\n");
            self.display_exception(&err);
        }
        1
    }

    /// `PyErr_Display`: the traceback and the exception on `sys.stderr`.
    pub fn display_exception(&mut self, err: &PyErr) {
        self.flush_softspace();
        self.stdout.flush();
        let text = self.format_exception(err);
        self.write_stderr(&text);
    }

    /// `PySys_WriteStderr`: to `sys.stderr`, else the process's stderr.
    fn write_stderr(&mut self, text: &[u8]) {
        let stderr = self
            .sys
            .dict
            .get_str("stderr")
            .unwrap_or(Value::File(self.stderr.clone()));
        if self.write_to(&stderr, Value::bytes(text)).is_err() {
            self.stderr.write_bytes(text);
        }
    }

    fn handle_system_exit(&mut self, err: PyErr) -> i32 {
        self.stdout.flush();
        let args = crate::objects::exceptions::args_of(&err.value);
        let code = match args.len() {
            0 => return 0,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => i32::from(b.get()),
            other => {
                let text = self.str_lossy(&other);
                let stderr = self
                    .sys
                    .dict
                    .get_str("stderr")
                    .unwrap_or(Value::File(self.stderr.clone()));
                let _ = self.write_to(&stderr, Value::str(&format!("{text}\n")));
                1
            }
        }
    }

    /// The traceback and the final `Name: message` line, as `PyErr_Print` writes them.
    pub fn format_exception(&mut self, err: &PyErr) -> Vec<u8> {
        let mut out = format_traceback(&err.tb).into_bytes();
        let name = match &err.typ {
            Value::Type(t) => {
                let module = t.module();
                if module == "exceptions" || (!t.heap && t.layout == Layout::Exception) {
                    t.name()
                } else {
                    format!("{module}.{}", t.name())
                }
            }
            other => self.simple_repr(other),
        };
        let mut value = err.value.clone();
        if let Value::Instance(i) = &err.value {
            if i.dict().get_str("print_file_and_line").is_some() {
                if let Some(msg) = syntax_error_location(&i.dict(), &mut out) {
                    value = msg;
                }
            }
        }
        out.extend_from_slice(name.as_bytes());
        if !value.is_none() {
            match self.str(&value) {
                Ok(s) => {
                    if !s.is_empty() {
                        out.extend_from_slice(b": ");
                        out.extend_from_slice(s.as_bytes());
                    }
                }
                Err(_) => out.extend_from_slice(b": <exception str() failed>"),
            }
        }
        out.push(b'\n');
        out
    }
}

/// For a SyntaxError, what `PyErr_Display` prints before the last line: the
/// file and line, and the source text with a caret under the offset
/// (`print_error_text`). Returns the message to print after the type name,
/// or `None` (and prints nothing) when the attributes are not usable.
fn syntax_error_location(
    attrs: &crate::objects::dictobject::PyDict,
    out: &mut Vec<u8>,
) -> Option<Value> {
    let get = |name: &str| attrs.get_str(name).unwrap_or(Value::None);
    let lineno = match get("lineno") {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => return None,
    };
    let mut offset = match get("offset") {
        Value::Int(n) => n,
        Value::None => -1,
        _ => return None,
    };
    let filename = match get("filename") {
        Value::Str(f) => f.as_bytes().to_vec(),
        _ => b"<string>".to_vec(),
    };
    out.extend_from_slice(b"  File \"");
    out.extend_from_slice(&filename);
    out.extend_from_slice(format!("\", line {lineno}\n").as_bytes());
    if let Value::Str(text) = get("text") {
        let mut text: &[u8] = text.as_bytes();
        if offset >= 0 {
            if offset > 0 && offset as usize == text.len() && text.last() == Some(&b'\n') {
                offset -= 1;
            }
            while let Some(nl) = text.iter().position(|&b| b == b'\n') {
                if nl as i64 >= offset {
                    break;
                }
                offset -= nl as i64 + 1;
                text = &text[nl + 1..];
            }
            while let Some(b' ' | b'\t') = text.first() {
                text = &text[1..];
                offset -= 1;
            }
        }
        out.extend_from_slice(b"    ");
        out.extend_from_slice(text);
        if text.last() != Some(&b'\n') {
            out.push(b'\n');
        }
        if offset != -1 {
            out.extend_from_slice(b"    ");
            for _ in 1..offset {
                out.push(b' ');
            }
            out.extend_from_slice(b"^\n");
        }
    }
    Some(get("msg"))
}

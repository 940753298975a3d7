//! File objects and the `print` statement (CPython: `Objects/fileobject.c`,
//! ceval's `PRINT_ITEM`/`PRINT_NEWLINE`).

use std::cell::{Cell, RefCell};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::rc::Rc;

use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

/// Where a file object's bytes go or come from.
pub enum Stream {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    Stdin(std::io::BufReader<std::io::Stdin>),
    /// Bytes kept in memory (output captured by a caller, or input given).
    Buffer(Vec<u8>),
    Closed,
}

pub struct PyFile {
    pub name: String,
    pub mode: String,
    pub softspace: Cell<bool>,
    pub closed: Cell<bool>,
    pub stream: RefCell<Stream>,
    /// Flush after each newline (a terminal's standard output).
    pub line_buffered: bool,
}

impl PyFile {
    pub fn stdout() -> PyFile {
        PyFile {
            name: "<stdout>".into(),
            mode: "w".into(),
            softspace: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: std::io::stdout().is_terminal(),
            stream: RefCell::new(Stream::Stdout(std::io::BufWriter::with_capacity(
                8192,
                std::io::stdout(),
            ))),
        }
    }

    pub fn stderr() -> PyFile {
        PyFile {
            name: "<stderr>".into(),
            mode: "w".into(),
            softspace: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            stream: RefCell::new(Stream::Stderr(std::io::stderr())),
        }
    }

    pub fn stdin() -> PyFile {
        PyFile {
            name: "<stdin>".into(),
            mode: "r".into(),
            softspace: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            stream: RefCell::new(Stream::Stdin(std::io::BufReader::new(std::io::stdin()))),
        }
    }

    /// Writes bytes; errors of the underlying stream are ignored the way
    /// CPython's stdio buffering defers them.
    pub fn write_bytes(&self, data: &[u8]) {
        match &mut *self.stream.borrow_mut() {
            Stream::Stdout(w) => {
                let _ = w.write_all(data);
                if self.line_buffered && data.contains(&b'\n') {
                    let _ = w.flush();
                }
            }
            Stream::Stderr(w) => {
                let _ = w.write_all(data);
            }
            Stream::Buffer(b) => b.extend_from_slice(data),
            _ => {}
        }
    }

    /// A file object that keeps what is written to it (or serves `data` to reads).
    pub fn buffer(name: &str, mode: &str, data: Vec<u8>) -> PyFile {
        PyFile {
            name: name.into(),
            mode: mode.into(),
            softspace: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            stream: RefCell::new(Stream::Buffer(data)),
        }
    }

    /// What a buffer file holds.
    pub fn contents(&self) -> Vec<u8> {
        match &*self.stream.borrow() {
            Stream::Buffer(b) => b.clone(),
            _ => Vec::new(),
        }
    }

    pub fn flush(&self) {
        match &mut *self.stream.borrow_mut() {
            Stream::Stdout(w) => {
                let _ = w.flush();
            }
            Stream::Stderr(w) => {
                let _ = w.flush();
            }
            _ => {}
        }
    }

    /// One line, with its newline; empty at end of file.
    pub fn read_line(&self) -> Vec<u8> {
        let mut line = Vec::new();
        match &mut *self.stream.borrow_mut() {
            Stream::Stdin(r) => {
                let _ = r.read_until(b'\n', &mut line);
            }
            Stream::Buffer(b) => {
                let end = b
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| p + 1);
                line = b.drain(..end).collect();
            }
            _ => {}
        }
        line
    }

    pub fn read_all(&self) -> Vec<u8> {
        let mut data = Vec::new();
        match &mut *self.stream.borrow_mut() {
            Stream::Stdin(r) => {
                let _ = r.read_to_end(&mut data);
            }
            Stream::Buffer(b) => data = std::mem::take(b),
            _ => {}
        }
        data
    }
}

/// `next()` on a file: its next line.
pub fn file_next(_vm: &mut Vm, f: &Rc<PyFile>) -> PyResult<Option<Value>> {
    let line = f.read_line();
    Ok((!line.is_empty()).then(|| Value::bytes(&line)))
}

impl Vm {
    /// The object `print` writes to: `sys.stdout`.
    fn print_target(&mut self, stream: Option<Value>) -> PyResult<Value> {
        match stream {
            Some(Value::None) | None => match self.sys.dict.get_str("stdout") {
                Some(v) => Ok(v),
                None => Err(self.new_error(&self.exc.runtime_error.clone(), "lost sys.stdout")),
            },
            Some(v) => Ok(v),
        }
    }

    /// `PyFile_SoftSpace`: sets the flag and returns the old one.
    fn soft_space(&mut self, f: &Value, on: bool) -> bool {
        match f {
            Value::File(file) => file.softspace.replace(on),
            _ => {
                let name = Rc::new(PyStr::from("softspace"));
                let old = match self.getattr(f, &name) {
                    Ok(v) => self.truthy(&v).unwrap_or(false),
                    Err(_) => false,
                };
                let _ = self.setattr(f, &name, Some(Value::Int(i64::from(on))));
                old
            }
        }
    }

    /// Writes a string to a file object, or calls `write` on any other object.
    pub fn write_to(&mut self, f: &Value, data: Value) -> PyResult<()> {
        match (f, &data) {
            (Value::File(file), Value::Str(s)) => {
                file.write_bytes(s.as_bytes());
                Ok(())
            }
            (Value::File(file), Value::Unicode(_)) => {
                let s = self.str(&data)?;
                file.write_bytes(s.as_bytes());
                Ok(())
            }
            _ => {
                let write = self.getattr(f, &Rc::new(PyStr::from("write")))?;
                self.call(&write, Args::positional(vec![data]))?;
                Ok(())
            }
        }
    }

    /// `PRINT_ITEM`: a space first if the soft space is set, then `str(v)`;
    /// the soft space is set again unless `v` was a string ending in
    /// whitespace other than a space.
    pub fn print_item(&mut self, v: Value, stream: Option<Value>) -> PyResult<()> {
        let f = self.print_target(stream)?;
        if self.soft_space(&f, false) {
            self.write_to(&f, Value::str(" "))?;
        }
        let text = match &v {
            Value::Str(_) | Value::Unicode(_) => v.clone(),
            other => Value::Str(self.str(other)?),
        };
        let last = match &text {
            Value::Str(s) => s.as_bytes().last().map(|&b| u32::from(b)),
            Value::Unicode(u) => u.chars.last().copied(),
            _ => None,
        };
        self.write_to(&f, text)?;
        let ends_in_space = matches!(last, Some(c) if c != 0x20 && (c == 0x09 || c == 0x0a || c == 0x0b || c == 0x0c || c == 0x0d));
        if !ends_in_space {
            self.soft_space(&f, true);
        }
        Ok(())
    }

    /// `PRINT_NEWLINE`.
    pub fn print_newline(&mut self, stream: Option<Value>) -> PyResult<()> {
        let f = self.print_target(stream)?;
        self.write_to(&f, Value::str("\n"))?;
        self.soft_space(&f, false);
        Ok(())
    }

    /// `PRINT_EXPR` (interactive mode): `sys.displayhook`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        let f = self.print_target(None)?;
        self.write_to(&f, Value::Str(r))?;
        self.write_to(&f, Value::str("\n"))?;
        self.builtins.set_str("_", v);
        Ok(())
    }

    /// Ends a pending `print x,` line at exit, as CPython does.
    pub fn flush_softspace(&mut self) {
        if let Ok(f) = self.print_target(None) {
            if self.soft_space(&f, false) {
                let _ = self.write_to(&f, Value::str("\n"));
            }
        }
    }
}

/// The methods of file objects.
pub const METHODS: &[(&str, crate::objects::methodobject::NativeFn)] = &[
    ("write", file_write),
    ("writelines", file_writelines),
    ("flush", file_flush),
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("close", file_close),
    ("isatty", file_isatty),
    ("fileno", file_fileno),
    ("__iter__", file_iter),
    ("next", file_next_method),
];

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyFile>> {
    match args.args.first() {
        Some(Value::File(f)) => {
            if f.closed.get() {
                return Err(vm.value_error("I/O operation on closed file"));
            }
            Ok(f.clone())
        }
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'file' object"))),
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "write")?;
    crate::builtins::check_args(
        vm,
        "write",
        &Args::positional(args.args[1..].to_vec()),
        1,
        1,
    )?;
    f.softspace.set(false);
    match &args.args[1] {
        Value::Str(s) => f.write_bytes(s.as_bytes()),
        v @ Value::Unicode(_) => {
            let s = vm.str(v)?;
            f.write_bytes(s.as_bytes());
        }
        _ => return Err(vm.type_error("expected a string or other character buffer object")),
    }
    Ok(Value::None)
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "writelines")?;
    let items = vm.iterate(&args.args.get(1).cloned().unwrap_or(Value::None))?;
    f.softspace.set(false);
    for item in items {
        match &item {
            Value::Str(s) => f.write_bytes(s.as_bytes()),
            _ => return Err(vm.type_error("writelines() argument must be a sequence of strings")),
        }
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "flush")?;
    f.flush();
    Ok(Value::None)
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "read")?;
    Ok(Value::bytes(&f.read_all()))
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "readline")?;
    Ok(Value::bytes(&f.read_line()))
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "readlines")?;
    let mut lines = Vec::new();
    loop {
        let line = f.read_line();
        if line.is_empty() {
            break;
        }
        lines.push(Value::bytes(&line));
    }
    Ok(Value::list(lines))
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::File(f)) = args.args.first() {
        f.flush();
        f.closed.set(true);
        return Ok(Value::None);
    }
    Err(vm.type_error("descriptor 'close' requires a 'file' object"))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "isatty")?;
    Ok(Value::Bool(f.line_buffered))
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "fileno")?;
    Ok(Value::Int(match f.name.as_str() {
        "<stdin>" => 0,
        "<stdout>" => 1,
        _ => 2,
    }))
}

fn file_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.into_iter().next().unwrap_or(Value::None))
}

fn file_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "next")?;
    match file_next(vm, &f)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

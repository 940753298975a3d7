//! File objects and the `print` statement (CPython: `Objects/fileobject.c`,
//! ceval's `PRINT_ITEM`/`PRINT_NEWLINE`).

use std::cell::{Cell, RefCell};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::rc::Rc;

use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::{replay, PyResult, Vm};

/// Where a file object's bytes go or come from.
pub enum Stream {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    /// Standard input (what is read passes through `crate::vm::replay`).
    Stdin(Box<dyn BufRead>),
    /// Bytes kept in memory (output captured by a caller, or input given).
    Buffer(Vec<u8>),
    /// A file opened for reading.
    Reader(std::io::BufReader<std::fs::File>),
    /// A file opened for writing or appending.
    Writer(std::io::BufWriter<std::fs::File>),
    Closed,
}

pub struct PyFile {
    pub name: String,
    pub mode: String,
    pub softspace: Cell<bool>,
    /// The last byte written was not a newline (the debugger starts its
    /// own output on a new line).
    pub line_open: Cell<bool>,
    pub closed: Cell<bool>,
    pub stream: RefCell<Stream>,
    /// Flush after each newline (a terminal's standard output).
    pub line_buffered: bool,
    /// `file.encoding` and `file.errors`: how `print` encodes unicode.
    pub encoding: Option<String>,
    pub errors: Option<String>,
}

/// The encoding and error handler of a standard stream, as
/// `Py_InitializeEx` sets them: `PYTHONIOENCODING` (`encoding[:errors]`)
/// when set, otherwise the locale's character set if the stream is a
/// terminal, otherwise none.
fn std_encoding(is_terminal: bool) -> (Option<String>, Option<String>) {
    if let Ok(value) = std::env::var("PYTHONIOENCODING") {
        if !value.is_empty() {
            return match value.split_once(':') {
                Some((enc, err)) => (
                    Some(enc.to_string()).filter(|e| !e.is_empty()),
                    Some(err.to_string()),
                ),
                None => (Some(value), None),
            };
        }
    }
    if !is_terminal {
        return (None, None);
    }
    (Some(locale_codeset()), None)
}

/// `nl_langinfo(CODESET)` after `setlocale(LC_CTYPE, "")`: the part of the
/// locale name after the dot, ASCII's name for the C locale.
pub(crate) fn locale_codeset() -> String {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let codeset = locale
        .split_once('.')
        .map(|(_, rest)| rest.split('@').next().unwrap_or(""));
    match codeset {
        Some(c) if c.eq_ignore_ascii_case("utf8") || c.eq_ignore_ascii_case("utf-8") => {
            "UTF-8".into()
        }
        Some(c) if !c.is_empty() => c.to_string(),
        _ => "ANSI_X3.4-1968".into(),
    }
}

impl PyFile {
    pub fn stdout() -> PyFile {
        PyFile {
            name: "<stdout>".into(),
            mode: "w".into(),
            softspace: Cell::new(false),
            line_open: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: std::io::stdout().is_terminal(),
            encoding: std_encoding(std::io::stdout().is_terminal()).0,
            errors: std_encoding(std::io::stdout().is_terminal()).1,
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
            line_open: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            encoding: std_encoding(std::io::stderr().is_terminal()).0,
            errors: std_encoding(std::io::stderr().is_terminal()).1,
            stream: RefCell::new(Stream::Stderr(std::io::stderr())),
        }
    }

    pub fn stdin() -> PyFile {
        PyFile {
            name: "<stdin>".into(),
            mode: "r".into(),
            softspace: Cell::new(false),
            line_open: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            encoding: std_encoding(std::io::stdin().is_terminal()).0,
            errors: std_encoding(std::io::stdin().is_terminal()).1,
            stream: RefCell::new(Stream::Stdin(Box::new(std::io::BufReader::new(
                std::io::stdin(),
            )))),
        }
    }

    /// Writes bytes; errors of the underlying stream are ignored the way
    /// CPython's stdio buffering defers them.
    pub fn write_bytes(&self, data: &[u8]) {
        let mut stream = self.stream.borrow_mut();
        if matches!(&*stream, Stream::Stdout(_) | Stream::Stderr(_)) {
            if replay::muted() {
                return;
            }
            if let Some(&last) = data.last() {
                self.line_open.set(last != b'\n');
            }
        }
        match &mut *stream {
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
            Stream::Writer(w) => {
                let _ = w.write_all(data);
            }
            _ => {}
        }
    }

    /// Whether writes go somewhere.
    pub fn writable(&self) -> bool {
        match &*self.stream.borrow() {
            Stream::Stdout(_) | Stream::Stderr(_) | Stream::Writer(_) => true,
            Stream::Buffer(_) => !self.mode.starts_with(['r', 'U']),
            _ => false,
        }
    }

    /// Whether reads come from somewhere.
    pub fn readable(&self) -> bool {
        matches!(
            &*self.stream.borrow(),
            Stream::Stdin(_) | Stream::Reader(_) | Stream::Buffer(_)
        )
    }

    /// `open(name, mode)`: a file on disk.
    pub fn open(name: &str, mode: &str) -> std::io::Result<PyFile> {
        let kind = mode
            .chars()
            .find(|c| matches!(c, 'r' | 'w' | 'a' | 'U'))
            .unwrap_or('r');
        let stream = match kind {
            'w' => Stream::Writer(std::io::BufWriter::new(std::fs::File::create(name)?)),
            'a' => Stream::Writer(std::io::BufWriter::new(
                std::fs::OpenOptions::new()
                    .append(true)
                    .create(true)
                    .open(name)?,
            )),
            _ => {
                let mut file = std::fs::File::open(name)?;
                if file.metadata()?.is_dir() {
                    return Err(std::io::Error::from_raw_os_error(21));
                }
                if mode.contains('U') {
                    // Universal newlines: \r\n and a lone \r read as \n.
                    let mut data = Vec::new();
                    file.read_to_end(&mut data)?;
                    Stream::Buffer(universal_newlines(&data))
                } else {
                    Stream::Reader(std::io::BufReader::new(file))
                }
            }
        };
        Ok(PyFile {
            name: name.into(),
            mode: mode.into(),
            softspace: Cell::new(false),
            line_open: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            encoding: None,
            errors: None,
            stream: RefCell::new(stream),
        })
    }

    /// A file object that keeps what is written to it (or serves `data` to reads).
    pub fn buffer(name: &str, mode: &str, data: Vec<u8>) -> PyFile {
        PyFile {
            name: name.into(),
            mode: mode.into(),
            softspace: Cell::new(false),
            line_open: Cell::new(false),
            closed: Cell::new(false),
            line_buffered: false,
            encoding: None,
            errors: None,
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
            Stream::Writer(w) => {
                let _ = w.flush();
            }
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
                line = replay::stdin(|| {
                    let mut line = Vec::new();
                    let _ = r.read_until(b'\n', &mut line);
                    line
                });
            }
            Stream::Buffer(b) => {
                let end = b
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| p + 1);
                line = b.drain(..end).collect();
            }
            Stream::Reader(file) => {
                let _ = file.read_until(b'\n', &mut line);
            }
            _ => {}
        }
        line
    }

    pub fn read_all(&self) -> Vec<u8> {
        let mut data = Vec::new();
        match &mut *self.stream.borrow_mut() {
            Stream::Stdin(r) => {
                data = replay::stdin(|| {
                    let mut data = Vec::new();
                    let _ = r.read_to_end(&mut data);
                    data
                });
            }
            Stream::Buffer(b) => data = std::mem::take(b),
            Stream::Reader(file) => {
                let _ = file.read_to_end(&mut data);
            }
            _ => {}
        }
        data
    }

    /// Reads at most `n` bytes.
    pub fn read_some(&self, n: usize) -> Vec<u8> {
        let mut data = Vec::new();
        match &mut *self.stream.borrow_mut() {
            Stream::Stdin(r) => {
                data = replay::stdin(|| {
                    let mut data = Vec::new();
                    let _ = r.by_ref().take(n as u64).read_to_end(&mut data);
                    data
                });
            }
            Stream::Reader(file) => {
                let _ = file.by_ref().take(n as u64).read_to_end(&mut data);
            }
            Stream::Buffer(b) => data = b.drain(..n.min(b.len())).collect(),
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

    /// Unicode `data` as a file writes it (`PyFile_WriteObject`,
    /// `file_write`): in the file's encoding with its error handler, else
    /// in ASCII.
    fn encode_for_file(&mut self, file: &PyFile, data: &Value) -> PyResult<Rc<PyStr>> {
        let (Some(encoding), Value::Unicode(u)) = (&file.encoding, data) else {
            return self.str(data);
        };
        let codec = self.lookup_codec(encoding.as_bytes())?;
        let errors = file.errors.as_deref().unwrap_or("strict");
        let bytes = self.encode_chars(codec, &u.chars, || data.clone(), errors.as_bytes())?;
        Ok(Rc::new(PyStr::new(bytes.into())))
    }

    /// Writes a string to a file object, or calls `write` on any other object.
    pub fn write_to(&mut self, f: &Value, data: Value) -> PyResult<()> {
        match (f, &data) {
            (Value::File(file), Value::Str(s)) => {
                file.write_bytes(s.as_bytes());
                Ok(())
            }
            (Value::File(file), Value::Unicode(_)) => {
                let s = self.encode_for_file(file, &data)?;
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

    /// `PRINT_EXPR` (interactive mode): calls `sys.displayhook`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let Some(hook) = self.sys.dict.get_str("displayhook") else {
            return Err(self.new_error(&self.exc.runtime_error.clone(), "lost sys.displayhook"));
        };
        self.call(&hook, Args::positional(vec![v]))?;
        Ok(())
    }

    /// The default display hook's output: the pending `print x,` line
    /// ended, then `repr(v)` on a line of its own on `sys.stdout`.
    pub fn display_value(&mut self, v: &Value) -> PyResult<()> {
        let f = self.print_target(None)?;
        if self.soft_space(&f, false) {
            self.write_to(&f, Value::str("\n"))?;
        }
        let r = self.repr(v)?;
        self.write_to(&f, Value::Str(r))?;
        self.write_to(&f, Value::str("\n"))?;
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
    ("__enter__", file_enter),
    ("__exit__", file_exit),
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
    if !f.writable() {
        return Err(io_error_message(vm, "File not open for writing"));
    }
    f.softspace.set(false);
    match &args.args[1] {
        Value::Str(s) => f.write_bytes(s.as_bytes()),
        v @ Value::Unicode(_) => {
            let s = vm.encode_for_file(&f, v)?;
            f.write_bytes(s.as_bytes());
        }
        _ => return Err(vm.type_error("expected a string or other character buffer object")),
    }
    Ok(Value::None)
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "writelines")?;
    if !f.writable() {
        return Err(io_error_message(vm, "File not open for writing"));
    }
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
    if !f.readable() {
        return Err(io_error_message(vm, "File not open for reading"));
    }
    match args.args.get(1) {
        Some(n) => {
            let n = vm.index_value(n, "an integer is required")?;
            if n >= 0 {
                return Ok(Value::bytes(&f.read_some(n as usize)));
            }
            Ok(Value::bytes(&f.read_all()))
        }
        None => Ok(Value::bytes(&f.read_all())),
    }
}

/// An `IOError` with only a message.
fn io_error_message(vm: &mut Vm, message: &str) -> crate::vm::PyErr {
    vm.new_error(&vm.exc.io_error.clone(), message)
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
    Ok(Value::bool(f.line_buffered))
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

/// `\r\n` and lone `\r` as `\n` (universal newlines mode).
fn universal_newlines(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    out
}

/// The `IOError` of a failed `open`, as CPython words it.
pub fn io_error(vm: &mut Vm, e: &std::io::Error, filename: &str) -> crate::vm::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let message = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        21 => "Is a directory".to_string(),
        20 => "Not a directory".to_string(),
        17 => "File exists".to_string(),
        _ => e
            .to_string()
            .split(" (os error")
            .next()
            .unwrap_or("")
            .to_string(),
    };
    let t = vm.exc.io_error.clone();
    let inst = Value::Instance(Rc::new(crate::objects::typeobject::PyInstance::new(
        t.clone(),
    )));
    // Only SyntaxError's arguments can be refused; an IOError's never are.
    let _ = crate::objects::exceptions::init_exception(
        vm,
        &inst,
        vec![
            Value::Int(i64::from(errno)),
            Value::str(&message),
            Value::str(filename),
        ],
    );
    crate::vm::PyErr {
        typ: Value::Type(t),
        value: inst,
        tb: None,
    }
}

/// `open(name[, mode[, buffering]])`.
pub fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut positional = args.args.clone();
    for (k, v) in &args.kwargs {
        match k {
            Value::Str(s) if s.as_bytes() == b"mode" && positional.len() == 1 => {
                positional.push(v.clone())
            }
            Value::Str(s) if s.as_bytes() == b"name" && positional.is_empty() => {
                positional.push(v.clone())
            }
            Value::Str(s) if s.as_bytes() == b"buffering" => {}
            _ => {
                return Err(
                    vm.type_error("'keyword' is an invalid keyword argument for this function")
                )
            }
        }
    }
    crate::builtins::check_parsed_args(vm, "open", &Args::positional(positional.clone()), 1, 3)?;
    let name = match &positional[0] {
        Value::Str(s) => s.to_text().into_owned(),
        Value::Unicode(u) => u.to_text(),
        other => {
            return Err(vm.type_error(format!(
                "coercing to Unicode: need string or buffer, {} found",
                vm.type_name(other)
            )))
        }
    };
    let mode = match positional.get(1) {
        Some(Value::Str(s)) => s.to_text().into_owned(),
        Some(_) => return Err(vm.type_error("open() argument 2 must be string")),
        None => "r".to_string(),
    };
    if !mode.starts_with(['r', 'w', 'a', 'U']) {
        return Err(vm.value_error(format!(
            "mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'"
        )));
    }
    match PyFile::open(&name, &mode) {
        Ok(f) => Ok(Value::File(Rc::new(f))),
        Err(e) => Err(io_error(vm, &e, &name)),
    }
}

fn file_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.into_iter().next().unwrap_or(Value::None))
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_close(
        vm,
        Args::positional(args.args.into_iter().take(1).collect()),
    )?;
    Ok(Value::None)
}

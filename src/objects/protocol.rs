//! The object protocol (CPython: `Objects/object.c`): type, repr, str,
//! hash, truth, rich comparison and attribute access, for every value.

use std::fmt::Write as _;
use std::rc::Rc;

use super::abstract_::{builtin_eq, builtin_hash, CmpOp};
use super::exceptions::args_of;
use super::floatobject;
use super::methodobject::{Args, BuiltinFunction, PyMethod};
use super::object::Value;
use super::stringobject::{self, PyStr};
use super::typeobject::{Layout, PyType};
use super::{complexobject, unicodeobject};
use crate::vm::{PyResult, Vm};

/// Whether `v`'s type is a class statement's (an instance, or a class with
/// a metaclass of its own), so that its special methods are Python's.
pub fn has_python_type(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Type(t) => t.meta.borrow().is_some(),
        _ => false,
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Long(_) => t.long.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Unicode(_) => t.unicode.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::DictView(d) => match d.part {
                super::iterobject::DictPart::Keys => t.dict_keys.clone(),
                super::iterobject::DictPart::Values => t.dict_values.clone(),
                super::iterobject::DictPart::Items => t.dict_items.clone(),
            },
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Type(c) if c.is_classic() => t.classobj.clone(),
            Value::Type(c) => match &*c.meta.borrow() {
                Some(meta) => meta.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => {
                let c = i.class();
                if c.is_classic() {
                    t.instance.clone()
                } else {
                    c
                }
            }
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Iter(it) => t.iterator(it.kind),
            Value::Slice(_) => t.slice.clone(),
            Value::XRange(_) => t.xrange.clone(),
            Value::File(_) => t.file.clone(),
            Value::Traceback(_) => t.traceback.clone(),
            Value::Frame(_) => t.frame.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Super(_) => t.super_.clone(),
        }
    }

    /// The class of `v` (`v.__class__`): for a classic instance its class,
    /// otherwise its type.
    pub fn class_of(&self, v: &Value) -> Rc<PyType> {
        match v {
            Value::Instance(i) => i.class(),
            _ => self.type_of(v),
        }
    }

    /// `type(v).__name__`, as error messages name types.
    #[inline]
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name()
    }

    /// A special method looked up on the type, bound to `v` (CPython looks
    /// special methods up on the type, never the instance).
    pub fn lookup_special(&mut self, v: &Value, name: &PyStr) -> Option<Value> {
        let inst = match v {
            Value::Instance(inst) => inst,
            // A class whose metaclass comes from a class statement.
            Value::Type(c) => return self.metaclass_getattr(c, &name.to_text()),
            _ => return None,
        };
        let t = inst.class();
        if t.is_classic() {
            // A classic instance finds special methods as any attribute:
            // its own dict first, then its class, then `__getattr__`.
            let name = Rc::new(PyStr::new(name.as_bytes().into()));
            return self.getattr(v, &name).ok();
        }
        let attr = t.lookup(&name.to_text())?;
        match self.descriptor(&attr) {
            super::descrobject::Descriptor::NotOne => {
                Some(self.bind(attr, v.clone(), Value::Type(t)))
            }
            d => self.descriptor_get(&attr, d, v.clone(), &t).ok(),
        }
    }

    /// A special method of a classic instance, found as any attribute is
    /// (`instance_getattr`, `__getattr__` included): `None` when `v` is not
    /// a classic instance, else the method or the lookup's error (the
    /// AttributeError naming the method when there is none), which the
    /// operations of classic instances mostly let through.
    pub fn classic_special(&mut self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        let Value::Instance(inst) = v else {
            return None;
        };
        if !inst.class().is_classic() {
            return None;
        }
        Some(self.getattr(v, &Rc::new(PyStr::from(name))))
    }

    /// Binds a class attribute found for instance `obj` (functions become
    /// bound methods; built-in methods get their self).
    pub fn bind(&self, attr: Value, obj: Value, class: Value) -> Value {
        match attr {
            Value::Function(_) => Value::Method(Rc::new(PyMethod {
                func: attr,
                self_: Some(obj),
                class,
            })),
            Value::Builtin(b) if b.self_.is_none() && b.owner.is_some() => {
                Value::Builtin(Rc::new(BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    self_: Some(obj),
                    owner: b.owner,
                    module: std::cell::Cell::new(None),
                }))
            }
            other => other,
        }
    }

    /// The `__cmp__` a class defines in Python, bound to `v`. The
    /// `__cmp__` of `int` and `long` that a subclass inherits is left
    /// out: the comparison of the built-in value (with its coercions)
    /// is `tp_compare`'s, which the comparison code does itself.
    pub fn user_cmp(&mut self, v: &Value) -> Option<Value> {
        match self.lookup_special(v, &PyStr::from("__cmp__"))? {
            Value::Builtin(b) if b.owner.is_some() => None,
            m => Some(m),
        }
    }

    fn call_special(&mut self, v: &Value, name: &str, args: Vec<Value>) -> Option<PyResult<Value>> {
        let m = self.lookup_special(v, &PyStr::from(name))?;
        Some(self.call(&m, Args::positional(args)))
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        self.enter_recursive(" while getting the repr of an object")?;
        let r = self.repr_inner(v);
        self.native_depth -= 1;
        r
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let text = match v {
            Value::Str(s) => stringobject::repr(s.as_bytes()),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__repr__", vec![]) {
                    return self.expect_str(r?, "__repr__");
                }
                self.default_repr(v)
            }
            Value::Type(_) if has_python_type(v) => {
                if let Some(r) = self.call_special(v, "__repr__", vec![]) {
                    return self.expect_str(r?, "__repr__");
                }
                self.simple_repr(v)
            }
            Value::Tuple(_) => {
                // Tuples cannot hold themselves directly, so 2.7 keeps no
                // recursion guard for them (`Py_ReprEnter` is for the rest).
                let bytes = self.container_repr_inner(v)?;
                return Ok(Rc::new(PyStr::new(bytes.into())));
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return self.container_repr(v);
            }
            Value::DictView(d) => return self.dictview_repr(v, d),
            Value::ByteArray(b) => super::bytearrayobject::repr(&b.borrow()),
            // `instancemethod_repr` shows the repr of what the method is
            // bound to, which may be the program's own `__repr__`.
            Value::Method(m) => match &m.self_ {
                Some(bound_to) => {
                    let (cname, fname) = method_names(m);
                    let inner = self.repr(bound_to)?;
                    format!("<bound method {cname}.{fname} of {}>", inner.to_text())
                }
                None => self.simple_repr(v),
            },
            _ => self.simple_repr(v),
        };
        Ok(Rc::new(PyStr::from(text.as_str())))
    }

    /// A `__repr__`/`__str__` result must be a string.
    fn expect_str(&mut self, r: Value, method: &str) -> PyResult<Rc<PyStr>> {
        match r {
            Value::Str(s) => Ok(s),
            Value::Unicode(_) => {
                let s = self.str(&r)?;
                Ok(s)
            }
            other => Err(self.type_error(format!(
                "{method} returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    /// The repr of values whose repr calls no Python code.
    pub fn simple_repr(&self, v: &Value) -> String {
        let mut out = String::new();
        self.write_simple_repr(&mut out, v);
        out
    }

    /// Appends what [`Vm::simple_repr`] gives.
    pub fn write_simple_repr(&self, out: &mut String, v: &Value) {
        // Writing to a String cannot fail.
        let _ = match v {
            Value::None => out.write_str("None"),
            Value::NotImplemented => out.write_str("NotImplemented"),
            Value::Ellipsis => out.write_str("Ellipsis"),
            Value::Bool(b) => out.write_str(if b.get() { "True" } else { "False" }),
            Value::Int(i) => write!(out, "{i}"),
            Value::Float(f) => {
                floatobject::repr_into(out, f.get());
                Ok(())
            }
            Value::Long(l) => write!(out, "{l}L"),
            Value::Complex(c) => out.write_str(&complexobject::repr(c.0, c.1)),
            Value::Str(s) => {
                stringobject::repr_quoted_into(out, s.as_bytes(), s.quote(), usize::MAX);
                Ok(())
            }
            Value::Unicode(u) => {
                unicodeobject::repr_quoted_into(out, &u.chars, u.quote(), usize::MAX);
                Ok(())
            }
            Value::Function(f) => {
                out.push_str("<function ");
                push_function_name(out, f);
                out.push_str(" at 0x");
                push_address(out, v.id());
                out.write_char('>')
            }
            Value::Builtin(b) => match (&b.self_, b.owner) {
                // Common on a watched stack: written by hand, like objects'.
                (Some(s), Some(owner)) => {
                    if super::slotwrappers::is_slot_wrapper(owner, b.name) {
                        out.push_str("<method-wrapper '");
                        out.push_str(b.name);
                        out.push_str("' of ");
                    } else {
                        out.push_str("<built-in method ");
                        out.push_str(b.name);
                        out.push_str(" of ");
                    }
                    out.push_str(&self.type_of(s).name.borrow());
                    out.push_str(" object at 0x");
                    push_address(out, s.id());
                    out.write_char('>')
                }
                (None, Some(owner)) => {
                    let kind = if super::slotwrappers::is_slot_wrapper(owner, b.name) {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    write!(out, "<{kind} '{}' of '{owner}' objects>", b.name)
                }
                _ => {
                    out.push_str("<built-in function ");
                    out.push_str(b.name);
                    out.write_char('>')
                }
            },
            Value::Method(m) => {
                let (cname, fname) = method_names(m);
                match &m.self_ {
                    Some(s) => {
                        let _ = write!(out, "<bound method {cname}.{fname} of ");
                        self.write_simple_repr(out, s);
                        out.write_char('>')
                    }
                    None => write!(out, "<unbound method {cname}.{fname}>"),
                }
            }
            Value::Type(t) if t.is_classic() => {
                write!(out, "<class {}.{} at 0x{:x}>", t.module(), t.name(), v.id())
            }
            Value::Generator(g) => write!(out, "<generator object {} at 0x{:x}>", g.name(), v.id()),
            Value::Super(s) => write!(
                out,
                "<super: <class '{}'>, <{} object>>",
                s.class.name(),
                self.type_name(&s.obj)
            ),
            Value::Type(t) => {
                if t.heap {
                    write!(out, "<class '{}.{}'>", t.module(), t.name())
                } else if t.layout == Layout::Exception {
                    write!(out, "<type 'exceptions.{}'>", t.name())
                } else {
                    write!(out, "<type '{}'>", t.name())
                }
            }
            Value::Module(m) => {
                let name = match m.dict.get_str("__name__") {
                    Some(Value::Str(n)) => n.to_text().into_owned(),
                    _ => "?".to_string(),
                };
                match m.dict.get_str("__file__") {
                    Some(Value::Str(f)) => write!(out, "<module '{name}' from '{}'>", f.to_text()),
                    _ => write!(out, "<module '{name}' (built-in)>"),
                }
            }
            Value::Code(c) => out.write_str(&c.code.repr()),
            Value::Cell(c) => match c.get() {
                Some(inner) => write!(
                    out,
                    "<cell at 0x{:x}: {} object at 0x{:x}>",
                    v.id(),
                    self.type_name(&inner),
                    inner.id()
                ),
                None => write!(out, "<cell at 0x{:x}: empty>", v.id()),
            },
            Value::XRange(r) => {
                if r.start == 0 && r.step == 1 {
                    write!(out, "xrange({})", r.item(r.len))
                } else if r.step == 1 {
                    write!(out, "xrange({}, {})", r.start, r.item(r.len))
                } else {
                    write!(out, "xrange({}, {}, {})", r.start, r.item(r.len), r.step)
                }
            }
            Value::Slice(s) => write!(
                out,
                "slice({}, {}, {})",
                self.simple_repr(&s.start),
                self.simple_repr(&s.stop),
                self.simple_repr(&s.step)
            ),
            Value::File(f) => write!(
                out,
                "<open file '{}', mode '{}' at 0x{:x}>",
                f.name,
                f.mode,
                v.id()
            ),
            Value::Instance(_) => {
                self.write_default_repr(out, v);
                Ok(())
            }
            // The commonest kind on a watched stack (iterators and the
            // like): written without the formatting machinery, which costs
            // more than the rest of a trace event.
            _ => {
                out.push('<');
                match v {
                    // An iterator type is named by its kind, and a built-in
                    // type's name cannot change.
                    Value::Iter(it) => out.push_str(it.kind),
                    _ => out.push_str(&self.type_of(v).name.borrow()),
                }
                out.push_str(" object at 0x");
                push_address(out, v.id());
                out.write_char('>')
            }
        };
    }

    /// `BaseException.__repr__`: the class name and the repr of `args`.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let t = match v {
            Value::Instance(i) => i.class(),
            _ => self.type_of(v),
        };
        let args = args_of(v);
        let mut inner = Vec::new();
        for a in &args {
            inner.push(self.repr(a)?.to_text().into_owned());
        }
        let trailing = if args.len() == 1 { "," } else { "" };
        Ok(format!("{}({}{trailing})", t.name(), inner.join(", ")))
    }

    /// `object.__repr__`, and the repr of exceptions.
    pub fn default_repr(&self, v: &Value) -> String {
        let mut out = String::new();
        self.write_default_repr(&mut out, v);
        out
    }

    /// Appends [`Vm::default_repr`]'s text (a watched stack shows it at
    /// every step, so it is written in place).
    pub fn write_default_repr(&self, out: &mut String, v: &Value) {
        let t = match v {
            Value::Instance(i) => i.class(),
            _ => self.type_of(v),
        };
        if t.layout == Layout::Exception && !t.is_classic() {
            let args = args_of(v);
            out.push_str(&t.name.borrow());
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.write_simple_repr(out, a);
            }
            out.push_str(if args.len() == 1 { ",)" } else { ")" });
            return;
        }
        out.push('<');
        t.with_module(|module| {
            if t.is_classic() || module != "__builtin__" {
                out.push_str(module);
                out.push('.');
            }
        });
        out.push_str(&t.name.borrow());
        out.push_str(if t.is_classic() {
            " instance at 0x"
        } else {
            " object at 0x"
        });
        push_address(out, v.id());
        out.push('>');
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            let text = match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                Value::Tuple(_) => "(...)",
                _ => "set(...)",
            };
            return Ok(Rc::new(PyStr::from(text)));
        }
        self.repr_stack.push(id);
        let result = self.container_repr_inner(v);
        self.repr_stack.pop();
        result.map(|bytes| Rc::new(PyStr::new(bytes.into())))
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let items = |vm: &mut Vm, out: &mut Vec<u8>, values: &[Value]| -> PyResult<()> {
            for (i, item) in values.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                out.extend_from_slice(vm.repr(item)?.as_bytes());
            }
            Ok(())
        };
        match v {
            Value::Tuple(t) => {
                out.push(b'(');
                items(self, &mut out, &t.items)?;
                if t.len() == 1 {
                    out.push(b',');
                }
                out.push(b')');
            }
            Value::List(l) => {
                out.push(b'[');
                let snapshot = l.snapshot();
                items(self, &mut out, &snapshot)?;
                out.push(b']');
            }
            Value::Dict(d) => {
                out.push(b'{');
                for (i, (k, val)) in d.items().iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    out.extend_from_slice(self.repr(k)?.as_bytes());
                    out.extend_from_slice(b": ");
                    out.extend_from_slice(self.repr(val)?.as_bytes());
                }
                out.push(b'}');
            }
            Value::Set(s) => {
                out.extend_from_slice(if s.frozen { b"frozenset([" } else { b"set([" });
                items(self, &mut out, &s.items())?;
                out.extend_from_slice(b"])");
            }
            _ => {}
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        if let Value::Str(s) = v {
            return Ok(s.clone());
        }
        self.enter_recursive(" while getting the str of an object")?;
        let r = self.str_inner(v);
        self.native_depth -= 1;
        r
    }

    fn str_inner(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Float(f) => Ok(Rc::new(PyStr::from(floatobject::str(f.get()).as_str()))),
            Value::Long(l) => Ok(Rc::new(PyStr::from(l.to_string().as_str()))),
            Value::Complex(c) => Ok(Rc::new(PyStr::from(complexobject::str(c.0, c.1).as_str()))),
            Value::Unicode(u) => self.encode_ascii(&u.chars),
            Value::ByteArray(b) => Ok(Rc::new(PyStr::new(b.bytes().into()))),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__str__", vec![]) {
                    return self.expect_str(r?, "__str__");
                }
                if self.type_of(v).layout == Layout::Exception {
                    return self.exception_str(v);
                }
                self.repr(v)
            }
            // A classic class prints as `module.Name` (`class_str`).
            Value::Type(t) if t.is_classic() => {
                let text = match t.dict.get_str("__module__") {
                    Some(Value::Str(m)) => format!("{}.{}", m.to_text(), t.name()),
                    _ => t.name(),
                };
                Ok(Rc::new(PyStr::from(text.as_str())))
            }
            _ => self.repr(v),
        }
    }

    /// `str()` of an exception (`BaseException.__str__` and its overrides).
    pub fn exception_str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let args = args_of(v);
        let t = self.type_of(v);
        if t.is_subtype(&self.exc.key_error.clone()) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if t.is_subtype(&self.exc.environment_error.clone()) && args.len() == 2 {
            let errno = self.str(&args[0])?.to_text().into_owned();
            let strerror = self.str(&args[1])?.to_text().into_owned();
            let filename = match v {
                Value::Instance(i) => i.dict().get_str("filename").unwrap_or(Value::None),
                _ => Value::None,
            };
            let text = if filename.is_none() {
                format!("[Errno {errno}] {strerror}")
            } else {
                format!(
                    "[Errno {errno}] {strerror}: {}",
                    self.repr(&filename)?.to_text()
                )
            };
            return Ok(Rc::new(PyStr::from(text.as_str())));
        }
        if t.is_subtype(&self.exc.syntax_error.clone()) {
            if let Value::Instance(i) = v {
                return self.syntax_error_str(&i.dict());
            }
        }
        if let Some(text) = self.unicode_error_str(v)? {
            return Ok(Rc::new(PyStr::new(text.into())));
        }
        match args.len() {
            0 => Ok(Rc::new(PyStr::from(""))),
            1 => self.str(&args[0]),
            _ => self.str(&Value::tuple(args)),
        }
    }

    /// `str(e)` of a SyntaxError: its message, with the file's base name and
    /// the line when they are known (`SyntaxError_str`).
    fn syntax_error_str(&mut self, attrs: &super::dictobject::PyDict) -> PyResult<Rc<PyStr>> {
        let msg = self.str(&attrs.get_str("msg").unwrap_or(Value::None))?;
        let filename = match attrs.get_str("filename") {
            Some(Value::Str(f)) => {
                let bytes = f.as_bytes();
                let base = match bytes.iter().rposition(|&b| b == b'/') {
                    Some(i) => &bytes[i + 1..],
                    None => bytes,
                };
                Some(String::from_utf8_lossy(base).into_owned())
            }
            _ => None,
        };
        let lineno = match attrs.get_str("lineno") {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        let msg_text = msg.to_text();
        let text = match (filename, lineno) {
            (None, None) => return Ok(msg),
            (Some(f), Some(n)) => format!("{msg_text} ({f}, line {n})"),
            (Some(f), None) => format!("{msg_text} ({f})"),
            (None, Some(n)) => format!("{msg_text} (line {n})"),
        };
        Ok(Rc::new(PyStr::from(text.as_str())))
    }

    /// `str(u)` for unicode: ASCII, or UnicodeEncodeError.
    pub fn encode_ascii(&mut self, chars: &[u32]) -> PyResult<Rc<PyStr>> {
        let object = || Value::Unicode(Rc::new(unicodeobject::PyUnicode::new(chars.into())));
        let bytes = self.encode_chars(super::codecs::Codec::Ascii, chars, object, b"strict")?;
        Ok(Rc::new(PyStr::new(bytes.into())))
    }

    /// `str(v)` as Rust text, for messages.
    pub fn str_lossy(&mut self, v: &Value) -> String {
        match self.str(v) {
            Ok(s) => s.to_text().into_owned(),
            Err(_) => self.simple_repr(v),
        }
    }

    /// `bool(v)` (`PyObject_IsTrue`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Long(l) => **l != num_bigint::BigInt::from(0),
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Unicode(u) => !u.chars.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::ByteArray(b) => !b.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::DictView(d) => !d.dict.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::XRange(r) => r.len != 0,
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__nonzero__", vec![]) {
                    return match r? {
                        Value::Bool(b) => Ok(b.get()),
                        Value::Int(i) => Ok(i != 0),
                        other => Err(self.type_error(format!(
                            "__nonzero__ should return bool or int, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", vec![]) {
                    let n = self.len_result(r?)?;
                    return Ok(n != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = builtin_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Tuple(t) => {
                let mut hashes = Vec::with_capacity(t.len());
                for item in t.items.iter() {
                    hashes.push(self.hash(item)?);
                }
                Ok(super::hashing::hash_tuple(&hashes))
            }
            Value::List(_) | Value::Dict(_) | Value::ByteArray(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Set(s) if !s.frozen => Err(self.type_error("unhashable type: 'set'")),
            // `slice_hash` refuses with a message that names no type.
            Value::Slice(_) => Err(self.type_error("unhashable type")),
            Value::DictView(d) if d.is_set_like() => {
                Err(self.type_error(format!("unhashable type: '{}'", d.type_name())))
            }
            Value::Set(s) => Ok(super::hashing::hash_frozenset(
                s.hashed_items().into_iter().map(|(h, _)| h),
            )),
            Value::Instance(inst) => self.instance_hash(v, inst),
            Value::Method(m) => {
                // `instancemethod_hash`: the hashes of self and the function.
                let self_hash = match &m.self_ {
                    Some(s) => self.hash(s)?,
                    None => self.hash(&Value::None)?,
                };
                let h = self_hash ^ self.hash(&m.func.clone())?;
                Ok(if h == -1 { -2 } else { h })
            }
            _ => Ok(pointer_hash(v.id())),
        }
    }

    /// The hash of an instance: its class's `__hash__`; `__hash__ = None`
    /// makes it unhashable, as does a classic class that defines `__eq__`
    /// or `__cmp__` without `__hash__`; else the hash of the built-in value
    /// it holds, or of its address.
    fn instance_hash(
        &mut self,
        v: &Value,
        inst: &Rc<super::typeobject::PyInstance>,
    ) -> PyResult<i64> {
        let class = inst.class();
        let unhashable = |vm: &Vm| {
            if class.is_classic() {
                vm.type_error("unhashable instance")
            } else {
                vm.type_error(format!("unhashable type: '{}'", class.name()))
            }
        };
        let hash = class.lookup("__hash__");
        let builtin = match &hash {
            None => true,
            Some(Value::None) => return Err(unhashable(self)),
            // The hash of the built-in type the instance's value is.
            Some(Value::Builtin(b)) => {
                b.owner == Some("object") || b.owner.is_some_and(super::typenew::owner_holds_value)
            }
            Some(_) => false,
        };
        if !builtin {
            let r = match self.lookup_special(v, &PyStr::from("__hash__")) {
                Some(m) => self.call0(&m)?,
                None => return Err(unhashable(self)),
            };
            return match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(i64::from(b)),
                Value::Long(l) => Ok(super::hashing::hash_long(&l)),
                _ => Err(self.type_error("an integer is required")),
            };
        }
        if class.is_classic() {
            if class.lookup("__eq__").is_some() || class.lookup("__cmp__").is_some() {
                return Err(unhashable(self));
            }
            return Ok(pointer_hash(v.id()));
        }
        match inst.base() {
            Some(Value::List(_) | Value::Dict(_) | Value::ByteArray(_)) => Err(unhashable(self)),
            Some(Value::Set(s)) if !s.frozen => Err(unhashable(self)),
            Some(base) => self.hash(&base.clone()),
            None => Ok(pointer_hash(v.id())),
        }
    }

    /// Rich comparison (`PyObject_RichCompare`), with 2.7's fallbacks.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::bool(!a.is(b))),
            CmpOp::In => return Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::bool(!self.contains(b, a)?)),
            CmpOp::ExceptionMatch => return Ok(Value::bool(self.exception_matches(a, b)?)),
            _ => {}
        }
        self.enter_recursive(" in cmp")?;
        let r = self.rich_compare(a, b, op);
        self.native_depth -= 1;
        r
    }

    /// `PyObject_RichCompare` after its recursion check.
    fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some(r) = self.instance_compare(a, b, op)? {
                return Ok(r);
            }
        }
        if (matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)))
            && !matches!(op, CmpOp::Eq | CmpOp::Ne)
            && super::abstract_::number_cmp(a, b).is_some()
        {
            return Err(self.type_error("no ordering relation is defined for complex numbers"));
        }
        if matches!(a, Value::DictView(_)) || matches!(b, Value::DictView(_)) {
            if let Some(r) = self.dictview_compare(a, b, op)? {
                return Ok(Value::bool(r));
            }
        }
        if let (Value::Method(x), Value::Method(y), CmpOp::Eq | CmpOp::Ne) = (a, b, op) {
            // `instancemethod_richcompare`: equal functions and equal selves.
            let mut equal = self.eq(&x.func.clone(), &y.func.clone())?;
            if equal {
                equal = match (&x.self_, &y.self_) {
                    (Some(p), Some(q)) => self.eq(&p.clone(), &q.clone())?,
                    (p, q) => p.is_none() && q.is_none(),
                };
            }
            return Ok(Value::bool(equal == (op == CmpOp::Eq)));
        }
        let ord = self.cmp3(a, b, op)?;
        Ok(Value::bool(match ord {
            None => op == CmpOp::Ne,
            Some(o) => op.holds(o),
        }))
    }

    /// `a == b` as a Rust bool (`PyObject_RichCompareBool`): an object is
    /// equal to itself, even a NaN.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    fn instance_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        let (name, swapped) = op.special_names();
        if let Some(r) = self.call_special(a, name, vec![b.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_special(b, swapped, vec![a.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        // `__cmp__` of either side, the right one's with its answer reversed
        // (`half_compare`); its result is read as an integer.
        for (x, y, swapped) in [(a, b, false), (b, a, true)] {
            let Some(m) = self.user_cmp(x) else {
                // An inherited built-in `__cmp__` (`int_compare`, with the
                // coercions of `try_3way_compare`) compares the values.
                if matches!(x, Value::Instance(i) if i.base().is_some())
                    && self.lookup_special(x, &PyStr::from("__cmp__")).is_some()
                {
                    let (p, q) = (
                        super::numberwrappers::plain(a).clone(),
                        super::numberwrappers::plain(b).clone(),
                    );
                    return self.compare(&p, &q, op).map(Some);
                }
                continue;
            };
            let r = self.call(&m, Args::positional(vec![y.clone()]));
            let c = match r? {
                Value::NotImplemented => continue,
                Value::Int(c) => c.signum(),
                Value::Bool(c) => i64::from(c),
                Value::Long(c) => match c.sign() {
                    num_bigint::Sign::Minus => -1,
                    num_bigint::Sign::NoSign => 0,
                    num_bigint::Sign::Plus => 1,
                },
                Value::Float(f) => (f.get().trunc() as i64).signum(),
                _ => return Err(self.type_error("an integer is required")),
            };
            let c = if swapped { -c } else { c };
            return Ok(Some(Value::bool(op.holds(c.cmp(&0)))));
        }
        Ok(None)
    }

    /// Three-way comparison of values without rich-comparison methods;
    /// `None` when they are unordered and unequal (a NaN).
    fn cmp3(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<std::cmp::Ordering>> {
        use std::cmp::Ordering;
        if let Some(o) = super::abstract_::number_cmp(a, b) {
            return Ok(o);
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => return Ok(Some(x.as_bytes().cmp(y.as_bytes()))),
            (Value::Unicode(x), Value::Unicode(y)) => return Ok(Some(x.chars.cmp(&y.chars))),
            (Value::Str(_), Value::Unicode(_)) | (Value::Unicode(_), Value::Str(_)) => {
                let both = self
                    .to_unicode(a)
                    .and_then(|x| Ok((x, self.to_unicode(b)?)));
                return match both {
                    Ok((x, y)) => Ok(Some(x.cmp(&y))),
                    // `PyUnicode_RichCompare`: `==` and `!=` warn and
                    // call the strings unequal.
                    Err(e)
                        if matches!(op, CmpOp::Eq | CmpOp::Ne)
                            && self.err_matches(&e, &self.exc.unicode_decode_error) =>
                    {
                        let which = if op == CmpOp::Eq { "equal" } else { "unequal" };
                        let text = format!(
                            "Unicode {which} comparison failed to convert both arguments to Unicode - interpreting them as being unequal"
                        );
                        self.warn(&self.exc.unicode_warning.clone(), &text)?;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            (Value::Tuple(x), Value::Tuple(y)) => return self.seq_cmp(&x.items, &y.items, op),
            (Value::ByteArray(_), Value::ByteArray(_) | Value::Str(_))
            | (Value::Str(_), Value::ByteArray(_)) => {
                let (x, y) = (
                    super::bytearrayobject::buffer_bytes(a).unwrap_or_default(),
                    super::bytearrayobject::buffer_bytes(b).unwrap_or_default(),
                );
                return Ok(Some(x.cmp(&y)));
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                return self.seq_cmp(&x, &y, op);
            }
            (Value::Set(x), Value::Set(y)) => {
                let (xs, ys) = (x.items(), y.items());
                let sub =
                    |vm: &mut Vm, a: &[Value], b: &Rc<super::setobject::PySet>| -> PyResult<bool> {
                        for item in a {
                            let h = vm.hash(item)?;
                            if !vm.set_contains(b, item, h)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    };
                let (le, ge) = (sub(self, &xs, y)?, sub(self, &ys, x)?);
                return Ok(match op {
                    CmpOp::Eq | CmpOp::Ne => Some(if le && ge {
                        Ordering::Equal
                    } else {
                        Ordering::Less
                    })
                    .filter(|_| le && ge)
                    .or(None),
                    CmpOp::Lt => Some(if le && xs.len() < ys.len() {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }),
                    CmpOp::Le => Some(if le {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }),
                    CmpOp::Gt => Some(if ge && xs.len() > ys.len() {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    }),
                    _ => Some(if ge {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    }),
                });
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.seq_cmp(&tx, &ty, op);
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(x.len().cmp(&y.len())));
                }
                for (k, v) in x.items() {
                    let h = self.hash(&k)?;
                    match self.dict_get(y, &k, h)? {
                        Some(w) if self.eq(&v, &w)? => {}
                        _ => {
                            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                                return Ok(None);
                            }
                            return Ok(Some(Ordering::Less));
                        }
                    }
                }
                return Ok(Some(Ordering::Equal));
            }
            _ => {}
        }
        if builtin_eq(a, b) || a.is(b) {
            return Ok(Some(Ordering::Equal));
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        Ok(Some(self.default_order(a, b)))
    }

    fn seq_cmp(
        &mut self,
        x: &[Value],
        y: &[Value],
        op: CmpOp,
    ) -> PyResult<Option<std::cmp::Ordering>> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(None);
        }
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq(a, b)? {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let lt = self.compare(a, b, CmpOp::Lt)?;
                return Ok(Some(if self.truthy(&lt)? {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                }));
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// 2.7's order between unrelated types (`default_3way_compare`): None
    /// first, numbers before other objects, then by type name, then address.
    fn default_order(&self, a: &Value, b: &Value) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match (a, b) {
            (Value::None, _) => return Ordering::Less,
            (_, Value::None) => return Ordering::Greater,
            _ => {}
        }
        let (an, bn) = (is_number(a), is_number(b));
        if an != bn {
            return if an {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let (ta, tb) = (
            if an { String::new() } else { ta },
            if bn { String::new() } else { tb },
        );
        ta.cmp(&tb).then(a.id().cmp(&b.id()))
    }

    fn exception_matches(&mut self, err_type: &Value, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(err_type, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Type(s) => Ok(match err_type {
                Value::Type(e) => e.is_subtype(s),
                _ => false,
            }),
            _ => Ok(err_type.is(spec)),
        }
    }

    /// `unicode(v)` (`PyObject_Unicode`): `__unicode__` if the object has
    /// one, else its `__str__` (whose result may be unicode), a byte string
    /// decoded as ASCII.
    pub fn unicode_of(&mut self, v: &Value) -> PyResult<Vec<u32>> {
        let r = match v {
            Value::Unicode(u) => return Ok(u.chars.to_vec()),
            Value::Str(_) => return self.to_unicode(v),
            Value::Instance(_) => {
                let found = self
                    .call_special(v, "__unicode__", vec![])
                    .or_else(|| self.call_special(v, "__str__", vec![]));
                match found {
                    Some(r) => r?,
                    None => Value::Str(self.str(v)?),
                }
            }
            _ => Value::Str(self.str(v)?),
        };
        match r {
            Value::Unicode(u) => Ok(u.chars.to_vec()),
            Value::Str(_) => self.to_unicode(&r),
            other => Err(self.type_error(format!(
                "coercing to Unicode: need string or buffer, {} found",
                self.type_name(&other)
            ))),
        }
    }

    /// `BaseException.__unicode__`: the unicode of what `__str__` gives when
    /// a class overrides it (the classes with a `str` of their own too), else
    /// of the one argument or the tuple of them.
    pub fn exception_unicode(&mut self, v: &Value) -> PyResult<Vec<u32>> {
        let t = self.type_of(v);
        let mro = t.mro.borrow().clone();
        let own_str = mro
            .iter()
            .find(|c| c.dict.get_str("__str__").is_some())
            .is_some_and(|c| c.heap);
        if own_str {
            if let Some(r) = self.call_special(v, "__str__", vec![]) {
                let r = r?;
                return self.unicode_of(&r);
            }
        }
        let str_of_its_own = [
            &self.exc.key_error,
            &self.exc.environment_error,
            &self.exc.syntax_error,
            &self.exc.unicode_encode_error,
            &self.exc.unicode_decode_error,
            &self.exc.unicode_translate_error,
        ]
        .iter()
        .any(|c| t.is_subtype(c));
        if str_of_its_own {
            let s = Value::Str(self.exception_str(v)?);
            return self.to_unicode(&s);
        }
        let args = args_of(v);
        match args.len() {
            0 => Ok(Vec::new()),
            1 => self.unicode_of(&args[0]),
            _ => self.unicode_of(&Value::tuple(args)),
        }
    }

    /// The items of a `str` or `unicode` as code points.
    pub fn to_unicode(&mut self, v: &Value) -> PyResult<Vec<u32>> {
        match v {
            Value::Unicode(u) => Ok(u.chars.to_vec()),
            Value::Str(s) => {
                let ascii = super::codecs::Codec::Ascii;
                self.decode_bytes(ascii, s.as_bytes(), || v.clone(), b"strict")
            }
            other => Err(self.type_error(format!(
                "coercing to Unicode: need string or buffer, {} found",
                self.type_name(other)
            ))),
        }
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Bool(_) | Value::Int(_) | Value::Long(_) | Value::Float(_) | Value::Complex(_)
    )
}

/// `_Py_HashPointer`: an address rotated right by 4 bits.
pub fn pointer_hash(addr: usize) -> i64 {
    let h = (addr as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A Python function's `__name__`.
pub fn function_name(f: &super::funcobject::PyFunction) -> String {
    let mut name = String::new();
    push_function_name(&mut name, f);
    name
}

/// Appends a Python function's `__name__` (nothing if it is not a str).
pub fn push_function_name(out: &mut String, f: &super::funcobject::PyFunction) {
    if let Value::Str(s) = &*f.name.borrow() {
        out.push_str(&s.to_text());
    }
}

/// The class and function names a method's repr shows.
fn method_names(m: &PyMethod) -> (String, String) {
    let fname = match &m.func {
        Value::Function(f) => function_name(f),
        _ => "?".into(),
    };
    let cname = match &m.class {
        Value::Type(t) => t.name(),
        _ => "?".into(),
    };
    (cname, fname)
}

/// Appends an address in lowercase hex, as `%p` shows it after `0x`.
pub fn push_address(out: &mut String, id: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digits = (usize::BITS - id.leading_zeros()).div_ceil(4).max(1);
    out.reserve(digits as usize);
    for shift in (0..digits).rev() {
        out.push(char::from(HEX[(id >> (shift * 4)) & 0xf]));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_in_hex() {
        for id in [0usize, 1, 0xf, 0x10, 0x0200_003d_ed90, usize::MAX] {
            let mut out = String::new();
            super::push_address(&mut out, id);
            assert_eq!(out, format!("{id:x}"));
        }
    }
}

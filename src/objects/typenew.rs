//! Making classes and their instances (CPython: `Objects/typeobject.c`'s
//! `type_call`, `type_new`, `object_new` and `object_init`, the `__new__`
//! and `__init__` of the built-in types, and `Python/ceval.c`'s
//! `build_class`).
//!
//! Calling a class runs `__new__` (a Python one, or the built-in base's),
//! then `__init__` when the result is an instance of the class. An instance
//! of a subclass of a built-in data type (`class L(list)`) holds a value of
//! that type ([`PyInstance::base`]), on which the built-in methods work.

use std::rc::Rc;

use super::methodobject::{Args, BuiltinFunction, NativeFn};
use super::object::Value;
use super::stringobject::PyStr;
use super::typeobject::{best_base, c3_mro, classic_mro, mark_classic, Layout, PyInstance, PyType};
use super::types::new_type;
use crate::vm::{PyErr, PyResult, Vm};

/// Whether instances of classes deriving from a type of this layout hold a
/// built-in value.
pub fn holds_builtin_value(layout: Layout) -> bool {
    matches!(
        layout,
        Layout::Int
            | Layout::Long
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Unicode
            | Layout::ByteArray
            | Layout::Tuple
            | Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::FrozenSet
    )
}

/// Whether the built-in methods of type `owner` (by name) work on the value
/// an instance of a subclass holds.
pub fn owner_holds_value(owner: &str) -> bool {
    matches!(
        owner,
        "int"
            | "long"
            | "float"
            | "complex"
            | "str"
            | "unicode"
            | "bytearray"
            | "basestring"
            | "tuple"
            | "list"
            | "dict"
            | "set"
            | "frozenset"
    )
}

/// Mutable built-in values are made empty by `__new__` and filled by
/// `__init__`; immutable ones take their arguments in `__new__`.
fn is_mutable(layout: Layout) -> bool {
    matches!(
        layout,
        Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray
    )
}

/// The built-in type a class's instances are laid out as (`solid_base`).
pub fn solid_base(t: &Rc<PyType>) -> Option<Rc<PyType>> {
    t.mro.borrow().iter().find(|b| !b.heap).cloned()
}

fn copy_args(args: &Args) -> Args {
    Args {
        args: args.args.clone(),
        kwargs: args.kwargs.clone(),
    }
}

impl Vm {
    /// Calling a type (`type_call`): `type(x)`, a built-in constructor, or
    /// `__new__` then `__init__` for a class.
    pub fn call_type(&mut self, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
        if Rc::ptr_eq(t, &self.types.type_) {
            if args.args.len() == 1 && args.kwargs.is_empty() {
                return Ok(Value::Type(self.type_of(&args.args[0])));
            }
            return self.type_new(t, args);
        }
        if !t.heap {
            if t.layout == Layout::Exception {
                return self.new_exception_instance(t, args);
            }
            return crate::builtins::constructors::construct(self, t, args);
        }
        // A built-in base's `__new__` takes the arguments `object()` refuses.
        let new_overridden = t.layout != Layout::Object;
        let (inst, class) = match self.python_new(t) {
            Some(new) => {
                let mut full = Vec::with_capacity(args.args.len() + 1);
                full.push(Value::Type(t.clone()));
                full.extend(args.args.iter().cloned());
                let obj = self.call(
                    &new,
                    Args {
                        args: full,
                        kwargs: args.kwargs.clone(),
                    },
                )?;
                if !self.type_of(&obj).is_subtype(t) {
                    return Ok(obj);
                }
                // `__init__` of the class `__new__` made, which may be a subclass.
                let class = self.class_of(&obj);
                self.call_init(&class, &obj, args, true)?;
                return Ok(obj);
            }
            None => (self.default_new(t, &args)?, t),
        };
        self.call_init(class, &inst, args, new_overridden)?;
        Ok(inst)
    }

    /// `C(a, b)` from the eval loop for the commonest class: made by a
    /// `class` statement on `object`'s layout, with no metaclass and no
    /// Python `__new__`, whose `__init__` binds its arguments one to one.
    /// The class and its `npos` arguments are on top of the caller's stack
    /// (the class at `func_at`); the arguments move straight into
    /// `__init__`'s frame. `None` (nothing moved) leaves the call to the
    /// general path.
    pub(crate) fn call_plain_class(
        &mut self,
        t: &Rc<PyType>,
        func_at: usize,
        npos: usize,
    ) -> Option<PyResult<Value>> {
        if !t.heap
            || t.layout != Layout::Object
            || t.is_classic()
            || t.meta.borrow().is_some()
            || t.has_python_new()
        {
            return None;
        }
        let Some(Value::Function(init)) = t.lookup_pystr(&self.names.init) else {
            return None;
        };
        // The general path enters three native levels (calling the class,
        // the bound `__init__`, its function) before the frame; near the
        // limit it runs, to fail at the level CPython fails at.
        if self.frames.len() + self.native_depth + 3 >= self.recursion_limit
            || !self.is_simple_call(&init, npos + 1)
        {
            return None;
        }
        let inst = Value::Instance(Rc::new(PyInstance::new(t.clone())));
        self.native_depth += 3;
        let base = self.frames.len();
        let r = self
            .push_simple_frame(&init, Some(inst.clone()), func_at)
            .and_then(|()| self.run_frames(base));
        self.native_depth -= 3;
        Some(r.and_then(|r| self.init_returned(t, r)).map(|()| inst))
    }

    /// `__init__` must return `None`.
    fn init_returned(&self, t: &PyType, r: Value) -> PyResult<()> {
        if r.is_none() {
            return Ok(());
        }
        if t.is_classic() {
            return Err(self.type_error("__init__() should return None"));
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(&r)
        )))
    }

    /// The `__new__` a class has in Python (a function, held as a
    /// staticmethod), if any.
    pub fn python_new(&mut self, t: &Rc<PyType>) -> Option<Value> {
        if t.is_classic() || !t.has_python_new() {
            return None;
        }
        match t.lookup("__new__")? {
            f @ Value::Function(_) => Some(f),
            Value::Instance(i) if i.class().layout == Layout::StaticMethod => {
                i.dict().get_str("__func__")
            }
            Value::Builtin(_) => None,
            other => Some(other),
        }
    }

    /// What the built-in `__new__` a class inherits makes.
    fn default_new(&mut self, t: &Rc<PyType>, args: &Args) -> PyResult<Value> {
        Ok(match t.layout {
            Layout::Exception => {
                // 2.7's BaseException.__new__ starts `args` empty; `__init__` sets it.
                let inst = Value::Instance(Rc::new(PyInstance::new(t.clone())));
                super::exceptions::init_exception(self, &inst, Vec::new())?;
                inst
            }
            // A metaclass: `type.__new__(meta, name, bases, dict)`.
            Layout::Type => self.type_new(t, copy_args(args))?,
            layout if holds_builtin_value(layout) => {
                let value = self.new_builtin_value(t, layout, args)?;
                Value::Instance(Rc::new(PyInstance::with_base(t.clone(), value)))
            }
            _ => Value::Instance(Rc::new(PyInstance::new(t.clone()))),
        })
    }

    /// The built-in value an instance of class `t` holds.
    fn new_builtin_value(
        &mut self,
        t: &Rc<PyType>,
        layout: Layout,
        args: &Args,
    ) -> PyResult<Value> {
        let Some(base) = solid_base(t) else {
            return Err(self.system_error("a class with no built-in base"));
        };
        let args = if is_mutable(layout) {
            Args::default()
        } else {
            copy_args(args)
        };
        crate::builtins::constructors::construct(self, &base, args)
    }

    /// Runs `__init__` on a new instance; without one, arguments are an
    /// error unless a `__new__` took them (`object_init`).
    #[inline]
    fn call_init(
        &mut self,
        t: &Rc<PyType>,
        inst: &Value,
        args: Args,
        new_overridden: bool,
    ) -> PyResult<()> {
        let init = match t.lookup_pystr(&self.names.init.clone()) {
            // `object.__init__` itself: only the check below.
            Some(Value::Builtin(b)) if b.owner == Some("object") => None,
            other => other,
        };
        let Some(init) = init else {
            if !new_overridden && (!args.args.is_empty() || !args.kwargs.is_empty()) {
                if t.is_classic() {
                    return Err(self.type_error("this constructor takes no arguments"));
                }
                return Err(self.type_error("object() takes no parameters"));
            }
            return Ok(());
        };
        let r = if matches!(init, Value::Function(_)) {
            // As calling the bound method would: its level, then the
            // function's (`self.call`), without making the method.
            self.enter_recursive(" while calling a Python object")?;
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(inst.clone());
            full.extend(args.args);
            let r = self.call(
                &init,
                Args {
                    args: full,
                    kwargs: args.kwargs,
                },
            );
            self.native_depth -= 1;
            r?
        } else {
            let m = self.bind(init, inst.clone(), Value::Type(t.clone()));
            self.call(&m, args)?
        };
        self.init_returned(t, r)
    }

    /// A new instance of a built-in exception class.
    pub fn new_exception_instance(&mut self, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
        if !args.kwargs.is_empty() {
            return Err(self.type_error(format!(
                "{} does not take keyword arguments",
                super::exceptions::exc_tp_name(t)
            )));
        }
        let inst = Value::Instance(Rc::new(PyInstance::new(t.clone())));
        super::exceptions::init_exception(self, &inst, args.args)?;
        Ok(inst)
    }

    /// `BUILD_CLASS`: the metaclass is `__metaclass__` of the class body,
    /// else the type of the first base, else the module's `__metaclass__`,
    /// else a classic class is made; it is called with (name, bases, dict).
    pub fn build_class(&mut self, name: Value, bases: Value, methods: Value) -> PyResult<Value> {
        let Value::Dict(methods) = methods else {
            return Err(self.system_error("build_class with non-dictionary"));
        };
        let base_list: Vec<Value> = match &bases {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let meta = match methods.get_str("__metaclass__") {
            Some(m) => Some(m),
            None => match base_list.first() {
                Some(Value::Type(b)) if !b.is_classic() => {
                    Some(Value::Type(self.type_of(&Value::Type(b.clone()))))
                }
                Some(_) => None,
                None => self
                    .frames
                    .last()
                    .and_then(|f| f.globals.get_str("__metaclass__")),
            },
        };
        let native = match &meta {
            None => true,
            Some(Value::Type(m)) => {
                Rc::ptr_eq(m, &self.types.type_) || Rc::ptr_eq(m, &self.types.classobj)
            }
            Some(_) => false,
        };
        if !native {
            let meta = meta.unwrap_or(Value::None);
            let args = vec![name, Value::tuple(base_list), Value::Dict(methods)];
            return self
                .call(&meta, Args::positional(args))
                .map_err(|e| self.in_metaclass_call(e));
        }
        let Value::Str(name) = name else {
            return Err(self.type_error("type() argument 1 must be string"));
        };
        let classic_wanted = match &meta {
            None => true,
            Some(Value::Type(m)) => Rc::ptr_eq(m, &self.types.classobj),
            Some(_) => false,
        };
        let meta = self.types.type_.clone();
        self.make_class(&meta, &name, base_list, methods, classic_wanted)
            .map_err(|e| self.in_metaclass_call(e))
    }

    /// CPython prefixes a TypeError raised in C while a class statement
    /// calls its metaclass (one whose value is still a string: raised
    /// natively, with no Python frame between).
    fn in_metaclass_call(&mut self, e: PyErr) -> PyErr {
        if !self.err_matches(&e, &self.exc.type_error.clone()) || e.tb.is_some() {
            return e;
        }
        let msg = match &e.value {
            Value::Instance(i) => match &*i.exc_args.borrow() {
                Some(Value::Tuple(t)) if t.items.len() == 1 => match &t.items[0] {
                    Value::Str(s) => Some(s.to_text().into_owned()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        match msg {
            Some(msg) => {
                self.type_error(format!("Error when calling the metaclass bases\n    {msg}"))
            }
            None => e,
        }
    }

    /// `type.__new__(meta, name, bases, dict)` and `type(name, bases, dict)`.
    pub fn type_new(&mut self, meta: &Rc<PyType>, args: Args) -> PyResult<Value> {
        if args.args.len() != 3 || !args.kwargs.is_empty() {
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        let mut it = args.args.into_iter();
        let (name, bases, dict) = (
            it.next().unwrap_or(Value::None),
            it.next().unwrap_or(Value::None),
            it.next().unwrap_or(Value::None),
        );
        let Value::Str(name) = name else {
            return Err(self.type_error(format!(
                "type() argument 1 must be string, not {}",
                self.type_name(&name)
            )));
        };
        let Value::Tuple(bases) = bases else {
            return Err(self.type_error(format!(
                "type() argument 2 must be tuple, not {}",
                self.type_name(&bases)
            )));
        };
        let Value::Dict(dict) = dict else {
            return Err(self.type_error(format!(
                "type() argument 3 must be dict, not {}",
                self.type_name(&dict)
            )));
        };
        self.make_class(meta, &name, bases.items.to_vec(), dict, false)
    }

    /// A new class (`type_new`, or `PyClass_New` for a classic class, which
    /// is made when `classic_wanted` and every base is classic).
    fn make_class(
        &mut self,
        meta: &Rc<PyType>,
        name: &Rc<PyStr>,
        bases: Vec<Value>,
        methods: Rc<super::dictobject::PyDict>,
        classic_wanted: bool,
    ) -> PyResult<Value> {
        let mut base_types = Vec::new();
        for b in &bases {
            match b {
                Value::Type(t) => base_types.push(t.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "cannot create '{}' instances",
                        self.type_name(other)
                    )))
                }
            }
        }
        // Built-in types without Py_TPFLAGS_BASETYPE.
        for b in &base_types {
            let final_type = !b.heap
                && matches!(
                    b.layout,
                    Layout::Bool
                        | Layout::NoneType
                        | Layout::NotImplementedType
                        | Layout::Ellipsis
                        | Layout::Function
                        | Layout::BuiltinFunction
                        | Layout::Method
                        | Layout::Code
                        | Layout::Cell
                        | Layout::Iterator
                        | Layout::Slice
                        | Layout::XRange
                        | Layout::Traceback
                        | Layout::Frame
                        | Layout::DictView
                );
            if final_type || Rc::ptr_eq(b, &self.types.classobj) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
        }
        let classic = classic_wanted && base_types.iter().all(|b| b.is_classic());
        if !classic && base_types.is_empty() {
            base_types.push(self.types.object.clone());
        }
        // The most derived metaclass of `meta` and the bases' metaclasses.
        let mut winner = meta.clone();
        if !classic {
            for b in base_types.iter().filter(|b| !b.is_classic()) {
                let bm = self.type_of(&Value::Type(b.clone()));
                if winner.is_subtype(&bm) {
                    continue;
                }
                if bm.is_subtype(&winner) {
                    winner = bm;
                    continue;
                }
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        if !Rc::ptr_eq(&winner, meta) && self.python_new(&winner).is_some() {
            let args = vec![
                Value::Str(name.clone()),
                Value::tuple(bases),
                Value::Dict(methods),
            ];
            return self.call(&Value::Type(winner), Args::positional(args));
        }
        // Instances can extend at most one built-in layout.
        let mut solid: Option<Rc<PyType>> = None;
        for b in base_types.iter().filter(|b| !b.is_classic()) {
            let Some(s) = solid_base(b) else { continue };
            match &solid {
                Some(cur) if cur.is_subtype(&s) => {}
                Some(cur) if s.is_subtype(cur) => solid = Some(s),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                None => solid = Some(s),
            }
        }
        let layout = base_types
            .iter()
            .map(|b| b.layout)
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        let module = match methods.get_str("__module__") {
            Some(m) => self.str_lossy(&m),
            None => match self
                .frames
                .last()
                .and_then(|f| f.globals.get_str("__name__"))
            {
                Some(n) => self.str_lossy(&n),
                None => "__main__".into(),
            },
        };
        let primary = base_types
            .first()
            .cloned()
            .unwrap_or_else(|| self.types.object.clone());
        if classic && methods.get_str("__doc__").is_none() {
            // PyClass_New gives the class body's own namespace a `__doc__`.
            methods.set_str("__doc__", Value::None);
        }
        let t = new_type(&name.to_text(), Some(&primary), layout, &module, true);
        // The class's dict is a copy of the namespace (`PyDict_Copy`), in
        // whose table the entries added below take their places.
        t.dict.clear();
        t.dict.update_from(&methods);
        if t.dict.get_str("__module__").is_none() {
            t.dict.set_str("__module__", Value::str(&module));
        }
        if !classic {
            *t.bases.borrow_mut() = base_types.clone();
            let slots = self.apply_slots(&t, &base_types)?;
            self.add_instance_getsets(&t, slots)?;
            // `type_new` makes a plain function `__new__` a staticmethod.
            if let Some(f @ Value::Function(_)) = t.dict.get_str("__new__") {
                let sm = PyInstance::new(self.types.staticmethod.clone());
                sm.dict().set_str("__func__", f);
                t.dict.set_str("__new__", Value::Instance(Rc::new(sm)));
            }
            // `PyType_Ready` gives a class without a doc `__doc__` None,
            // after its members and getset descriptors.
            if t.dict.get_str("__doc__").is_none() {
                t.dict.set_str("__doc__", Value::None);
            }
        }
        if !classic {
            for (i, b) in base_types.iter().enumerate() {
                if base_types[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                    return Err(self.type_error(format!("duplicate base class {}", b.name())));
                }
            }
        }
        *t.bases.borrow_mut() = base_types.clone();
        let mro = if classic {
            classic_mro(&t)
        } else {
            c3_mro(&t, &base_types).map_err(|m| self.type_error(m))?
        };
        *t.mro.borrow_mut() = mro;
        if !classic && !Rc::ptr_eq(&winner, &self.types.type_) {
            *t.meta.borrow_mut() = Some(winner);
        }
        let t = if classic {
            mark_classic(t)
        } else {
            super::typeattrs::register_subclass(&t);
            t
        };
        Ok(Value::Type(t))
    }
}

impl Vm {
    /// `__slots__` (`type_new`): a member descriptor in the class for each
    /// name (private names mangled), the instances' slot count including
    /// the bases', and whether instances go without a `__dict__`.
    /// Returns, when the class has `__slots__`, whether they name
    /// `__dict__` and `__weakref__`.
    fn apply_slots(
        &mut self,
        t: &Rc<PyType>,
        bases: &[Rc<PyType>],
    ) -> PyResult<Option<(bool, bool)>> {
        let mut inherited = 0;
        let mut owner: Option<Rc<PyType>> = None;
        for b in bases
            .iter()
            .filter(|b| !b.is_classic() && b.slot_count.get() > 0)
        {
            match &owner {
                Some(o) if o.is_subtype(b) => {}
                Some(o) if !b.is_subtype(o) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                _ => {
                    inherited = b.slot_count.get();
                    owner = Some(b.clone());
                }
            }
        }
        let base_has_dict = bases.iter().any(|b| {
            b.is_classic() || (b.heap && !b.dictless.get()) || b.layout == Layout::Exception
        });
        let Some(slots) = t.dict.get_str("__slots__") else {
            t.slot_count.set(inherited);
            return Ok(None);
        };
        let names = match &slots {
            Value::Str(_) | Value::Unicode(_) => vec![slots.clone()],
            other => self.iterate(other)?,
        };
        let mut wants_dict = false;
        let mut wants_weakref = false;
        let mut added = Vec::new();
        for n in names {
            let Value::Str(s) = &n else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(&n)
                )));
            };
            let text = s.to_text().into_owned();
            let identifier = text.bytes().enumerate().all(|(i, c)| {
                c == b'_' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())
            });
            if text.is_empty() || !identifier {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match text.as_str() {
                "__dict__" => {
                    if wants_dict || base_has_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    wants_dict = true;
                }
                "__weakref__" => {
                    let base = best_base(t).unwrap_or_else(|| self.types.object.clone());
                    if wants_weakref || has_weakrefs(&base) || !may_add_weakrefs(&base) {
                        return Err(self.type_error(
                            "__weakref__ slot disallowed: either we already got one, or the base type does not support weakrefs",
                        ));
                    }
                    wants_weakref = true;
                }
                _ => added.push(mangle(&t.name(), &text)),
            }
        }
        if let Some(solid) = solid_base(t) {
            if !added.is_empty()
                && matches!(solid.layout, Layout::Str | Layout::Tuple | Layout::Long)
            {
                return Err(self.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    solid.name()
                )));
            }
        }
        let mut index = inherited;
        for name in added {
            let mut member = PyInstance::new(self.types.member_descriptor.clone());
            member.extra = Some(Box::new(super::typeobject::InstanceExtra {
                base: Some(Value::Int(index as i64)),
                slots: Box::new([]),
            }));
            member.dict().set_str("__name__", Value::str(&name));
            member
                .dict()
                .set_str("__objclass__", Value::Type(t.clone()));
            member.dict().set_str("__doc__", Value::None);
            t.dict.set_str(&name, Value::Instance(Rc::new(member)));
            index += 1;
        }
        t.slot_count.set(index);
        t.dictless.set(!wants_dict && !base_has_dict);
        Ok(Some((wants_dict, wants_weakref)))
    }

    /// The `__dict__` and `__weakref__` getset descriptors of a new class
    /// whose instances get a dict or a weak reference list that those of
    /// its base lack (`type_new`'s `add_dict`, `add_weak`).
    fn add_instance_getsets(
        &mut self,
        t: &Rc<PyType>,
        slots: Option<(bool, bool)>,
    ) -> PyResult<()> {
        let base = best_base(t).unwrap_or_else(|| self.types.object.clone());
        let (add_dict, add_weakref) = match slots {
            Some(named) => named,
            None => (
                !has_instance_dict(&base),
                !has_weakrefs(&base) && may_add_weakrefs(&base),
            ),
        };
        if add_dict {
            let d = super::descrobject::new_getset(
                self,
                t,
                "__dict__",
                Some("dictionary for instance variables (if defined)"),
            );
            t.dict.set_str("__dict__", d);
        }
        if add_weakref {
            let d = super::descrobject::new_getset(
                self,
                t,
                "__weakref__",
                Some("list of weak references to the object (if defined)"),
            );
            t.dict.set_str("__weakref__", d);
        }
        Ok(())
    }
}

/// Whether instances of `t` have a `__dict__` (`tp_dictoffset` set).
fn has_instance_dict(t: &Rc<PyType>) -> bool {
    if t.heap {
        return !t.dictless.get();
    }
    matches!(
        t.layout,
        Layout::Exception | Layout::Type | Layout::Function | Layout::Module
    )
}

/// Whether instances of `t` have a weak reference list (`tp_weaklistoffset`
/// set): a class above it added one, or its built-in type has one.
fn has_weakrefs(t: &Rc<PyType>) -> bool {
    t.mro.borrow().iter().any(|c| {
        if c.heap {
            matches!(c.dict.get_str("__weakref__"), Some(Value::Instance(d))
                if d.class().layout == Layout::GetSet)
        } else {
            matches!(
                c.layout,
                Layout::Set | Layout::FrozenSet | Layout::Type | Layout::File
            )
        }
    })
}

/// Whether a weak reference list can follow the fields of `t`'s instances:
/// not after the items of a variable-sized object (`tp_itemsize` 0).
fn may_add_weakrefs(t: &Rc<PyType>) -> bool {
    !solid_base(t).is_some_and(|s| matches!(s.layout, Layout::Long | Layout::Str | Layout::Tuple))
}

/// A private name (`__x`) as written in class `class` (`_Py_Mangle`).
fn mangle(class: &str, name: &str) -> String {
    let stripped = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty()
    {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// `object.__new__(cls, ...)`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Type(c)) => c.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    if cls.layout != Layout::Object || !cls.heap && !Rc::ptr_eq(&cls, &vm.types.object) {
        let base = solid_base(&cls).unwrap_or_else(|| cls.clone());
        let shown = if base.layout == Layout::Exception {
            format!("exceptions.{}", base.name())
        } else {
            base.name()
        };
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {shown}.__new__()",
            cls.name()
        )));
    }
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let init_overridden = match cls.lookup("__init__") {
            None => false,
            Some(Value::Builtin(b)) => b.owner != Some("object"),
            Some(_) => true,
        };
        // With `__init__` overridden too, CPython only warns (a
        // DeprecationWarning, ignored by default).
        if !init_overridden {
            return Err(vm.type_error("object() takes no parameters"));
        }
    }
    if Rc::ptr_eq(&cls, &vm.types.object) {
        return crate::builtins::constructors::construct(vm, &cls, Args::default());
    }
    Ok(Value::Instance(Rc::new(PyInstance::new(cls))))
}

/// `T.__new__(cls, ...)` for a built-in type `T`: a `T`, or an instance of
/// the subclass `cls` holding one.
fn builtin_new(vm: &mut Vm, base: Rc<PyType>, args: Args) -> PyResult<Value> {
    let name = base.name();
    let mut it = args.args.into_iter();
    let cls = match it.next() {
        Some(Value::Type(c)) => c,
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}.__new__(X): X is not a type object ({})",
                vm.type_name(&other)
            )))
        }
        None => return Err(vm.type_error(format!("{name}.__new__(): not enough arguments"))),
    };
    if !cls.is_subtype(&base) {
        return Err(vm.type_error(format!(
            "{name}.__new__({0}): {0} is not a subtype of {name}",
            cls.name()
        )));
    }
    let rest = Args {
        args: it.collect(),
        kwargs: args.kwargs,
    };
    if !cls.heap {
        return crate::builtins::constructors::construct(vm, &cls, rest);
    }
    if base.layout == Layout::Type {
        return vm.type_new(&cls, rest);
    }
    let value = vm.new_builtin_value(&cls, base.layout, &rest)?;
    Ok(Value::Instance(Rc::new(PyInstance::with_base(cls, value))))
}

macro_rules! builtin_news {
    ($($fn_name:ident: $field:ident,)*) => {
        $(
            fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let base = vm.types.$field.clone();
                builtin_new(vm, base, args)
            }
        )*
        /// `(type, its __new__)` for the built-in types classes derive from.
        fn builtin_new_functions(vm: &Vm) -> Vec<(Rc<PyType>, NativeFn)> {
            vec![$((vm.types.$field.clone(), $fn_name as NativeFn),)*]
        }
    };
}

builtin_news! {
    int_new: int,
    bool_new: bool,
    long_new: long,
    float_new: float,
    complex_new: complex,
    str_new: str,
    unicode_new: unicode,
    tuple_new: tuple,
    list_new: list,
    dict_new: dict,
    set_new: set,
    frozenset_new: frozenset,
    type_new_function: type_,
}

/// `enumerate.__new__` and `reversed.__new__`: these iterator types are
/// called to make their iterators.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.iterator("enumerate");
    builtin_new(vm, base, args)
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types.iterator("reversed");
    builtin_new(vm, base, args)
}

/// `list.__init__(self, iterable=())`: the list holds the iterable's items.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "list", 0, 1)?;
    let Some(Value::List(list)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'list' object"));
    };
    let (items, hint) = match rest.first() {
        Some(iterable) => {
            let hint = vm.length_hint_of(iterable);
            (vm.iterate_sized(iterable)?, hint)
        }
        None => (Vec::new(), None),
    };
    *list.borrow_mut() = Vec::new();
    list.extend_hinted(items, hint);
    Ok(Value::None)
}

/// `dict.__init__(self, other=(), **kw)`: `update`.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut it = args.args.into_iter();
    let target = it.next().unwrap_or(Value::None);
    if !matches!(target, Value::Dict(_)) {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    }
    let rest = Args {
        args: it.collect(),
        kwargs: args.kwargs,
    };
    if rest.args.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 arguments, got {}",
            rest.args.len()
        )));
    }
    super::dictmethods::update(vm, &target, rest)?;
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: the set holds the iterable's items.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Set(set)) = args.args.first().cloned() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("set() does not take keyword arguments"));
    }
    if args.args.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 arguments, got {}",
            args.args.len() - 1
        )));
    }
    let items = match args.args.get(1) {
        Some(iterable) => vm.iterate(iterable)?,
        None => Vec::new(),
    };
    set.clear();
    for item in items {
        let h = vm.hash(&item)?;
        vm.set_add_key(&set, item, h)?;
    }
    Ok(Value::None)
}

/// `list.__iadd__(self, iterable)`: extends the list in place and returns it.
fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "__iadd__", 1, 1)?;
    let Some(this @ Value::List(_)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__iadd__' requires a 'list' object"));
    };
    vm.inplace_op(this, &rest[0], super::abstract_::BinOp::Add)
}

/// `list.__imul__(self, n)`: repeats the list in place and returns it.
fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "__imul__", 1, 1)?;
    let Some(this @ Value::List(_)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__imul__' requires a 'list' object"));
    };
    vm.inplace_op(this, &rest[0], super::abstract_::BinOp::Mul)
}

/// `type.__init__(cls, ...)`: checks the arguments (`type_init`).
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if !matches!(args.args.len(), 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: what calling a class does, for a metaclass
/// that overrides `__call__` to reach.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut it = args.args.into_iter();
    let Some(Value::Type(t)) = it.next() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.call_type(
        &t,
        Args {
            args: it.collect(),
            kwargs: args.kwargs,
        },
    )
}

/// `type.mro(cls)`: the method resolution order as a list.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.args.first() else {
        return Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument"));
    };
    crate::builtins::method_args(vm, &args, "mro", 0, 0)?;
    let mro = t
        .mro
        .borrow()
        .iter()
        .map(|c| Value::Type(c.clone()))
        .collect();
    Ok(Value::list(mro))
}

/// Gives the built-in types their `__new__` (called with the class first,
/// not bound), `type` its `__call__`, `list`, `dict` and `set` their
/// `__init__`, and `list` its in-place operators.
pub fn register(vm: &mut Vm) {
    let unbound = |name: &'static str, func: NativeFn| {
        Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            self_: None,
            owner: None,
            module: std::cell::Cell::new(None),
        }))
    };
    for (t, func) in builtin_new_functions(vm) {
        t.dict.set_str("__new__", unbound("__new__", func));
    }
    for (kind, func) in [
        ("enumerate", enumerate_new as NativeFn),
        ("reversed", reversed_new as NativeFn),
    ] {
        let t = vm.types.iterator(kind);
        t.dict.set_str("__new__", unbound("__new__", func));
    }
    vm.types
        .object
        .dict
        .set_str("__new__", unbound("__new__", object_new));
    crate::builtins::add_methods(
        &vm.types.type_,
        "type",
        &[
            ("__call__", type_call),
            ("__init__", type_init),
            ("mro", type_mro),
            ("__subclasses__", super::typeattrs::type_subclasses),
        ],
    );
    crate::builtins::add_methods(
        &vm.types.list,
        "list",
        &[
            ("__init__", list_init),
            ("__iadd__", list_iadd),
            ("__imul__", list_imul),
        ],
    );
    crate::builtins::add_methods(&vm.types.dict, "dict", &[("__init__", dict_init)]);
    crate::builtins::add_methods(&vm.types.set, "set", &[("__init__", set_init)]);
}

//! Types and instances of new-style classes (CPython: `Objects/typeobject.c`).

use std::cell::RefCell;
use std::rc::Rc;

use super::dictobject::PyDict;
use super::object::Value;

/// The memory layout a type's instances have: which built-in type (if any)
/// they extend. Built-in operations dispatch on it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Long,
    Float,
    Complex,
    Str,
    Unicode,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Module,
    Code,
    Cell,
    Iterator,
    Slice,
    XRange,
    File,
    Traceback,
    Frame,
    DictView,
    BaseString,
    /// `BaseException` and every exception class.
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    /// `member_descriptor`: a `__slots__` entry, or a field of a built-in
    /// type's objects (`type.__mro__`).
    Member,
    /// `getset_descriptor`: an attribute that a built-in type computes
    /// (`type.__name__`, a class's `__dict__` and `__weakref__`).
    GetSet,
    /// `dictproxy`: the read-only view of a class's dict.
    DictProxy,
}

/// A type: built-in (`<type 'int'>`) or made by a `class` statement
/// (`<class '__main__.C'>`).
pub struct PyType {
    pub name: RefCell<String>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    /// The method resolution order, this type first.
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// Made by a `class` statement rather than built in.
    pub heap: bool,
    /// A classic (old-style) class.
    pub classic_flag: std::cell::Cell<bool>,
    /// Cache of [`PyType::has_getattribute`].
    pub getattribute_hook: std::cell::Cell<Option<bool>>,
    /// Cache of whether the MRO holds a data descriptor, with the
    /// [`TYPE_VERSION`] it was computed at.
    pub data_descriptors: std::cell::Cell<(u64, bool)>,
    /// Cache of [`PyType::has_attribute_hooks`], with its [`TYPE_VERSION`].
    pub attribute_hooks: std::cell::Cell<(u64, bool)>,
    /// The metaclass, when it is not `type` (`ob_type` of a class).
    pub meta: RefCell<Option<Rc<PyType>>>,
    /// Cache of [`PyType::has_finalizer`], with its [`TYPE_VERSION`].
    pub finalizer: std::cell::Cell<(u64, bool)>,
    /// Cache of [`PyType::has_python_new`], with its [`TYPE_VERSION`].
    pub python_new: std::cell::Cell<(u64, bool)>,
    /// The classes that name this one as a base, for `__subclasses__()`.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// Cache of [`PyType::has_plain_attributes`], with its [`TYPE_VERSION`].
    pub plain_attributes: std::cell::Cell<(u64, bool)>,
    /// How many `__slots__` entries instances have, inherited ones included.
    pub slot_count: std::cell::Cell<usize>,
    /// Instances have no `__dict__` (every class that adds to the layout
    /// declares `__slots__` without `'__dict__'`).
    pub dictless: std::cell::Cell<bool>,
    /// The module of a built-in type (a class's is its `__module__`).
    pub builtin_module: Rc<str>,
}

thread_local! {
    /// Bumped whenever an attribute of any class changes, so that caches
    /// computed from class dicts know to start over.
    pub static TYPE_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Notes that a class dict changed.
pub fn bump_type_version() {
    TYPE_VERSION.with(|v| v.set(v.get() + 1));
}

impl PyType {
    pub fn is_classic(&self) -> bool {
        self.classic_flag.get()
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other)
            || self
                .mro
                .borrow()
                .iter()
                .any(|t| std::ptr::eq(t.as_ref(), other))
    }

    /// Looks a `str` name up along the MRO, with its cached hash.
    pub fn lookup_pystr(&self, name: &Rc<super::stringobject::PyStr>) -> Option<Value> {
        if let Some(v) = self.dict.get_pystr(name) {
            return Some(v);
        }
        let mro = self.mro.borrow();
        mro.iter().skip(1).find_map(|t| t.dict.get_pystr(name))
    }

    /// Whether the class defines `__getattribute__` in Python (computed
    /// once; assigning the name on the class clears it).
    pub fn has_getattribute(&self) -> bool {
        if let Some(known) = self.getattribute_hook.get() {
            return known;
        }
        let found = matches!(self.lookup("__getattribute__"), Some(Value::Function(_)));
        self.getattribute_hook.set(Some(found));
        found
    }

    /// Whether any class in the MRO has an attribute that is a data
    /// descriptor (a property, or an object whose class has `__set__`).
    #[inline]
    pub fn has_data_descriptors(&self) -> bool {
        let version = TYPE_VERSION.with(|v| v.get());
        let (at, known) = self.data_descriptors.get();
        if at == version {
            return known;
        }
        self.find_data_descriptors(version)
    }

    #[cold]
    fn find_data_descriptors(&self, version: u64) -> bool {
        let mro = self.mro.borrow().clone();
        let found = mro.iter().any(|t| {
            t.dict.values().iter().any(|v| match v {
                Value::Instance(i) => {
                    let c = i.class();
                    matches!(c.layout, Layout::Property | Layout::Member)
                        || (c.layout == Layout::GetSet && is_builtin_getset(i))
                        || (c.heap
                            && (c.lookup("__set__").is_some() || c.lookup("__delete__").is_some()))
                }
                _ => false,
            })
        });
        self.data_descriptors.set((version, found));
        found
    }

    /// Whether the class (or a base) defines `__setattr__` or `__delattr__`
    /// in Python (cached like [`PyType::has_data_descriptors`]).
    #[inline]
    pub fn has_attribute_hooks(&self) -> bool {
        let version = TYPE_VERSION.with(|v| v.get());
        let (at, known) = self.attribute_hooks.get();
        if at == version {
            return known;
        }
        self.find_attribute_hooks(version)
    }

    /// Whether instances have a `__del__` to run (cached like
    /// [`PyType::has_data_descriptors`]).
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        let Ok(version) = TYPE_VERSION.try_with(|v| v.get()) else {
            return false;
        };
        let (at, known) = self.finalizer.get();
        if at == version {
            return known;
        }
        let found = self.heap && self.lookup("__del__").is_some();
        self.finalizer.set((version, found));
        found
    }

    /// Whether the class (or a base) defines `__new__` in Python.
    #[inline]
    pub fn has_python_new(&self) -> bool {
        let version = TYPE_VERSION.with(|v| v.get());
        let (at, known) = self.python_new.get();
        if at == version {
            return known;
        }
        let found = self.heap && !matches!(self.lookup("__new__"), None | Some(Value::Builtin(_)));
        self.python_new.set((version, found));
        found
    }

    /// Whether instances get and set ordinary attributes as `object` does
    /// with nothing in the way: a class of `object`'s layout with an
    /// instance dict, no Python `__getattribute__`, `__setattr__` or
    /// `__delattr__`, and no data descriptor anywhere in the MRO. Then a
    /// name that is not special (`__class__`, `__dict__`) is the instance
    /// dict's, else the class's (cached like
    /// [`PyType::has_data_descriptors`]).
    #[inline]
    pub fn has_plain_attributes(&self) -> bool {
        let version = TYPE_VERSION.with(|v| v.get());
        let (at, known) = self.plain_attributes.get();
        if at == version {
            return known;
        }
        self.find_plain_attributes(version)
    }

    #[cold]
    fn find_plain_attributes(&self, version: u64) -> bool {
        let plain = self.heap
            && !self.is_classic()
            && self.layout == Layout::Object
            && !self.dictless.get()
            && !matches!(self.lookup("__getattribute__"), Some(Value::Function(_)))
            && !self.has_attribute_hooks()
            && !self.has_data_descriptors();
        self.plain_attributes.set((version, plain));
        plain
    }

    #[cold]
    fn find_attribute_hooks(&self, version: u64) -> bool {
        let found = matches!(self.lookup("__setattr__"), Some(Value::Function(_)))
            || matches!(self.lookup("__delattr__"), Some(Value::Function(_)));
        self.attribute_hooks.set((version, found));
        found
    }

    /// Looks a name up along the MRO (`_PyType_Lookup`).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        let mro = self.mro.borrow().clone();
        mro.iter().skip(1).find_map(|t| t.dict.get_str(name))
    }

    /// The module the type belongs to, as `__module__` says.
    pub fn module(&self) -> String {
        self.with_module(str::to_string)
    }

    /// Calls `f` with the type's module name, without copying it.
    pub fn with_module<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        if !self.heap {
            return f(&self.builtin_module);
        }
        match self.dict.get_str("__module__") {
            Some(Value::Str(s)) => f(&s.to_text()),
            _ => f("__builtin__"),
        }
    }
}

/// An instance of a class made by a `class` statement, or of an exception.
pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    /// The instance's `__dict__`; assigning `__dict__` replaces it. Always
    /// `Some` but while a method below looks into it (a `Cell` keeps
    /// instances small).
    dict_cell: std::cell::Cell<Option<Rc<PyDict>>>,
    /// `BaseException.args`, for exception instances.
    pub exc_args: RefCell<Option<Value>>,
    /// What few instances have, kept apart so that the rest stay small.
    pub extra: Option<Box<InstanceExtra>>,
    /// Set once `__del__` has been queued for this object's contents.
    pub finalized: std::cell::Cell<bool>,
}

/// The parts of an instance that only some classes' instances have.
#[derive(Default)]
pub struct InstanceExtra {
    /// For an instance of a subclass of a built-in data type (`class
    /// L(list)`), the built-in value it is: the methods of the built-in type
    /// work on this value (CPython lays the subclass's fields after the
    /// built-in object's own).
    pub base: Option<Value>,
    /// The values of the class's `__slots__` entries (`None` while unset).
    pub slots: Box<[RefCell<Option<Value>>]>,
}

impl Drop for PyInstance {
    /// The last reference is gone: with a `__del__` to run, the contents
    /// move to a new instance that waits for it (see `crate::vm::finalize`).
    fn drop(&mut self) {
        if self.finalized.get()
            || !self.class.get_mut().has_finalizer()
            || !crate::vm::finalize::enabled()
        {
            return;
        }
        let class = self.class.get_mut().clone();
        let resurrected = PyInstance {
            class: RefCell::new(class),
            dict_cell: std::cell::Cell::new(self.dict_cell.take()),
            exc_args: RefCell::new(self.exc_args.get_mut().take()),
            extra: self.extra.take(),
            finalized: std::cell::Cell::new(true),
        };
        crate::vm::finalize::enqueue(Value::Instance(Rc::new(resurrected)));
    }
}

impl PyInstance {
    pub fn new(class: Rc<PyType>) -> PyInstance {
        let n = class.slot_count.get();
        let extra = (n > 0).then(|| {
            Box::new(InstanceExtra {
                base: None,
                slots: (0..n).map(|_| RefCell::new(None)).collect(),
            })
        });
        PyInstance {
            extra,
            class: RefCell::new(class),
            dict_cell: std::cell::Cell::new(Some(Rc::new(PyDict::new()))),
            exc_args: RefCell::new(None),
            finalized: std::cell::Cell::new(false),
        }
    }

    /// An instance of a subclass of a built-in data type, holding `base`.
    pub fn with_base(class: Rc<PyType>, base: Value) -> PyInstance {
        let mut inst = PyInstance::new(class);
        inst.extra.get_or_insert_with(Default::default).base = Some(base);
        inst
    }

    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }

    /// The instance's `__dict__`.
    #[inline]
    pub fn dict(&self) -> Rc<PyDict> {
        let d = self.dict_cell.take().unwrap_or_default();
        self.dict_cell.set(Some(d.clone()));
        d
    }

    /// Looks a name up in the instance's `__dict__` (no Python code runs).
    #[inline]
    pub fn dict_get(&self, name: &Rc<PyStr>) -> Option<Value> {
        let d = self.dict_cell.take();
        let found = d.as_ref().and_then(|d| d.get_pystr(name));
        self.dict_cell.set(d);
        found
    }

    /// Stores into or deletes from the instance's `__dict__`; `None` when
    /// deleting a name it does not have. No Python code runs meanwhile.
    #[inline]
    pub fn dict_store(&self, name: &Rc<PyStr>, value: Option<Value>) -> Option<()> {
        let d = self.dict_cell.take();
        let done = d.as_ref().and_then(|d| {
            let key = Value::Str(name.clone());
            match value {
                Some(v) => {
                    d.set(key, name.hash(), v);
                    Some(())
                }
                None => d.remove(&key, name.hash()).map(drop),
            }
        });
        self.dict_cell.set(d);
        done
    }

    /// Replaces the instance's `__dict__`.
    pub fn set_dict(&self, dict: Rc<PyDict>) {
        let old = self.dict_cell.replace(Some(dict));
        // The old dict goes only after the new one is in place.
        drop(old);
    }

    /// The built-in value of an instance of a built-in type's subclass.
    #[inline]
    pub fn base(&self) -> Option<&Value> {
        self.extra.as_ref().and_then(|e| e.base.as_ref())
    }

    /// The `__slots__` values.
    pub fn slots(&self) -> &[RefCell<Option<Value>>] {
        self.extra.as_ref().map_or(&[], |e| &e.slots)
    }
}

use super::methodobject::{Args, PyMethod};
use super::stringobject::PyStr;
use crate::vm::{PyResult, Vm};

/// An attribute name as text for matching special names. Names are ASCII
/// identifiers; one that is not UTF-8 matches no special attribute.
fn name_key(name: &PyStr) -> &str {
    std::str::from_utf8(name.as_bytes()).unwrap_or("\u{fffd}")
}

/// Whether attribute access by this name has a meaning of its own for
/// instances (`__class__`, `__dict__`), so that it cannot go straight to the
/// instance dict. Ordinary names rarely start with two underscores.
#[inline]
fn is_special_name(name: &PyStr) -> bool {
    name.as_bytes().starts_with(b"__")
}

impl Vm {
    /// `obj.name` (`PyObject_GetAttr`).
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        // Instances, the common case, look names up by their bytes.
        if let Value::Instance(inst) = obj {
            return self.instance_getattr(obj, inst, name);
        }
        // Methods of built-in types first, by the name's cached hash.
        if let Value::Str(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Tuple(_)
        | Value::Set(_)
        | Value::Unicode(_) = obj
        {
            let t = self.type_of(obj);
            if let Some(attr) = t.dict.get_pystr(name) {
                return Ok(self.bind(attr, obj.clone(), Value::Type(t)));
            }
        }
        let key = name_key(name);
        let found = match obj {
            Value::Type(t) => self.type_getattr(t, key)?,
            Value::Super(sup) => self.super_getattr(sup, key)?,
            Value::Module(m) => match key {
                "__dict__" => Some(Value::Dict(m.dict.clone())),
                _ => m.dict.get_pystr(name),
            },
            _ => self.builtin_getattr(obj, key),
        };
        match found {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, key)),
        }
    }

    /// `super(C, obj).name` (`super_getattro`): the first class after `C`
    /// in the MRO of `obj` (or of `obj`'s type) that has the name, its value
    /// bound as a descriptor for `obj`. An unbound super, and `__class__`,
    /// look at the super object itself.
    fn super_getattr(
        &mut self,
        sup: &Rc<super::object::PySuper>,
        key: &str,
    ) -> PyResult<Option<Value>> {
        if !sup.obj.is_none() && key != "__class__" {
            let start = super_start_type(self, sup);
            let mro = start.mro.borrow().clone();
            let pos = mro.iter().position(|t| Rc::ptr_eq(t, &sup.class));
            for t in pos.map_or(&[][..], |p| &mro[p + 1..]) {
                if let Some(v) = t.dict.get_str(key) {
                    // Through a class, descriptors see no instance.
                    let obj = match &sup.obj {
                        Value::Type(o) if Rc::ptr_eq(o, &start) => None,
                        other => Some(other.clone()),
                    };
                    return self.descr_get(&v, obj, &start).map(Some);
                }
            }
        }
        Ok(match key {
            "__thisclass__" => Some(Value::Type(sup.class.clone())),
            "__self__" => Some(sup.obj.clone()),
            "__self_class__" => Some(if sup.obj.is_none() {
                Value::None
            } else {
                Value::Type(super_start_type(self, sup))
            }),
            "__class__" => Some(Value::Type(self.types.super_.clone())),
            _ => {
                let t = self.types.super_.clone();
                t.lookup(key)
                    .map(|attr| self.bind(attr, Value::Super(sup.clone()), Value::Type(t)))
            }
        })
    }

    /// The AttributeError for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        match obj {
            Value::Type(t) if t.is_classic() => {
                self.attribute_error(format!("class {} has no attribute '{name}'", t.name()))
            }
            Value::Type(t) => self.attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                t.name()
            )),
            Value::Instance(i) if i.class().is_classic() => self.attribute_error(format!(
                "{} instance has no attribute '{name}'",
                i.class().name()
            )),
            _ => self.attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(obj)
            )),
        }
    }

    /// `obj.name` for an instance (`slot_tp_getattr_hook`): its class's
    /// `__getattribute__`, then `__getattr__` when that finds nothing or
    /// raises AttributeError.
    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let class = inst.class();
        if class.has_plain_attributes() && !is_special_name(name) {
            if let Some(v) = inst.dict_get(name) {
                return Ok(v);
            }
            if let Some(attr) = class.lookup_pystr(name) {
                return self.class_attribute_for(obj, &class, attr);
            }
        }
        let found = if class.has_getattribute() {
            match class.lookup("__getattribute__") {
                Some(getattribute) => {
                    let m = self.bind(getattribute, obj.clone(), Value::Type(class.clone()));
                    self.call1(&m, Value::Str(name.clone())).map(Some)
                }
                None => self.instance_generic_getattr(obj, inst, &class, name),
            }
        } else {
            self.instance_generic_getattr(obj, inst, &class, name)
        };
        let err = match found {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => None,
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Some(e),
            Err(e) => return Err(e),
        };
        if let Some(getattr) = class.lookup_pystr(&self.names.getattr.clone()) {
            let m = self.bind(getattr, obj.clone(), Value::Type(class));
            return self.call1(&m, Value::Str(name.clone()));
        }
        Err(err.unwrap_or_else(|| self.no_attribute(obj, name_key(name))))
    }

    /// `object.__getattribute__` on an instance (`PyObject_GenericGetAttr`):
    /// a data descriptor of the class, the instance dict, then any other
    /// class attribute; `None` when nothing has the name.
    #[inline(always)]
    fn instance_generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        class: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        match name.as_bytes() {
            b"__class__" => return Ok(Some(Value::Type(class.clone()))),
            b"__dict__" if !class.dictless.get() => {
                return Ok(Some(Value::Dict(inst.dict().clone())))
            }
            _ => {}
        }
        // A data descriptor on the class (a property) comes before the
        // instance's own dict, anything else after it.
        let early = class.has_data_descriptors();
        let class_attr = if early {
            class.lookup_pystr(name)
        } else {
            None
        };
        if let Some(attr) = &class_attr {
            if let d @ (super::descrobject::Descriptor::Property(_)
            | super::descrobject::Descriptor::Member(..)
            | super::descrobject::Descriptor::User {
                data: true,
                get: Some(_),
            }) = self.descriptor(attr)
            {
                return self.descriptor_get(attr, d, obj.clone(), class).map(Some);
            }
        }
        if let Some(v) = inst.dict_get(name) {
            return Ok(Some(v));
        }
        if class.layout == Layout::Exception {
            let key = name_key(name);
            match key {
                "args" => {
                    return Ok(Some(
                        inst.exc_args
                            .borrow()
                            .clone()
                            .unwrap_or_else(|| Value::tuple(vec![])),
                    ))
                }
                "message" => {
                    let args = super::exceptions::args_of(obj);
                    return Ok(Some(if args.len() == 1 {
                        args[0].clone()
                    } else {
                        Value::str("")
                    }));
                }
                "code" if class.is_subtype(&self.exc.system_exit) => {
                    let args = super::exceptions::args_of(obj);
                    return Ok(Some(match args.len() {
                        0 => Value::None,
                        1 => args[0].clone(),
                        _ => Value::tuple(args),
                    }));
                }
                "errno" | "strerror" | "filename"
                    if class.is_subtype(&self.exc.environment_error) =>
                {
                    return Ok(Some(Value::None));
                }
                _ => {
                    let args = inst.exc_args.borrow().clone().unwrap_or(Value::None);
                    if let Some(v) = self.unicode_error_attr(class, &args, key) {
                        return Ok(Some(v));
                    }
                }
            }
        }
        let class_attr = if early {
            class_attr
        } else {
            class.lookup_pystr(name)
        };
        match class_attr {
            Some(attr) => self.class_attribute_for(obj, class, attr).map(Some),
            None => Ok(None),
        }
    }

    /// A class attribute read through an instance that has no such
    /// attribute of its own: a function becomes a bound method, another
    /// descriptor gives its value, anything else is itself.
    #[inline]
    fn class_attribute_for(
        &mut self,
        obj: &Value,
        class: &Rc<PyType>,
        attr: Value,
    ) -> PyResult<Value> {
        if let Value::Function(_) = attr {
            return Ok(self.bind(attr, obj.clone(), Value::Type(class.clone())));
        }
        match self.descriptor(&attr) {
            super::descrobject::Descriptor::NotOne => {
                Ok(self.bind(attr, obj.clone(), Value::Type(class.clone())))
            }
            d => self.descriptor_get(&attr, d, obj.clone(), class),
        }
    }

    fn type_getattr(&mut self, t: &Rc<PyType>, key: &str) -> PyResult<Option<Value>> {
        match key {
            "__name__" => return Ok(Some(Value::str(&t.name()))),
            "__dict__" if t.is_classic() => return Ok(Some(Value::Dict(t.dict.clone()))),
            "__dict__" => return Ok(Some(super::descrobject::dict_proxy(self, t))),
            "__base__" if !t.is_classic() => {
                return Ok(Some(best_base(t).map_or(Value::None, Value::Type)))
            }
            "__class__" if !t.is_classic() => {
                return Ok(Some(Value::Type(self.type_of(&Value::Type(t.clone())))))
            }
            "__bases__" => {
                return Ok(Some(Value::tuple(
                    t.bases
                        .borrow()
                        .iter()
                        .map(|b| Value::Type(b.clone()))
                        .collect(),
                )))
            }
            "__mro__" if !t.is_classic() => {
                return Ok(Some(Value::tuple(
                    t.mro
                        .borrow()
                        .iter()
                        .map(|b| Value::Type(b.clone()))
                        .collect(),
                )))
            }
            "__doc__" if t.dict.get_str("__doc__").is_none() => return Ok(Some(Value::None)),
            _ => {}
        }
        // `type`'s getset descriptors and members are data descriptors:
        // they come before the class's own attributes.
        if key.starts_with("__") && !t.is_classic() {
            let meta = self.type_of(&Value::Type(t.clone()));
            if let Some(attr @ Value::Instance(_)) = meta.lookup(key) {
                if let super::descrobject::Descriptor::GetSet(name, owner) = self.descriptor(&attr)
                {
                    if Rc::ptr_eq(&owner, &self.types.type_) {
                        return self.type_getset(t, &name).map(Some);
                    }
                }
            }
        }
        let Some(attr) = t.lookup(key) else {
            return Ok(self.metaclass_getattr(t, key));
        };
        // `dict.fromkeys` is a class method: it gets the class it is read from.
        if let Value::Builtin(b) = &attr {
            if b.name == "fromkeys" && b.owner == Some("dict") && b.self_.is_none() {
                return Ok(Some(Value::Builtin(Rc::new(
                    super::methodobject::BuiltinFunction {
                        name: b.name,
                        func: b.func,
                        self_: Some(Value::Type(t.clone())),
                        owner: b.owner,
                        module: std::cell::Cell::new(None),
                    },
                ))));
            }
        }
        Ok(Some(match attr {
            Value::Function(_) => Value::Method(Rc::new(PyMethod {
                func: attr,
                self_: None,
                class: Value::Type(t.clone()),
            })),
            other => match self.descriptor(&other) {
                super::descrobject::Descriptor::NotOne => other,
                d => self
                    .descriptor_get(&other, d, Value::None, t)
                    .unwrap_or(other),
            },
        }))
    }

    /// The attributes of a class that `type`'s getset descriptors and
    /// members give (`type_getsets`, `type_members`).
    pub(crate) fn type_getset(&mut self, t: &Rc<PyType>, key: &str) -> PyResult<Value> {
        match key {
            // `type_get_doc`: the class's own `__doc__`, through its `__get__`.
            "__doc__" if Rc::ptr_eq(t, &self.types.type_) => Ok(Value::str(
                "type(object) -> the object's type\ntype(name, bases, dict) -> a new type",
            )),
            "__doc__" => match t.dict.get_str("__doc__") {
                Some(doc) => self.descr_get(&doc, None, t),
                None => Ok(Value::None),
            },
            // `type_module`: a class's own `__module__`.
            "__module__" if t.heap => t
                .dict
                .get_str("__module__")
                .ok_or_else(|| self.attribute_error("__module__")),
            "__module__" => Ok(Value::str(&t.module())),
            "__abstractmethods__" => t
                .dict
                .get_str("__abstractmethods__")
                .filter(|_| !Rc::ptr_eq(t, &self.types.type_))
                .ok_or_else(|| self.attribute_error("__abstractmethods__")),
            "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" => {
                match object_layout(t) {
                    Some(layout) => Ok(Value::Int(match key {
                        "__basicsize__" => layout.basicsize,
                        "__dictoffset__" => layout.dictoffset,
                        "__weakrefoffset__" => layout.weakrefoffset,
                        _ => 0,
                    })),
                    None => {
                        Err(self
                            .type_error(format!("{key} of '{}' is not supported here", t.name())))
                    }
                }
            }
            "__flags__" => {
                Err(self.type_error(format!("__flags__ of '{}' is not supported here", t.name())))
            }
            _ => match self.type_getattr(t, key)? {
                Some(v) => Ok(v),
                None => Err(self.no_attribute(&Value::Type(t.clone()), key)),
            },
        }
    }

    /// `C.name = value` (or `del C.name`) for a name of `type`'s getset
    /// descriptors and members: `None` when `type` has no such descriptor;
    /// an error for those that cannot be set.
    pub(crate) fn set_type_getset(
        &mut self,
        t: &Rc<PyType>,
        key: &str,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let kind = match self.types.type_.dict.get_str(key) {
            Some(Value::Instance(d)) => d.class().layout,
            _ => return None,
        };
        if !matches!(kind, Layout::GetSet | Layout::Member) {
            return None;
        }
        if let Some(r) = self.set_class_special(t, key, &value) {
            return Some(r);
        }
        let name = t.name();
        Some(match (key, value) {
            _ if kind == Layout::Member => Err(self.type_error("readonly attribute")),
            // `check_set_special_type_attr`, then the class's dict.
            ("__module__" | "__abstractmethods__", _) if !t.heap => Err(self.type_error(format!(
                "can't set attributes of built-in/extension type '{name}'"
            ))),
            ("__module__", None) => Err(self.type_error(format!("can't delete {name}.__module__"))),
            ("__module__" | "__abstractmethods__", Some(v)) => {
                t.dict.set_str(key, v);
                bump_type_version();
                Ok(())
            }
            ("__abstractmethods__", None) => match t.dict.remove_str(key) {
                Some(_) => {
                    bump_type_version();
                    Ok(())
                }
                None => Err(self.attribute_error("__abstractmethods__")),
            },
            _ => Err(self.attribute_error(format!(
                "attribute '{key}' of 'type' objects is not writable"
            ))),
        })
    }

    /// An attribute a class gets from its metaclass: a method bound to the
    /// class, or a descriptor's value for it.
    pub(crate) fn metaclass_getattr(&mut self, t: &Rc<PyType>, key: &str) -> Option<Value> {
        if t.is_classic() {
            return None;
        }
        let meta = t
            .meta
            .borrow()
            .clone()
            .unwrap_or_else(|| self.types.type_.clone());
        let attr = meta.lookup(key)?;
        let class = Value::Type(t.clone());
        Some(match self.descriptor(&attr) {
            super::descrobject::Descriptor::NotOne => {
                self.bind(attr, class, Value::Type(meta.clone()))
            }
            d => self.descriptor_get(&attr, d, class, &meta).unwrap_or(attr),
        })
    }

    /// Attributes of built-in objects: their type's methods, and the
    /// data attributes CPython gives them.
    fn builtin_getattr(&mut self, obj: &Value, key: &str) -> Option<Value> {
        match (obj, key) {
            (Value::Function(f), _) => {
                let v = match key {
                    "__name__" | "func_name" => f.name.borrow().clone(),
                    "__doc__" | "func_doc" => f.doc.borrow().clone(),
                    "__module__" => f.module.borrow().clone(),
                    "__defaults__" | "func_defaults" => match &*f.defaults.borrow() {
                        Some(d) => Value::Tuple(d.clone()),
                        None => Value::None,
                    },
                    "__code__" | "func_code" => Value::Code(f.code.clone()),
                    "__globals__" | "func_globals" => Value::Dict(f.globals.clone()),
                    "__closure__" | "func_closure" => match &f.closure {
                        Some(c) => Value::Tuple(c.clone()),
                        None => Value::None,
                    },
                    "__dict__" | "func_dict" => Value::Dict(f.dict.clone()),
                    "__class__" => Value::Type(self.type_of(obj)),
                    _ => match f.dict.get_str(key) {
                        Some(v) => v,
                        None => {
                            let t = self.type_of(obj);
                            let attr = t.lookup(key)?;
                            return Some(self.bind(attr, obj.clone(), Value::Type(t)));
                        }
                    },
                };
                return Some(v);
            }
            (Value::Method(m), _) => {
                let v = match key {
                    "im_func" | "__func__" => m.func.clone(),
                    "im_self" | "__self__" => m.self_.clone().unwrap_or(Value::None),
                    "im_class" => m.class.clone(),
                    _ => return self.builtin_getattr(&m.func.clone(), key),
                };
                return Some(v);
            }
            (Value::Code(c), _) if key.starts_with("co_") => return code_attr(c, key),
            (Value::Builtin(b), "__name__") => return Some(Value::str(b.name)),
            (Value::Builtin(b), "__doc__") => {
                let (docs, owner) = match (b.owner, b.module.get()) {
                    (Some(owner), _) => (super::typedocs::METHOD_DOCS, owner),
                    (None, Some(module)) => (super::typedocs::FUNCTION_DOCS, module),
                    (None, None) => return Some(Value::None),
                };
                let doc = docs.iter().find(|(o, n, _)| *o == owner && *n == b.name);
                return Some(doc.map_or(Value::None, |(_, _, d)| Value::str(d)));
            }
            (Value::Builtin(b), "__module__") if b.module.get().is_some() => {
                return b.module.get().map(Value::str);
            }
            // A method of a built-in object has no `m_module`.
            (Value::Builtin(b), "__module__") if b.self_.is_some() => return Some(Value::None),
            (Value::Cell(c), "cell_contents") => return c.get(),
            (Value::Traceback(tb), _) => {
                return match key {
                    "tb_lineno" => Some(Value::Int(tb.lineno)),
                    "tb_lasti" => Some(Value::Int(tb.lasti as i64)),
                    "tb_next" => Some(tb.next.clone().map_or(Value::None, Value::Traceback)),
                    "tb_frame" => Some(Value::Frame(tb.frame.clone())),
                    _ => None,
                }
            }
            (Value::Frame(f), _) => {
                if let Some(v) = self.frame_getattr(f, key) {
                    return Some(v);
                }
            }
            (Value::Generator(g), "gi_running") => {
                return Some(Value::Int(i64::from(g.running.get())))
            }
            (Value::Generator(g), "gi_code") => return Some(Value::Code(g.code.clone())),
            (Value::Generator(g), "gi_frame") => return Some(self.generator_frame(g)),
            (Value::Generator(g), "__name__") => return Some(Value::str(g.name())),
            (Value::Builtin(b), "__self__") => return Some(b.self_.clone().unwrap_or(Value::None)),
            (
                Value::Int(_)
                | Value::Bool(_)
                | Value::Long(_)
                | Value::Float(_)
                | Value::Complex(_),
                "real" | "imag" | "numerator" | "denominator",
            ) => {
                if let Some(v) = super::numberwrappers::number_attr(obj, key) {
                    return Some(v);
                }
            }
            (Value::Slice(s), "start" | "stop" | "step") => {
                return Some(match key {
                    "start" => s.start.clone(),
                    "stop" => s.stop.clone(),
                    _ => s.step.clone(),
                })
            }
            (Value::File(f), "softspace") => return Some(Value::Int(i64::from(f.softspace.get()))),
            (Value::File(f), "name") => return Some(Value::str(&f.name)),
            (Value::File(f), "mode") => return Some(Value::str(&f.mode)),
            (Value::File(f), "closed") => return Some(Value::bool(f.closed.get())),
            (Value::File(f), "encoding" | "errors") => {
                let field = if key == "encoding" {
                    &f.encoding
                } else {
                    &f.errors
                };
                return Some(field.as_deref().map_or(Value::None, Value::str));
            }
            (_, "__class__") => return Some(Value::Type(self.type_of(obj))),
            (_, "__doc__") => {
                return Some(match self.type_of(obj).lookup("__doc__") {
                    Some(doc @ Value::Str(_)) => doc,
                    _ => Value::None,
                })
            }
            _ => {}
        }
        let t = self.type_of(obj);
        let attr = t.lookup(key)?;
        Some(self.bind(attr, obj.clone(), Value::Type(t)))
    }

    /// `inst.name = value` for instances, the common case, by the name's bytes.
    fn instance_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let class = inst.class();
        if class.has_plain_attributes() && !is_special_name(name) {
            return self.instance_dict_store(inst, name, value);
        }
        // A classic instance's `__dict__` and `__class__` come before its
        // hooks (`instance_setattr`).
        if class.is_classic() && matches!(name.as_bytes(), b"__dict__" | b"__class__") {
            return self.classic_set_special(inst, name, value);
        }
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        let hooked = class.has_attribute_hooks();
        if let Some(f @ Value::Function(_)) = hooked.then(|| class.lookup(hook)).flatten() {
            let m = self.bind(f, obj.clone(), Value::Type(class));
            let mut args = vec![Value::Str(name.clone())];
            args.extend(value);
            return self.call(&m, Args::positional(args)).map(|_| ());
        }
        self.instance_generic_setattr(obj, inst, class, name, value)
    }

    /// `object.__setattr__` and `object.__delattr__` on an instance
    /// (`PyObject_GenericSetAttr`): a data descriptor of the class, else
    /// the instance dict.
    #[inline]
    fn instance_generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<PyInstance>,
        class: Rc<PyType>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        // `object()` itself has no `__dict__`.
        if Rc::ptr_eq(&class, &self.types.object) {
            return Err(self.no_attribute(obj, name_key(name)));
        }
        match name.as_bytes() {
            b"__class__" => return self.set_instance_class(inst, &class, value),
            b"__dict__" if !class.dictless.get() => {
                // Deleting it leaves a new empty dict.
                let dict = match &value {
                    None => Rc::new(PyDict::new()),
                    Some(v) => match v.builtin_base().unwrap_or(v) {
                        Value::Dict(d) => d.clone(),
                        _ => {
                            return Err(self.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                self.type_name(v)
                            )))
                        }
                    },
                };
                inst.set_dict(dict);
                return Ok(());
            }
            // The class's `__weakref__` descriptor cannot be set.
            b"__weakref__" => {
                if let Some(attr) = class.lookup_pystr(name) {
                    if let Some(result) = self.descriptor_set(&attr, obj, value.clone()) {
                        return result;
                    }
                }
            }
            _ => {}
        }
        let class_attr = if class.has_data_descriptors() {
            class.lookup_pystr(name)
        } else {
            None
        };
        if let Some(attr) = class_attr {
            if let Some(result) = self.descriptor_set(&attr, obj, value.clone()) {
                return result;
            }
        }
        if class.layout == Layout::Exception && name.as_bytes() == b"args" {
            let args = match value {
                Some(v) => Value::tuple(self.iterate(&v)?),
                None => Value::tuple(vec![]),
            };
            *inst.exc_args.borrow_mut() = Some(args);
            return Ok(());
        }
        if class.dictless.get() {
            return Err(self.no_attribute(obj, name_key(name)));
        }
        self.instance_dict_store(inst, name, value)
    }

    /// `inst.name = value` (or `del inst.name`) in the instance's dict.
    #[inline]
    fn instance_dict_store(
        &mut self,
        inst: &PyInstance,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        match inst.dict_store(name, value) {
            Some(()) => Ok(()),
            None => Err(self.attribute_error(name.to_text().into_owned())),
        }
    }

    /// `inst.__dict__ = d` and `inst.__class__ = C` on a classic instance.
    fn classic_set_special(
        &mut self,
        inst: &Rc<PyInstance>,
        name: &PyStr,
        value: Option<Value>,
    ) -> PyResult<()> {
        if name.as_bytes() == b"__dict__" {
            return match value.as_ref().map(|v| v.builtin_base().unwrap_or(v)) {
                Some(Value::Dict(d)) => {
                    inst.set_dict(d.clone());
                    Ok(())
                }
                _ => Err(self.type_error("__dict__ must be set to a dictionary")),
            };
        }
        match value {
            Some(Value::Type(t)) if t.is_classic() => {
                *inst.class.borrow_mut() = t;
                Ok(())
            }
            _ => Err(self.type_error("__class__ must be set to a class")),
        }
    }

    /// `inst.__class__ = C` on a new-style instance (`object_set_class`):
    /// both classes made by `class` statements, with the same layout.
    fn set_instance_class(
        &mut self,
        inst: &Rc<PyInstance>,
        old: &Rc<PyType>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let new = match value {
            None => return Err(self.type_error("can't delete __class__ attribute")),
            Some(Value::Type(t)) if !t.is_classic() => t,
            Some(v) => {
                return Err(self.type_error(format!(
                    "__class__ must be set to new-style class, not '{}' object",
                    self.type_name(&v)
                )))
            }
        };
        if !new.heap || !old.heap {
            return Err(self.type_error("__class__ assignment: only for heap types"));
        }
        if !same_layout(old, &new) {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                old.name(),
                new.name()
            )));
        }
        *inst.class.borrow_mut() = new;
        Ok(())
    }

    /// `object.__getattribute__(obj, name)`: the lookup without the
    /// class's own `__getattribute__` and `__getattr__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            return self.getattr(obj, name);
        };
        let class = inst.class();
        match self.instance_generic_getattr(obj, inst, &class, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name_key(name))),
        }
    }

    /// `object.__setattr__(obj, name, value)` and `object.__delattr__`:
    /// the assignment without the class's own hooks.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                self.instance_generic_setattr(obj, inst, inst.class(), name, value)
            }
            _ => self.setattr(obj, name, value),
        }
    }

    /// `obj.name = value`, or `del obj.name` when `value` is `None`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Option<Value>) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            return self.instance_setattr(obj, inst, name, value);
        }
        let key = name_key(name);
        match obj {
            Value::Type(t) => {
                if !t.heap {
                    return Err(self.type_error(format!(
                        "can't set attributes of built-in/extension type '{}'",
                        t.name()
                    )));
                }
                if key == "__getattribute__" {
                    t.getattribute_hook.set(None);
                }
                bump_type_version();
                if !t.is_classic() {
                    if let Some(result) = self.set_type_getset(t, key, value.clone()) {
                        return result;
                    }
                }
                if let Some(result) = self.set_class_special(t, key, &value) {
                    return result;
                }
                self.dict_set_attr(&t.dict, obj, name, value)
            }
            Value::Module(m) => self.dict_set_attr(&m.dict.clone(), obj, name, value),
            Value::Function(f) => match (key, value) {
                ("__name__" | "func_name", Some(v @ Value::Str(_))) => {
                    *f.name.borrow_mut() = v;
                    Ok(())
                }
                ("__name__" | "func_name", _) => {
                    Err(self.type_error("__name__ must be set to a string object"))
                }
                ("__doc__" | "func_doc", v) => {
                    *f.doc.borrow_mut() = v.unwrap_or(Value::None);
                    Ok(())
                }
                ("__module__", v) => {
                    *f.module.borrow_mut() = v.unwrap_or(Value::None);
                    Ok(())
                }
                ("__defaults__" | "func_defaults", v) => {
                    *f.defaults.borrow_mut() = match v {
                        Some(Value::Tuple(t)) => Some(t),
                        Some(Value::None) | None => None,
                        Some(_) => {
                            return Err(
                                self.type_error("__defaults__ must be set to a tuple object")
                            )
                        }
                    };
                    Ok(())
                }
                (_, v) => self.dict_set_attr(&f.dict.clone(), obj, name, v),
            },
            Value::Frame(f) => match self.frame_setattr(f, key, value) {
                Some(result) => result,
                None => Err(self.no_attribute(obj, key)),
            },
            Value::Traceback(_)
                if matches!(key, "tb_frame" | "tb_lasti" | "tb_lineno" | "tb_next") =>
            {
                Err(self.type_error("readonly attribute"))
            }
            Value::File(f) if key == "softspace" => {
                let on = match value {
                    Some(v) => self.truthy(&v)?,
                    None => false,
                };
                f.softspace.set(on);
                Ok(())
            }
            _ => {
                let t = self.type_of(obj);
                // A getset or member descriptor of the type (`real`).
                if let Some(attr @ Value::Instance(_)) = t.lookup(key) {
                    if let Some(r) = self.descriptor_set(&attr, obj, value) {
                        return r;
                    }
                }
                let data_attribute =
                    self.builtin_getattr(obj, key).is_some() && t.lookup(key).is_none();
                if data_attribute {
                    Err(self.attribute_error(format!(
                        "attribute '{key}' of '{}' objects is not writable",
                        t.name()
                    )))
                } else if t.lookup(key).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{key}' is read-only",
                        t.name()
                    )))
                } else {
                    Err(self.no_attribute(obj, key))
                }
            }
        }
    }

    fn dict_set_attr(
        &mut self,
        dict: &Rc<super::dictobject::PyDict>,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let key = Value::Str(name.clone());
        match value {
            Some(v) => {
                dict.set(key, name.hash(), v);
                Ok(())
            }
            None => match dict.remove(&key, name.hash()) {
                Some(_) => Ok(()),
                None => Err(match obj {
                    Value::Instance(_) | Value::Type(_) => {
                        self.attribute_error(name.to_text().into_owned())
                    }
                    _ => self.no_attribute(obj, &name.to_text()),
                }),
            },
        }
    }
}

/// Where the fields of an instance of a class on `object`'s layout lie.
pub(crate) struct ObjectLayout {
    pub basicsize: i64,
    pub dictoffset: i64,
    pub weakrefoffset: i64,
}

/// The layout of a class whose instances are `object`'s plus slots, a
/// `__dict__` and a `__weakref__` (`type_new` lays them out in that order,
/// class by class from `object` down the best bases); `None` for other
/// classes.
pub(crate) fn object_layout(t: &Rc<PyType>) -> Option<ObjectLayout> {
    let mut chain = vec![t.clone()];
    while let Some(b) = best_base(chain.last()?) {
        chain.push(b);
    }
    let root = chain.pop()?;
    if root.layout != Layout::Object || root.heap || root.is_classic() {
        return None;
    }
    let mut layout = ObjectLayout {
        basicsize: 16,
        dictoffset: 0,
        weakrefoffset: 0,
    };
    let mut inherited_slots = 0;
    for c in chain.iter().rev() {
        if !c.heap || c.layout != Layout::Object {
            return None;
        }
        let slots = c.slot_count.get();
        layout.basicsize += 8 * slots.saturating_sub(inherited_slots) as i64;
        inherited_slots = slots;
        let own = |name: &str| match c.dict.get_str(name) {
            Some(Value::Instance(d)) => d.class().layout == Layout::GetSet,
            _ => false,
        };
        if own("__dict__") {
            layout.dictoffset = layout.basicsize;
            layout.basicsize += 8;
        }
        if own("__weakref__") {
            layout.weakrefoffset = layout.basicsize;
            layout.basicsize += 8;
        }
    }
    Some(layout)
}

/// The base whose layout instances extend (`best_base`): of the new-style
/// bases, the first whose built-in layout every other base's is part of.
pub(crate) fn best_base(t: &PyType) -> Option<Rc<PyType>> {
    let bases = t.bases.borrow();
    let solid = |b: &Rc<PyType>| super::typenew::solid_base(b);
    let candidates: Vec<&Rc<PyType>> = bases.iter().filter(|b| !b.is_classic()).collect();
    candidates
        .iter()
        .find(|b| {
            let Some(s) = solid(b) else { return false };
            candidates
                .iter()
                .all(|o| solid(o).is_none_or(|os| s.is_subtype(&os)))
        })
        .or(candidates.first())
        .map(|b| (*b).clone())
}

/// Whether instances of `a` and `b` are laid out alike
/// (`compatible_for_assignment`): the same built-in base, the same slots,
/// both with or both without a `__dict__`.
pub(crate) fn same_layout(a: &Rc<PyType>, b: &Rc<PyType>) -> bool {
    let base = |t: &Rc<PyType>| super::typenew::solid_base(t);
    let same_base = match (base(a), base(b)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x, &y),
        (None, None) => true,
        _ => false,
    };
    same_base && a.slot_count.get() == b.slot_count.get() && a.dictless.get() == b.dictless.get()
}

/// The type whose MRO a bound `super` searches (`supercheck`): `obj`
/// itself when it is a subclass of the super's class, else its type.
pub(crate) fn super_start_type(vm: &Vm, sup: &super::object::PySuper) -> Rc<PyType> {
    match &sup.obj {
        Value::Type(t) if t.is_subtype(&sup.class) => t.clone(),
        other => vm.type_of(other),
    }
}

/// A classic class looks attributes up depth first, left to right.
pub(crate) fn classic_mro(t: &Rc<PyType>) -> Vec<Rc<PyType>> {
    let mut out = vec![t.clone()];
    for b in t.bases.borrow().iter() {
        for m in classic_mro(b) {
            if !out.iter().any(|o| Rc::ptr_eq(o, &m)) {
                out.push(m);
            }
        }
    }
    out
}

pub(crate) fn mark_classic(t: Rc<PyType>) -> Rc<PyType> {
    t.classic_flag.set(true);
    t
}

/// The C3 linearization of a new class (`mro_implementation`'s `pmerge`).
/// When the bases admit no consistent order, the error carries
/// `set_mro_error`'s message.
pub(crate) fn c3_mro(t: &Rc<PyType>, bases: &[Rc<PyType>]) -> Result<Vec<Rc<PyType>>, String> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(candidate) = candidate else {
            return Err(mro_error(&seqs));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// `set_mro_error`: the heads left in the lists to merge, each once, in the
/// order of a dict keyed by them (their hashes come from their addresses).
fn mro_error(seqs: &[Vec<Rc<PyType>>]) -> String {
    let heads = PyDict::new();
    for s in seqs {
        let head = Value::Type(s[0].clone());
        let h = super::protocol::pointer_hash(head.id());
        heads.set(head, h, Value::None);
    }
    let names: Vec<String> = heads
        .keys()
        .iter()
        .map(|k| match k {
            Value::Type(t) => t.name(),
            _ => String::new(),
        })
        .collect();
    format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    )
}

fn code_attr(c: &crate::vm::code::CodeObject, key: &str) -> Option<Value> {
    let names = |v: &[Rc<str>]| Value::tuple(v.iter().map(|s| Value::str(s)).collect());
    let code = &c.code;
    Some(match key {
        "co_name" => Value::str(&code.name),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => Value::Int(i64::from(code.firstlineno)),
        "co_argcount" => Value::Int(i64::from(code.argcount)),
        "co_nlocals" => Value::Int(i64::from(code.nlocals)),
        "co_stacksize" => Value::Int(i64::from(code.stacksize)),
        "co_flags" => Value::Int(i64::from(code.flags)),
        "co_code" => Value::bytes(&code.code),
        "co_lnotab" => Value::bytes(&code.lnotab),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_names" => names(&code.names),
        "co_varnames" => names(&code.varnames),
        "co_freevars" => names(&code.freevars),
        "co_cellvars" => names(&code.cellvars),
        _ => return None,
    })
}

/// The receiver and the attribute name of `object.__getattribute__`,
/// `__setattr__` and `__delattr__`, and the count of further arguments
/// checked against `extra`.
fn attr_args(vm: &Vm, args: &Args, extra: usize) -> PyResult<(Value, Rc<PyStr>)> {
    let n = args.args.len().saturating_sub(1);
    if args.args.is_empty() {
        return Err(vm.type_error("descriptor of 'object' object needs an argument"));
    }
    if n != 1 + extra {
        return Err(vm.type_error(format!("expected {} arguments, got {n}", 1 + extra)));
    }
    match &args.args[1] {
        Value::Str(s) => Ok((args.args[0].clone(), s.clone())),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = attr_args(vm, &args, 0)?;
    vm.generic_getattr(&obj, &name)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = attr_args(vm, &args, 1)?;
    let value = args.args[2].clone();
    vm.generic_setattr(&obj, &name, Some(value))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = attr_args(vm, &args, 0)?;
    vm.generic_setattr(&obj, &name, None)?;
    Ok(Value::None)
}

/// `object.__sizeof__` (`object_sizeof`): the type's basic size, which
/// this VM knows for `object` and for classes deriving from it alone (the
/// header, one word per slot, the dict and weak reference list).
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::method_args(vm, &args, "__sizeof__", 0, 0)?;
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let t = vm.type_of(&this);
    // A tuple's header and one pointer per item (`tp_itemsize`).
    if let Value::Tuple(items) = &this {
        return Ok(Value::Int(24 + 8 * items.len() as i64));
    }
    if let Value::Instance(i) = &this {
        if i.base().is_none()
            && !t.is_classic()
            && !t
                .mro
                .borrow()
                .iter()
                .any(|b| !b.heap && b.layout != Layout::Object)
        {
            let slots = t.slot_count.get() as i64;
            let extra = if t.heap && !t.dictless.get() { 16 } else { 0 };
            return Ok(Value::Int(16 + 8 * slots + extra));
        }
    }
    Err(vm.type_error(format!(
        "__sizeof__ of '{}' objects is not supported here",
        t.name()
    )))
}

/// `object.__reduce_ex__(protocol)` and `object.__reduce__()`: a class's
/// own `__reduce__` answers; the default reduction needs `copy_reg`, which
/// this VM does not have, so it is refused rather than approximated.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::method_args(vm, &args, "__reduce_ex__", 0, 1)?;
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let own = match vm.type_of(&this).lookup("__reduce__") {
        Some(Value::Builtin(b)) if b.owner == Some("object") => None,
        other => other,
    };
    if own.is_some() {
        let m = vm.getattr(&this, &Rc::new(PyStr::from("__reduce__")))?;
        return vm.call0(&m);
    }
    Err(no_copy_reg(vm))
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::method_args(vm, &args, "__reduce__", 0, 0)?;
    Err(no_copy_reg(vm))
}

fn no_copy_reg(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error(
        &vm.exc.not_implemented_error.clone(),
        "object.__reduce__ needs the copy_reg module, which is not available",
    )
}

/// `object.__subclasshook__`: `NotImplemented`, so `issubclass` decides
/// as usual (a class method).
fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__sizeof__`, `object.__reduce_ex__`, `object.__reduce__`.
pub const OBJECT_SERIAL_METHODS: &[(&str, super::methodobject::NativeFn)] = &[
    ("__sizeof__", object_sizeof),
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
];

/// Puts `__subclasshook__` on `object` as a class method.
pub fn add_subclasshook(vm: &mut Vm) {
    let cm = vm.new_instance(&vm.types.classmethod.clone());
    if let Value::Instance(i) = &cm {
        i.dict().set_str(
            "__func__",
            Value::Builtin(Rc::new(super::methodobject::BuiltinFunction {
                name: "__subclasshook__",
                func: object_subclasshook,
                self_: None,
                owner: Some("object"),
                module: std::cell::Cell::new(None),
            })),
        );
    }
    vm.types.object.dict.set_str("__subclasshook__", cm);
}

/// The slot wrappers and methods of `type`'s own dict that its instances,
/// the classes, answer through (`type_methods`, `PyType_Type`'s slots).
pub const TYPE_METHODS: &[(&str, super::methodobject::NativeFn)] = &[
    ("__repr__", type_repr),
    ("__hash__", type_hash),
    ("__eq__", type_eq),
    ("__ne__", type_ne),
    ("__lt__", type_lt),
    ("__le__", type_le),
    ("__gt__", type_gt),
    ("__ge__", type_ge),
    ("__getattribute__", type_getattribute),
    ("__setattr__", type_setattr),
    ("__delattr__", type_delattr),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
];

/// The class a method of `type` is called on.
fn type_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyType>> {
    match args.args.first() {
        Some(Value::Type(t)) if !t.is_classic() => Ok(t.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
    }
}

/// `type.__repr__` (`type_repr`): `<class 'mod.C'>` or `<type 'int'>`,
/// whatever the metaclass.
fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__repr__")?;
    crate::builtins::method_args(vm, &args, "__repr__", 0, 0)?;
    Ok(Value::str(&vm.simple_repr(&Value::Type(t))))
}

fn type_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__hash__")?;
    crate::builtins::method_args(vm, &args, "__hash__", 0, 0)?;
    Ok(Value::Int(super::protocol::pointer_hash(
        Value::Type(t).id(),
    )))
}

/// `type_richcompare`: classes compare by address; anything else is
/// NotImplemented.
fn type_compare(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let t = type_self(vm, &args, name)?;
    let other = crate::builtins::method_args(vm, &args, name, 1, 1)?[0].clone();
    let Value::Type(o) = &other else {
        return Ok(Value::NotImplemented);
    };
    if o.is_classic() {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (Value::Type(t).id(), other.id());
    Ok(Value::bool(match name {
        "__eq__" => a == b,
        "__ne__" => a != b,
        "__lt__" => a < b,
        "__le__" => a <= b,
        "__gt__" => a > b,
        _ => a >= b,
    }))
}

fn type_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__eq__")
}

fn type_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__ne__")
}

fn type_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__lt__")
}

fn type_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__le__")
}

fn type_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__gt__")
}

fn type_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_compare(vm, args, "__ge__")
}

fn type_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_self(vm, &args, "__getattribute__")?;
    object_getattribute(vm, args)
}

fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_self(vm, &args, "__setattr__")?;
    object_setattr(vm, args)
}

fn type_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_self(vm, &args, "__delattr__")?;
    object_delattr(vm, args)
}

/// `type.__instancecheck__(C, obj)`: `isinstance` without the metaclass's hook.
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__instancecheck__")?;
    let obj = crate::builtins::method_args(vm, &args, "__instancecheck__", 1, 1)?[0].clone();
    let by_class = matches!(&obj, Value::Instance(i) if i.class().is_subtype(&t));
    Ok(Value::bool(by_class || vm.type_of(&obj).is_subtype(&t)))
}

/// `type.__subclasscheck__(C, cls)`: `issubclass` without the metaclass's hook.
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = type_self(vm, &args, "__subclasscheck__")?;
    let cls = crate::builtins::method_args(vm, &args, "__subclasscheck__", 1, 1)?[0].clone();
    match cls {
        Value::Type(c) => Ok(Value::bool(c.is_subtype(&t))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

/// `object.__getattribute__`, `object.__setattr__`, `object.__delattr__`.
pub const OBJECT_ATTRIBUTE_METHODS: &[(&str, super::methodobject::NativeFn)] = &[
    ("__getattribute__", object_getattribute),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
];

/// A getset descriptor of a built-in type for an ordinary name (`real` of
/// `int`), which an instance of a subclass cannot shadow.
fn is_builtin_getset(d: &PyInstance) -> bool {
    let dict = d.dict();
    let named =
        matches!(dict.get_str("__name__"), Some(Value::Str(n)) if !n.as_bytes().starts_with(b"__"));
    named && matches!(dict.get_str("__objclass__"), Some(Value::Type(t)) if !t.heap)
}

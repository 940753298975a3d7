//! Descriptors (CPython: `Objects/descrobject.c` for `property`,
//! `Objects/funcobject.c` for `staticmethod` and `classmethod`, and
//! `typeobject.c`'s `__get__`/`__set__` slots for classes that define them).

use std::rc::Rc;

use super::methodobject::{Args, NativeFn, PyMethod};
use super::object::Value;
use super::typeobject::{Layout, PyInstance, PyType};
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

/// What kind of descriptor a class attribute is.
pub enum Descriptor {
    Property(Rc<PyInstance>),
    /// A `__slots__` entry: its index in the instance's slots, and its name.
    Member(usize, Value),
    /// An attribute a built-in type gives its objects (`getset_descriptor`,
    /// or a `member_descriptor` of a built-in type): its name and that type.
    GetSet(String, Rc<PyType>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// An instance of a class with `__get__` (and, for a data descriptor, `__set__`).
    User {
        get: Option<Value>,
        data: bool,
    },
    NotOne,
}

impl Vm {
    /// Classifies a class attribute found for an attribute lookup.
    pub fn descriptor(&mut self, attr: &Value) -> Descriptor {
        let Value::Instance(inst) = attr else {
            return Descriptor::NotOne;
        };
        let class = inst.class();
        match class.layout {
            Layout::Property => Descriptor::Property(inst.clone()),
            Layout::GetSet => getset_of(inst),
            Layout::Member if !matches!(inst.base(), Some(Value::Int(_))) => getset_of(inst),
            Layout::Member => Descriptor::Member(
                match inst.base() {
                    Some(Value::Int(i)) => *i as usize,
                    _ => usize::MAX,
                },
                inst.dict().get_str("__name__").unwrap_or(Value::None),
            ),
            Layout::StaticMethod => {
                Descriptor::StaticMethod(inst.dict().get_str("__func__").unwrap_or(Value::None))
            }
            Layout::ClassMethod => {
                Descriptor::ClassMethod(inst.dict().get_str("__func__").unwrap_or(Value::None))
            }
            _ if class.heap && !class.is_classic() => {
                let get = class.lookup("__get__");
                let data =
                    class.lookup("__set__").is_some() || class.lookup("__delete__").is_some();
                if get.is_none() && !data {
                    Descriptor::NotOne
                } else {
                    Descriptor::User { get, data }
                }
            }
            _ => Descriptor::NotOne,
        }
    }

    /// The value of a descriptor read through `obj` (or through the class
    /// itself when `obj` is `None`): `descr.__get__(obj, class)`.
    pub fn descriptor_get(
        &mut self,
        attr: &Value,
        d: Descriptor,
        obj: Value,
        class: &Rc<PyType>,
    ) -> PyResult<Value> {
        match d {
            Descriptor::Member(index, name) => {
                if obj.is_none() {
                    return Ok(attr.clone());
                }
                let value = match &obj {
                    Value::Instance(i) => i.slots().get(index).and_then(|c| c.borrow().clone()),
                    _ => None,
                };
                // An unset slot's error is its bare name (`member_get`).
                match value {
                    Some(v) => Ok(v),
                    None => {
                        let name = self.str_lossy(&name);
                        Err(self.attribute_error(name))
                    }
                }
            }
            Descriptor::Property(p) => {
                if obj.is_none() {
                    return Ok(attr.clone());
                }
                match p.dict().get_str("fget") {
                    Some(f) if !f.is_none() => self.call1(&f, obj),
                    _ => Err(self.attribute_error("unreadable attribute")),
                }
            }
            Descriptor::GetSet(name, owner) => {
                if obj.is_none() {
                    return Ok(attr.clone());
                }
                self.getset_get(&name, &owner, &obj)
            }
            Descriptor::StaticMethod(f) => Ok(f),
            Descriptor::ClassMethod(f) => Ok(Value::Method(Rc::new(PyMethod {
                func: f,
                self_: Some(Value::Type(class.clone())),
                class: Value::Type(self.type_of(&Value::Type(class.clone()))),
            }))),
            Descriptor::User { get: Some(get), .. } => {
                let get = self.bind(get, attr.clone(), Value::Type(class.clone()));
                self.call(
                    &get,
                    Args::positional(vec![obj, Value::Type(class.clone())]),
                )
            }
            _ => Ok(attr.clone()),
        }
    }

    /// `tp_descr_get` of any class attribute: what `attr` gives when read
    /// through `obj` (`None`: read on the class `owner` itself). Values that
    /// are no descriptors come back unchanged.
    pub fn descr_get(
        &mut self,
        attr: &Value,
        obj: Option<Value>,
        owner: &Rc<PyType>,
    ) -> PyResult<Value> {
        match attr {
            Value::Function(_) => Ok(Value::Method(Rc::new(PyMethod {
                func: attr.clone(),
                self_: obj,
                class: Value::Type(owner.clone()),
            }))),
            Value::Builtin(_) => Ok(match obj {
                Some(o) => self.bind(attr.clone(), o, Value::Type(owner.clone())),
                None => attr.clone(),
            }),
            Value::Instance(_) => {
                let d = self.descriptor(attr);
                self.descriptor_get(attr, d, obj.unwrap_or(Value::None), owner)
            }
            _ => Ok(attr.clone()),
        }
    }

    /// `obj.name = value` (or `del`) through a data descriptor; `None` when
    /// the attribute is not one.
    pub fn descriptor_set(
        &mut self,
        attr: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        match self.descriptor(attr) {
            Descriptor::Member(index, name) => {
                let cell = match obj {
                    Value::Instance(i) => i.slots().get(index),
                    _ => None,
                };
                let name = self.str_lossy(&name);
                let Some(cell) = cell else {
                    return Some(Err(self.type_error(format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to '{}' object",
                        self.type_name(attr),
                        self.type_name(obj)
                    ))));
                };
                if value.is_none() && cell.borrow().is_none() {
                    return Some(Err(self.attribute_error(name)));
                }
                *cell.borrow_mut() = value;
                Some(Ok(()))
            }
            Descriptor::GetSet(name, owner) => Some(self.getset_set(&name, &owner, obj, value)),
            Descriptor::Property(p) => {
                let (field, message) = if value.is_some() {
                    ("fset", "can't set attribute")
                } else {
                    ("fdel", "can't delete attribute")
                };
                Some(match p.dict().get_str(field) {
                    Some(f) if !f.is_none() => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call(&f, Args::positional(args)).map(|_| ())
                    }
                    _ => Err(self.attribute_error(message)),
                })
            }
            Descriptor::User { data: true, .. } => {
                let Value::Instance(inst) = attr else {
                    return None;
                };
                let class = inst.class();
                let (name, args) = match value {
                    Some(v) => ("__set__", vec![obj.clone(), v]),
                    None => ("__delete__", vec![obj.clone()]),
                };
                let method = class.lookup(name)?;
                let bound = self.bind(method, attr.clone(), Value::Type(class));
                Some(self.call(&bound, Args::positional(args)).map(|_| ()))
            }
            _ => None,
        }
    }
}

/// The name and the type of a `getset_descriptor`, or of a
/// `member_descriptor` of a built-in type.
fn getset_of(inst: &Rc<PyInstance>) -> Descriptor {
    let dict = inst.dict();
    match (dict.get_str("__name__"), dict.get_str("__objclass__")) {
        (Some(Value::Str(name)), Some(Value::Type(owner))) => {
            Descriptor::GetSet(name.to_text().into_owned(), owner)
        }
        _ => Descriptor::NotOne,
    }
}

/// A new `getset_descriptor` (`PyDescr_NewGetSet`) for the attribute
/// `name` of `owner`'s objects.
pub fn new_getset(vm: &Vm, owner: &Rc<PyType>, name: &str, doc: Option<&str>) -> Value {
    descriptor_for(vm.types.getset_descriptor.clone(), owner, name, doc)
}

/// A new `member_descriptor` (`PyDescr_NewMember`) for a field of a
/// built-in type's objects.
pub fn new_builtin_member(vm: &Vm, owner: &Rc<PyType>, name: &str, doc: Option<&str>) -> Value {
    descriptor_for(vm.types.member_descriptor.clone(), owner, name, doc)
}

fn descriptor_for(kind: Rc<PyType>, owner: &Rc<PyType>, name: &str, doc: Option<&str>) -> Value {
    let d = PyInstance::new(kind);
    d.dict().set_str("__name__", Value::str(name));
    d.dict().set_str("__objclass__", Value::Type(owner.clone()));
    d.dict()
        .set_str("__doc__", doc.map_or(Value::None, Value::str));
    Value::Instance(Rc::new(d))
}

/// The getset descriptors and members of `type`'s dict (`type_getsets`,
/// `type_members`).
pub fn add_type_getsets(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    for name in [
        "__name__",
        "__bases__",
        "__module__",
        "__abstractmethods__",
        "__dict__",
        "__doc__",
    ] {
        t.dict.set_str(name, new_getset(vm, &t, name, None));
    }
    for name in [
        "__basicsize__",
        "__itemsize__",
        "__flags__",
        "__weakrefoffset__",
        "__base__",
        "__dictoffset__",
        "__mro__",
    ] {
        t.dict.set_str(name, new_builtin_member(vm, &t, name, None));
    }
    // `object`'s dict: its `__class__` descriptor and its doc. Its own
    // instances have no `__dict__`.
    let object = vm.types.object.clone();
    object.dictless.set(true);
    object.dict.set_str(
        "__class__",
        new_getset(vm, &object, "__class__", Some("the object's class")),
    );
    object
        .dict
        .set_str("__doc__", Value::str("The most base type"));
}

impl Vm {
    /// `descr.__get__(obj)` for an attribute a built-in type computes.
    fn getset_get(&mut self, name: &str, owner: &Rc<PyType>, obj: &Value) -> PyResult<Value> {
        self.check_getset_applies(name, owner, obj)?;
        match obj {
            Value::Type(t) if Rc::ptr_eq(owner, &self.types.type_) => self.type_getset(t, name),
            Value::Instance(i) if name == "__dict__" && !i.class().dictless.get() => {
                Ok(Value::Dict(i.dict()))
            }
            _ if name == "__class__" => Ok(Value::Type(self.type_of(obj))),
            // glasspy has no weak references: nothing refers to the object.
            _ if name == "__weakref__" => Ok(Value::None),
            _ => match super::numberwrappers::number_attr(obj, name) {
                Some(v) => Ok(v),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// `descr.__set__(obj, value)` (or `__delete__`) for an attribute a
    /// built-in type computes.
    fn getset_set(
        &mut self,
        name: &str,
        owner: &Rc<PyType>,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        self.check_getset_applies(name, owner, obj)?;
        match obj {
            Value::Type(t) if Rc::ptr_eq(owner, &self.types.type_) => {
                if let Some(r) = self.set_type_getset(t, name, value) {
                    return r;
                }
            }
            Value::Instance(_) if name == "__dict__" || name == "__class__" => {
                let key = Rc::new(super::stringobject::PyStr::from(name));
                return self.generic_setattr(obj, &key, value);
            }
            _ => {}
        }
        let is_member = match owner.dict.get_str(name) {
            Some(Value::Instance(d)) => d.class().layout == Layout::Member,
            _ => false,
        };
        // `PyMember_SetOne` raises TypeError, `getset_set` AttributeError.
        Err(if is_member {
            self.type_error("readonly attribute")
        } else {
            self.attribute_error(format!(
                "attribute '{name}' of '{}' objects is not writable",
                owner.name()
            ))
        })
    }

    /// `descr_check`: the descriptor works on objects of its type only.
    fn check_getset_applies(&self, name: &str, owner: &Rc<PyType>, obj: &Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if t.is_subtype(owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to '{}' object",
            owner.name(),
            t.name()
        )))
    }
}

/// `descr_check` of a method or slot wrapper of type `t` called unbound:
/// its first argument must be an instance of `t`.
pub fn descr_check<'a>(vm: &Vm, t: &Rc<PyType>, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            t.name()
        )));
    };
    let st = vm.type_of(this);
    if !st.is_subtype(t) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            t.name(),
            st.name()
        )));
    }
    Ok(this)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn new_property(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    let mut fields = [Value::None, Value::None, Value::None, Value::None];
    if args.args.len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.args.len()
        )));
    }
    for (i, v) in args.args.into_iter().enumerate() {
        fields[i] = v;
    }
    for (k, v) in args.kwargs {
        let key = match &k {
            Value::Str(s) => s.to_text().into_owned(),
            _ => String::new(),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) => fields[i] = v,
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    let inst = Rc::new(PyInstance::new(t.clone()));
    let [fget, fset, fdel, doc] = fields;
    // Without a doc of its own, a property shows its getter's.
    let doc = if doc.is_none() {
        match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            _ => Value::None,
        }
    } else {
        doc
    };
    inst.dict().set_str("fget", fget);
    inst.dict().set_str("fset", fset);
    inst.dict().set_str("fdel", fdel);
    inst.dict().set_str("__doc__", doc);
    Ok(Value::Instance(inst))
}

/// `staticmethod(f)` and `classmethod(f)`.
pub fn new_wrapper(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    if args.args.len() != 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{} expected 1 arguments, got {}",
            t.name(),
            args.args.len()
        )));
    }
    let inst = Rc::new(PyInstance::new(t.clone()));
    inst.dict().set_str("__func__", args.args[0].clone());
    Ok(Value::Instance(inst))
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one accessor replaced.
fn replace_accessor(vm: &mut Vm, args: Args, field: &str) -> PyResult<Value> {
    let (Some(Value::Instance(p)), Some(f)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error(format!("descriptor '{field}' requires a 'property' object")));
    };
    let copy = Rc::new(PyInstance::new(p.class()));
    for name in ["fget", "fset", "fdel", "__doc__"] {
        copy.dict()
            .set_str(name, p.dict().get_str(name).unwrap_or(Value::None));
    }
    let key = match field {
        "getter" => "fget",
        "setter" => "fset",
        _ => "fdel",
    };
    copy.dict().set_str(key, f.clone());
    Ok(Value::Instance(copy))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_accessor(vm, args, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_accessor(vm, args, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_accessor(vm, args, "deleter")
}

/// The `(obj, type)` arguments of a `__get__` wrapper (`wrap_descr_get`):
/// `None` for either means absent, and one of them must be given.
fn get_args(vm: &mut Vm, args: &Args) -> PyResult<(Option<Value>, Option<Value>)> {
    let n = args.args.len().saturating_sub(1);
    if n == 0 {
        return Err(vm.type_error(format!(" expected at least 1 arguments, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let present = |v: Option<&Value>| v.filter(|v| !v.is_none()).cloned();
    let (obj, typ) = (present(args.args.get(1)), present(args.args.get(2)));
    if obj.is_none() && typ.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, typ))
}

/// The class a `__get__` binds for: `type`, else the type of `obj`.
fn owner_of(vm: &Vm, obj: &Option<Value>, typ: &Option<Value>) -> Value {
    match (typ, obj) {
        (Some(t), _) => t.clone(),
        (None, Some(o)) => Value::Type(vm.type_of(o)),
        (None, None) => Value::None,
    }
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`, or unbound
/// when `obj` is `None`.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, typ) = get_args(vm, &args)?;
    if !matches!(args.args[0], Value::Function(_)) {
        return Err(vm.type_error(format!(
            "descriptor '__get__' requires a 'function' object but received a '{}'",
            vm.type_name(&args.args[0])
        )));
    }
    Ok(Value::Method(Rc::new(PyMethod {
        func: args.args[0].clone(),
        self_: obj,
        class: typ.unwrap_or(Value::None),
    })))
}

/// `staticmethod.__get__(obj, type=None)`: the function itself.
fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_args(vm, &args)?;
    Ok(match &args.args[0] {
        Value::Instance(i) => i.dict().get_str("__func__").unwrap_or(Value::None),
        other => other.clone(),
    })
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`
/// (or to the type of `obj`).
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, typ) = get_args(vm, &args)?;
    let Value::Instance(cm) = &args.args[0] else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let class = owner_of(vm, &obj, &typ);
    let meta = Value::Type(vm.type_of(&class));
    Ok(Value::Method(Rc::new(PyMethod {
        func: cm.dict().get_str("__func__").unwrap_or(Value::None),
        self_: Some(class),
        class: meta,
    })))
}

/// `property.__get__(obj, type=None)`: the getter's result, or the property
/// itself when read on the class.
fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = get_args(vm, &args)?;
    let Value::Instance(p) = &args.args[0] else {
        return Err(vm.type_error("descriptor '__get__' requires a 'property' object"));
    };
    let Some(obj) = obj else {
        return Ok(args.args[0].clone());
    };
    match p.dict().get_str("fget") {
        Some(f) if !f.is_none() => vm.call1(&f, obj),
        _ => Err(vm.attribute_error("unreadable attribute")),
    }
}

/// `property.__set__(obj, value)`.
fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.args.len().saturating_sub(1);
    if n != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {n}")));
    }
    let [obj, value] = [args.args[1].clone(), args.args[2].clone()];
    let attr = args.args[0].clone();
    match vm.descriptor_set(&attr, &obj, Some(value)) {
        Some(r) => r.map(|_| Value::None),
        None => Err(vm.type_error("descriptor '__set__' requires a 'property' object")),
    }
}

/// `property.__delete__(obj)`.
fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("expected 1 arguments, got {n}")));
    }
    let attr = args.args[0].clone();
    match vm.descriptor_set(&attr, &args.args[1], None) {
        Some(r) => r.map(|_| Value::None),
        None => Err(vm.type_error("descriptor '__delete__' requires a 'property' object")),
    }
}

/// `super.__get__(obj, type=None)`: an unbound super bound to `obj`; a
/// bound one stays as it is.
fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = get_args(vm, &args)?;
    let Value::Super(sup) = &args.args[0] else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    match obj {
        Some(obj) if sup.obj.is_none() => {
            let class = Value::Type(sup.class.clone());
            let t = vm.types.super_.clone();
            crate::builtins::constructors::construct(vm, &t, Args::positional(vec![class, obj]))
        }
        _ => Ok(args.args[0].clone()),
    }
}

/// `C.__dict__` of a new-style class: a `dictproxy`, which reads the
/// class's dict and refuses changes (`PyDictProxy_New`).
pub fn dict_proxy(vm: &Vm, t: &PyType) -> Value {
    Value::Instance(Rc::new(PyInstance::with_base(
        vm.types.dictproxy.clone(),
        Value::Dict(t.dict.clone()),
    )))
}

/// The dict a `dictproxy` method's `self` shows.
fn proxied(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Instance(i)) if i.class().layout == Layout::DictProxy => match i.base() {
            Some(d) => Ok(d.clone()),
            None => Err(vm.system_error("a dictproxy without a dict")),
        },
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dictproxy' object"))),
    }
}

/// A `dictproxy` method that is the dict's own method, called on the dict.
macro_rules! proxy_to_dict_method {
    ($($f:ident: $name:literal,)*) => {
        $(fn $f(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            let d = proxied(vm, &args, $name)?;
            let Some(Value::Builtin(b)) = vm.types.dict.dict.get_str($name) else {
                return Err(vm.system_error(concat!("dict has no ", $name)));
            };
            args.args[0] = d;
            (b.func)(vm, args)
        })*
        const PROXY_DICT_METHODS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

proxy_to_dict_method! {
    proxy_keys: "keys",
    proxy_values: "values",
    proxy_items: "items",
    proxy_iterkeys: "iterkeys",
    proxy_itervalues: "itervalues",
    proxy_iteritems: "iteritems",
    proxy_get: "get",
    proxy_has_key: "has_key",
    proxy_copy: "copy",
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__getitem__")?;
    let rest = crate::builtins::method_args(vm, &args, "__getitem__", 1, 1)?;
    vm.getitem(&d, &rest[0])
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__contains__")?;
    let rest = crate::builtins::method_args(vm, &args, "__contains__", 1, 1)?;
    Ok(Value::bool(vm.contains(&d, &rest[0])?))
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__len__")?;
    crate::builtins::method_args(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(vm.len(&d)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__iter__")?;
    crate::builtins::method_args(vm, &args, "__iter__", 0, 0)?;
    vm.iter(&d)
}

/// `repr()` names the proxy; `str()` is the dict's.
fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__repr__")?;
    let r = vm.repr(&d)?;
    let mut out = b"dict_proxy(".to_vec();
    out.extend_from_slice(r.as_bytes());
    out.push(b')');
    Ok(Value::bytes(&out))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = proxied(vm, &args, "__str__")?;
    Ok(Value::Str(vm.str(&d)?))
}

/// Comparisons compare the dicts (`proxy_richcompare`).
macro_rules! proxy_compare {
    ($($f:ident: $name:literal $op:ident,)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let d = proxied(vm, &args, $name)?;
            let rest = crate::builtins::method_args(vm, &args, $name, 1, 1)?;
            vm.compare(&d, &rest[0], super::abstract_::CmpOp::$op)
        })*
        const PROXY_COMPARISONS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

proxy_compare! {
    proxy_eq: "__eq__" Eq,
    proxy_ne: "__ne__" Ne,
    proxy_lt: "__lt__" Lt,
    proxy_le: "__le__" Le,
    proxy_gt: "__gt__" Gt,
    proxy_ge: "__ge__" Ge,
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.dictproxy.clone();
    add_methods(&t, "dictproxy", PROXY_DICT_METHODS);
    add_methods(&t, "dictproxy", PROXY_COMPARISONS);
    add_methods(
        &t,
        "dictproxy",
        &[
            ("__getitem__", proxy_getitem),
            ("__contains__", proxy_contains),
            ("__len__", proxy_len),
            ("__iter__", proxy_iter),
            ("__repr__", proxy_repr),
            ("__str__", proxy_str),
        ],
    );
    t.dict.set_str("__hash__", Value::None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("getter", property_getter),
        ("setter", property_setter),
        ("deleter", property_deleter),
        ("__get__", property_get),
        ("__set__", property_set),
        ("__delete__", property_delete),
    ];
    let t = vm.types.property.clone();
    add_methods(&t, "property", methods);
    let t = vm.types.staticmethod.clone();
    add_methods(&t, "staticmethod", &[("__get__", staticmethod_get)]);
    let t = vm.types.classmethod.clone();
    add_methods(&t, "classmethod", &[("__get__", classmethod_get)]);
    let t = vm.types.function.clone();
    add_methods(&t, "function", &[("__get__", function_get)]);
    let t = vm.types.super_.clone();
    add_methods(&t, "super", &[("__get__", super_get)]);
    for (t, name) in [
        (vm.types.member_descriptor.clone(), "member_descriptor"),
        (vm.types.getset_descriptor.clone(), "getset_descriptor"),
    ] {
        add_methods(
            &t,
            name,
            &[
                ("__get__", member_get),
                ("__set__", member_set),
                ("__delete__", member_delete),
                ("__repr__", descriptor_repr),
            ],
        );
    }
    add_type_getsets(vm);
}

/// `repr()` of a member or getset descriptor (`member_repr`, `getset_repr`).
fn descriptor_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::method_args(vm, &args, "__repr__", 0, 0)?;
    let Some(Value::Instance(d)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__repr__' requires a descriptor"));
    };
    let name = match d.dict().get_str("__name__") {
        Some(Value::Str(s)) => s.to_text().into_owned(),
        _ => "?".to_string(),
    };
    let owner = match d.dict().get_str("__objclass__") {
        Some(Value::Type(t)) => t.name(),
        _ => "?".to_string(),
    };
    let kind = if d.class().layout == Layout::GetSet {
        "attribute"
    } else {
        "member"
    };
    Ok(Value::str(&format!(
        "<{kind} '{name}' of '{owner}' objects>"
    )))
}

/// `member.__get__(obj, type=None)`.
fn member_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "__get__", 1, 2)?;
    let this = args.args[0].clone();
    let d = vm.descriptor(&this);
    let class = vm.type_of(&rest[0]);
    vm.descriptor_get(&this, d, rest[0].clone(), &class)
}

/// `member.__set__(obj, value)`.
fn member_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "__set__", 2, 2)?;
    let this = args.args[0].clone();
    match vm.descriptor_set(&this, &rest[0], Some(rest[1].clone())) {
        Some(r) => r.map(|()| Value::None),
        None => Ok(Value::None),
    }
}

/// `member.__delete__(obj)`.
fn member_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = crate::builtins::method_args(vm, &args, "__delete__", 1, 1)?;
    let this = args.args[0].clone();
    match vm.descriptor_set(&this, &rest[0], None) {
        Some(r) => r.map(|()| Value::None),
        None => Ok(Value::None),
    }
}

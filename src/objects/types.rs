//! The built-in types, made once per VM (CPython: the static `PyTypeObject`s
//! of `Objects/*.c`).

use std::cell::RefCell;
use std::rc::Rc;

use super::dictobject::PyDict;
use super::object::Value;
use super::typeobject::{Layout, PyType};

/// A new type deriving from `base`. A class made by a `class` statement
/// (`heap`) holds its `__module__` in its dict; a built-in type keeps it
/// apart, as CPython's keep it in their `tp_name`.
pub fn new_type(
    name: &str,
    base: Option<&Rc<PyType>>,
    layout: Layout,
    module: &str,
    heap: bool,
) -> Rc<PyType> {
    let dict = Rc::new(PyDict::new());
    if heap {
        dict.set_str("__module__", Value::str(module));
    }
    let bases: Vec<Rc<PyType>> = base.into_iter().cloned().collect();
    let t = Rc::new(PyType {
        name: RefCell::new(name.to_string()),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        heap,
        classic_flag: std::cell::Cell::new(false),
        getattribute_hook: std::cell::Cell::new(None),
        data_descriptors: std::cell::Cell::new((0, false)),
        attribute_hooks: std::cell::Cell::new((0, false)),
        meta: RefCell::new(None),
        finalizer: std::cell::Cell::new((0, false)),
        python_new: std::cell::Cell::new((0, false)),
        plain_attributes: std::cell::Cell::new((0, false)),
        subclasses: RefCell::new(Vec::new()),
        slot_count: std::cell::Cell::new(0),
        dictless: std::cell::Cell::new(false),
        builtin_module: Rc::from(module),
    });
    let mut mro = vec![t.clone()];
    if let Some(b) = base {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    *t.mro.borrow_mut() = mro;
    t
}

macro_rules! builtin_types {
    ($($field:ident: $name:literal $layout:ident $(< $base:ident)?,)*) => {
        /// Every built-in type, by its `__builtin__` name.
        pub struct BuiltinTypes {
            $(pub $field: Rc<PyType>,)*
            /// Iterator types by name (`listiterator`, `dictionary-keyiterator`, …).
            pub iterators: RefCell<Vec<(&'static str, Rc<PyType>)>>,
        }

        impl BuiltinTypes {
            pub fn new() -> BuiltinTypes {
                let object = new_type("object", None, Layout::Object, "__builtin__", false);
                $(
                    #[allow(unused_variables)]
                    let base = &object;
                    $(let base = &$base;)?
                    let $field = if $name == "object" {
                        object.clone()
                    } else {
                        new_type($name, Some(base), Layout::$layout, "__builtin__", false)
                    };
                )*
                BuiltinTypes { $($field,)* iterators: RefCell::new(Vec::new()) }
            }

            /// `(name, type)` for every type that `__builtin__` exports.
            pub fn exported(&self) -> Vec<(&'static str, Rc<PyType>)> {
                vec![$(($name, self.$field.clone()),)*]
            }
        }
    };
}

builtin_types! {
    object: "object" Object,
    type_: "type" Type,
    none: "NoneType" NoneType,
    not_implemented: "NotImplementedType" NotImplementedType,
    ellipsis: "ellipsis" Ellipsis,
    int: "int" Int,
    bool: "bool" Bool < int,
    long: "long" Long,
    float: "float" Float,
    complex: "complex" Complex,
    basestring: "basestring" BaseString,
    str: "str" Str < basestring,
    unicode: "unicode" Unicode < basestring,
    bytearray: "bytearray" ByteArray,
    tuple: "tuple" Tuple,
    list: "list" List,
    dict: "dict" Dict,
    set: "set" Set,
    frozenset: "frozenset" FrozenSet,
    function: "function" Function,
    builtin_function: "builtin_function_or_method" BuiltinFunction,
    method: "instancemethod" Method,
    module: "module" Module,
    code: "code" Code,
    cell: "cell" Cell,
    slice: "slice" Slice,
    xrange: "xrange" XRange,
    file: "file" File,
    traceback: "traceback" Traceback,
    frame: "frame" Frame,
    dict_keys: "dict_keys" DictView,
    dict_values: "dict_values" DictView,
    dict_items: "dict_items" DictView,
    generator: "generator" Iterator,
    super_: "super" Object,
    instance: "instance" Object,
    classobj: "classobj" Type,
    property: "property" Property,
    staticmethod: "staticmethod" StaticMethod,
    classmethod: "classmethod" ClassMethod,
    member_descriptor: "member_descriptor" Member,
    getset_descriptor: "getset_descriptor" GetSet,
    dictproxy: "dictproxy" DictProxy,
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        Self::new()
    }
}

impl BuiltinTypes {
    /// The type of an iterator kind, made on first use.
    pub fn iterator(&self, kind: &'static str) -> Rc<PyType> {
        // A short list searched in order: a traced program asks for the
        // type of each iterator on the stack at every instruction.
        let mut iterators = self.iterators.borrow_mut();
        if let Some((_, t)) = iterators
            .iter()
            .find(|(k, _)| std::ptr::eq(*k, kind) || *k == kind)
        {
            return t.clone();
        }
        let t = new_type(
            kind,
            Some(&self.object),
            Layout::Iterator,
            "__builtin__",
            false,
        );
        crate::builtins::add_methods(&t, kind, super::iterobject::METHODS);
        iterators.push((kind, t.clone()));
        t
    }
}

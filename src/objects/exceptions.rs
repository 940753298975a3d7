//! The built-in exception classes and their `str`/`repr` (CPython:
//! `Objects/exceptions.c`).

use std::collections::HashMap;
use std::rc::Rc;

use super::object::Value;
use super::typeobject::{Layout, PyType};
use super::types::{new_type, BuiltinTypes};

macro_rules! exception_types {
    ($object:ident; $($field:ident: $name:literal < $base:ident,)*) => {
        /// Every built-in exception class, in module `exceptions`.
        pub struct ExceptionTypes {
            $(pub $field: Rc<PyType>,)*
            pub by_name: HashMap<&'static str, Rc<PyType>>,
        }

        impl ExceptionTypes {
            pub fn new(types: &BuiltinTypes) -> ExceptionTypes {
                let $object = types.object.clone();
                let mut by_name = HashMap::new();
                $(
                    let $field = new_type($name, Some(&$base), Layout::Exception, "exceptions", false);
                    by_name.insert($name, $field.clone());
                )*
                ExceptionTypes { $($field,)* by_name }
            }
        }
    };
}

exception_types! {
    object;
    base_exception: "BaseException" < object,
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    exception: "Exception" < base_exception,
    stop_iteration: "StopIteration" < exception,
    standard_error: "StandardError" < exception,
    buffer_error: "BufferError" < standard_error,
    arithmetic_error: "ArithmeticError" < standard_error,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < standard_error,
    attribute_error: "AttributeError" < standard_error,
    environment_error: "EnvironmentError" < standard_error,
    io_error: "IOError" < environment_error,
    os_error: "OSError" < environment_error,
    eof_error: "EOFError" < standard_error,
    import_error: "ImportError" < standard_error,
    lookup_error: "LookupError" < standard_error,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < standard_error,
    name_error: "NameError" < standard_error,
    unbound_local_error: "UnboundLocalError" < name_error,
    reference_error: "ReferenceError" < standard_error,
    runtime_error: "RuntimeError" < standard_error,
    not_implemented_error: "NotImplementedError" < runtime_error,
    syntax_error: "SyntaxError" < standard_error,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < standard_error,
    type_error: "TypeError" < standard_error,
    value_error: "ValueError" < standard_error,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    deprecation_warning: "DeprecationWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    user_warning: "UserWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
}

/// The exception's `args` tuple items.
pub fn args_of(value: &Value) -> Vec<Value> {
    match value {
        Value::Instance(inst) => match &*inst.exc_args.borrow() {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

use super::methodobject::{Args, NativeFn};
use crate::vm::{PyResult, Vm};

/// The methods of `BaseException` that Python code can call directly
/// (`ValueError.__init__(self, ...)`, `Exception.__str__(self)`).
pub const BASE_EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("__unicode__", exc_unicode),
    ("__getitem__", exc_getitem),
];

/// The methods of `object` that Python code can call directly.
pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__hash__", object_hash),
];

/// Sets an exception's `args`, and the attributes some classes derive from
/// them (`BaseException_init`, `EnvironmentError_init`).
pub fn init_exception(vm: &mut Vm, inst: &Value, args: Vec<Value>) -> PyResult<()> {
    let Value::Instance(i) = inst else {
        return Ok(());
    };
    let class = i.class();
    let mut args = args;
    if class.is_subtype(&vm.exc.environment_error) && (2..=3).contains(&args.len()) {
        i.dict().set_str("errno", args[0].clone());
        i.dict().set_str("strerror", args[1].clone());
        i.dict()
            .set_str("filename", args.get(2).cloned().unwrap_or(Value::None));
        args.truncate(2);
    }
    *i.exc_args.borrow_mut() = Some(Value::tuple(args.clone()));
    if class.is_subtype(&vm.exc.syntax_error) {
        init_syntax_error(vm, i, &args)?;
    }
    Ok(())
}

/// `SyntaxError(msg, (filename, lineno, offset, text))`: the attributes
/// (`SyntaxError_init`); `print_file_and_line` marks it for `PyErr_Display`.
fn init_syntax_error(
    vm: &mut Vm,
    i: &super::typeobject::PyInstance,
    args: &[Value],
) -> PyResult<()> {
    for name in [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "print_file_and_line",
    ] {
        i.dict().set_str(name, Value::None);
    }
    if let Some(msg) = args.first() {
        i.dict().set_str("msg", msg.clone());
    }
    if args.len() == 2 {
        let info = vm.iterate(&args[1])?;
        if info.len() != 4 {
            return Err(vm.index_error("tuple index out of range"));
        }
        for (name, v) in ["filename", "lineno", "offset", "text"].iter().zip(info) {
            i.dict().set_str(name, v);
        }
    }
    Ok(())
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut it = args.args.into_iter();
    let this = it.next().unwrap_or(Value::None);
    init_exception(vm, &this, it.collect())?;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Str(vm.exception_str(&this)?))
}

fn exc_unicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let chars = vm.exception_unicode(&this)?;
    Ok(Value::Unicode(std::rc::Rc::new(
        super::unicodeobject::PyUnicode::new(chars.into()),
    )))
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let text = vm.exception_repr(&this)?;
    Ok(Value::str(&text))
}

fn exc_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    let items = Value::tuple(args_of(&this));
    vm.getitem(&items, &key)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error("object() takes no parameters"));
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(&vm.default_repr(&this)))
}

/// `object.__hash__`: the hash of the object's identity.
fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(super::protocol::pointer_hash(this.id())))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Str(vm.repr(&this)?))
}

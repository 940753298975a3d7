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

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

/// The exception class named by entry `i` of [`super::typedocs::DOCS`]
/// and its `tp_name` (`exceptions.ValueError`).
fn exc_owner(vm: &Vm, i: usize) -> Option<(std::rc::Rc<super::typeobject::PyType>, String)> {
    let name = super::typedocs::DOCS.get(i)?.0;
    let t = vm.exc.by_name.get(name)?.clone();
    Some((t, format!("exceptions.{name}")))
}

/// The `tp_name` of an exception class: `exceptions.` before a built-in one's name.
pub fn exc_tp_name(t: &super::typeobject::PyType) -> String {
    if t.heap {
        t.name().to_string()
    } else {
        format!("exceptions.{}", t.name())
    }
}

/// `X.__init__` of the exception class `X` (`BaseException_init` behind
/// the slot wrapper's check of `self`).
fn exc_init_n<const I: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((owner, tp_name)) = exc_owner(vm, I) else {
        return exc_init(vm, args);
    };
    let Some(this) = args.args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '__init__' of '{tp_name}' object needs an argument"
        )));
    };
    let t = vm.type_of(this);
    if !t.is_subtype(&owner) {
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a '{tp_name}' object but received a '{}'",
            exc_tp_name(&t)
        )));
    }
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{} does not take keyword arguments",
            exc_tp_name(&t)
        )));
    }
    exc_init(vm, args)
}

/// `X.__new__(cls, ...)` of the exception class `X` (`tp_new_wrapper`'s
/// checks, then `BaseException_new`: `args` starts empty).
fn exc_new_n<const I: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((owner, tp_name)) = exc_owner(vm, I) else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let cls = match args.args.first() {
        Some(Value::Type(c)) => c.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "{tp_name}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error(format!("{tp_name}.__new__(): not enough arguments"))),
    };
    if !cls.is_subtype(&owner) {
        let cls_name = if cls.is_subtype(&vm.exc.base_exception) {
            exc_tp_name(&cls)
        } else {
            cls.name().to_string()
        };
        return Err(vm.type_error(format!(
            "{tp_name}.__new__({cls_name}): {cls_name} is not a subtype of {tp_name}"
        )));
    }
    let inst = Value::Instance(std::rc::Rc::new(super::typeobject::PyInstance::new(cls)));
    init_exception(vm, &inst, Vec::new())?;
    Ok(inst)
}

const EXC_INITS: [NativeFn; 81] = [
    exc_init_n::<0>,
    exc_init_n::<1>,
    exc_init_n::<2>,
    exc_init_n::<3>,
    exc_init_n::<4>,
    exc_init_n::<5>,
    exc_init_n::<6>,
    exc_init_n::<7>,
    exc_init_n::<8>,
    exc_init_n::<9>,
    exc_init_n::<10>,
    exc_init_n::<11>,
    exc_init_n::<12>,
    exc_init_n::<13>,
    exc_init_n::<14>,
    exc_init_n::<15>,
    exc_init_n::<16>,
    exc_init_n::<17>,
    exc_init_n::<18>,
    exc_init_n::<19>,
    exc_init_n::<20>,
    exc_init_n::<21>,
    exc_init_n::<22>,
    exc_init_n::<23>,
    exc_init_n::<24>,
    exc_init_n::<25>,
    exc_init_n::<26>,
    exc_init_n::<27>,
    exc_init_n::<28>,
    exc_init_n::<29>,
    exc_init_n::<30>,
    exc_init_n::<31>,
    exc_init_n::<32>,
    exc_init_n::<33>,
    exc_init_n::<34>,
    exc_init_n::<35>,
    exc_init_n::<36>,
    exc_init_n::<37>,
    exc_init_n::<38>,
    exc_init_n::<39>,
    exc_init_n::<40>,
    exc_init_n::<41>,
    exc_init_n::<42>,
    exc_init_n::<43>,
    exc_init_n::<44>,
    exc_init_n::<45>,
    exc_init_n::<46>,
    exc_init_n::<47>,
    exc_init_n::<48>,
    exc_init_n::<49>,
    exc_init_n::<50>,
    exc_init_n::<51>,
    exc_init_n::<52>,
    exc_init_n::<53>,
    exc_init_n::<54>,
    exc_init_n::<55>,
    exc_init_n::<56>,
    exc_init_n::<57>,
    exc_init_n::<58>,
    exc_init_n::<59>,
    exc_init_n::<60>,
    exc_init_n::<61>,
    exc_init_n::<62>,
    exc_init_n::<63>,
    exc_init_n::<64>,
    exc_init_n::<65>,
    exc_init_n::<66>,
    exc_init_n::<67>,
    exc_init_n::<68>,
    exc_init_n::<69>,
    exc_init_n::<70>,
    exc_init_n::<71>,
    exc_init_n::<72>,
    exc_init_n::<73>,
    exc_init_n::<74>,
    exc_init_n::<75>,
    exc_init_n::<76>,
    exc_init_n::<77>,
    exc_init_n::<78>,
    exc_init_n::<79>,
    exc_init_n::<80>,
];
const EXC_NEWS: [NativeFn; 81] = [
    exc_new_n::<0>,
    exc_new_n::<1>,
    exc_new_n::<2>,
    exc_new_n::<3>,
    exc_new_n::<4>,
    exc_new_n::<5>,
    exc_new_n::<6>,
    exc_new_n::<7>,
    exc_new_n::<8>,
    exc_new_n::<9>,
    exc_new_n::<10>,
    exc_new_n::<11>,
    exc_new_n::<12>,
    exc_new_n::<13>,
    exc_new_n::<14>,
    exc_new_n::<15>,
    exc_new_n::<16>,
    exc_new_n::<17>,
    exc_new_n::<18>,
    exc_new_n::<19>,
    exc_new_n::<20>,
    exc_new_n::<21>,
    exc_new_n::<22>,
    exc_new_n::<23>,
    exc_new_n::<24>,
    exc_new_n::<25>,
    exc_new_n::<26>,
    exc_new_n::<27>,
    exc_new_n::<28>,
    exc_new_n::<29>,
    exc_new_n::<30>,
    exc_new_n::<31>,
    exc_new_n::<32>,
    exc_new_n::<33>,
    exc_new_n::<34>,
    exc_new_n::<35>,
    exc_new_n::<36>,
    exc_new_n::<37>,
    exc_new_n::<38>,
    exc_new_n::<39>,
    exc_new_n::<40>,
    exc_new_n::<41>,
    exc_new_n::<42>,
    exc_new_n::<43>,
    exc_new_n::<44>,
    exc_new_n::<45>,
    exc_new_n::<46>,
    exc_new_n::<47>,
    exc_new_n::<48>,
    exc_new_n::<49>,
    exc_new_n::<50>,
    exc_new_n::<51>,
    exc_new_n::<52>,
    exc_new_n::<53>,
    exc_new_n::<54>,
    exc_new_n::<55>,
    exc_new_n::<56>,
    exc_new_n::<57>,
    exc_new_n::<58>,
    exc_new_n::<59>,
    exc_new_n::<60>,
    exc_new_n::<61>,
    exc_new_n::<62>,
    exc_new_n::<63>,
    exc_new_n::<64>,
    exc_new_n::<65>,
    exc_new_n::<66>,
    exc_new_n::<67>,
    exc_new_n::<68>,
    exc_new_n::<69>,
    exc_new_n::<70>,
    exc_new_n::<71>,
    exc_new_n::<72>,
    exc_new_n::<73>,
    exc_new_n::<74>,
    exc_new_n::<75>,
    exc_new_n::<76>,
    exc_new_n::<77>,
    exc_new_n::<78>,
    exc_new_n::<79>,
    exc_new_n::<80>,
];

/// Gives every exception class its own `__init__` and `__new__`, as
/// CPython's exception types each have.
pub fn register_init_new(vm: &mut Vm) {
    for (i, (name, _)) in super::typedocs::DOCS.iter().enumerate() {
        let Some(t) = vm.exc.by_name.get(name).cloned() else {
            continue;
        };
        if i >= EXC_INITS.len() {
            break;
        }
        t.dict.set_str(
            "__init__",
            Value::Builtin(std::rc::Rc::new(super::methodobject::BuiltinFunction {
                name: "__init__",
                func: EXC_INITS[i],
                self_: None,
                owner: Some(Box::leak(format!("exceptions.{name}").into_boxed_str())),
                module: std::cell::Cell::new(None),
            })),
        );
        t.dict.set_str(
            "__new__",
            Value::Builtin(std::rc::Rc::new(super::methodobject::BuiltinFunction {
                name: "__new__",
                func: EXC_NEWS[i],
                self_: None,
                owner: None,
                module: std::cell::Cell::new(None),
            })),
        );
    }
}

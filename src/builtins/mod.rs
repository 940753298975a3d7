//! The built-in modules (CPython: `Python/bltinmodule.c`, `Python/sysmodule.c`).

pub mod constructors;
pub mod math;
pub mod fileobject;
pub mod functions;
pub mod sys;

use std::rc::Rc;

use crate::objects::methodobject::{Args, BuiltinFunction, NativeFn};
use crate::objects::object::Value;
use crate::objects::typeobject::PyType;
use crate::vm::{PyResult, Vm};

/// A built-in function value.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        self_: None,
        owner: None,
    }))
}

/// Puts methods into a built-in type's dict, unbound.
pub fn add_methods(t: &Rc<PyType>, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for &(name, func) in methods {
        t.dict.set_str(
            name,
            Value::Builtin(Rc::new(BuiltinFunction {
                name,
                func,
                self_: None,
                owner: Some(owner),
            })),
        );
    }
}

/// Fills `__builtin__` and `sys`, and registers the built-in types' methods.
pub fn init(vm: &mut Vm, argv: Vec<String>) {
    for (name, t) in vm.types.exported() {
        if !matches!(name, "NoneType" | "NotImplementedType" | "ellipsis" | "function" | "builtin_function_or_method"
            | "instancemethod" | "module" | "code" | "cell" | "traceback" | "instance" | "classobj")
        {
            vm.builtins.set_str(name, Value::Type(t));
        }
    }
    for (name, t) in vm.exc.by_name.clone() {
        vm.builtins.set_str(name, Value::Type(t));
    }
    vm.builtins.set_str("None", Value::None);
    vm.builtins.set_str("True", Value::Bool(true));
    vm.builtins.set_str("False", Value::Bool(false));
    vm.builtins.set_str("NotImplemented", Value::NotImplemented);
    vm.builtins.set_str("Ellipsis", Value::Ellipsis);
    vm.builtins.set_str("__debug__", Value::Bool(true));
    vm.builtins.set_str("__name__", Value::str("__builtin__"));
    for &(name, func) in functions::FUNCTIONS {
        vm.builtins.set_str(name, builtin(name, func));
    }
    crate::objects::strmethods::register(vm);
    crate::objects::unicodemethods::register(vm);
    crate::objects::listmethods::register(vm);
    crate::objects::dictmethods::register(vm);
    constructors::register(vm);
    sys::init(vm, argv);
}

/// Checks the number of positional arguments of a built-in, with the
/// message `PyArg_UnpackTuple` gives.
pub fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.args.len();
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} arguments, got {n}")
        } else {
            format!("{name} expected at most {max} arguments, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

//! The built-in modules (CPython: `Python/bltinmodule.c`, `Python/sysmodule.c`).

pub mod constructors;
pub mod fileobject;
pub mod functions;
pub mod math;
pub mod operatormodule;
pub mod randommodule;
pub mod stringformatter;
pub mod stringmodule;
pub mod stringtemplate;
pub mod sys;
pub mod timemodule;

use crate::objects::object::Truth;
use std::rc::Rc;

use crate::objects::methodobject::{Args, BuiltinFunction, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::typedocs::MODULE_DOCS;
use crate::objects::typeobject::PyType;
use crate::vm::{PyResult, Vm};

/// The modules glasspy implements natively (CPython: the `_PyImport_Inittab`
/// table of `Modules/config.c`).
pub const BUILTIN_MODULES: &[&str] =
    &["math", "operator", "random", "time", "string", "__future__"];

/// A module of [`BUILTIN_MODULES`], made fresh on its first import.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<Rc<PyModule>> {
    let module = make_builtin_module(vm, name)?;
    let name = BUILTIN_MODULES.iter().find(|n| **n == name)?;
    claim_functions(&module.dict, name);
    if let Some((_, doc)) = MODULE_DOCS.iter().find(|(m, _)| m == name) {
        module.dict.set_str("__doc__", Value::str(doc));
    }
    Some(module)
}

/// Marks the functions in a native module's dict as that module's
/// (CPython gives each its `m_module` when the module is made).
pub fn claim_functions(dict: &crate::objects::dictobject::PyDict, module: &'static str) {
    for v in dict.values() {
        if let Value::Builtin(b) = v {
            if b.self_.is_none() && b.owner.is_none() && b.module.get().is_none() {
                b.module.set(Some(module));
            }
        }
    }
}

fn make_builtin_module(vm: &mut Vm, name: &str) -> Option<Rc<PyModule>> {
    match name {
        "math" => math::module(vm),
        "operator" => operatormodule::module(vm),
        "random" => randommodule::module(vm),
        "time" => timemodule::module(vm),
        "string" => stringmodule::string_module(vm),
        "__future__" => stringmodule::future_module(vm),
        _ => None,
    }
}

/// Whether `name` is one of the [`BUILTIN_MODULES`].
pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name)
}

/// A built-in function value.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        self_: None,
        owner: None,
        module: std::cell::Cell::new(None),
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
                module: std::cell::Cell::new(None),
            })),
        );
    }
}

/// The `__doc__` of the built-in types and exception classes, in their dicts.
fn add_type_docs(vm: &mut Vm) {
    let mut types = vm.types.exported();
    types.extend(vm.exc.by_name.clone());
    for (name, t) in types {
        if t.dict.get_str("__doc__").is_some() {
            continue;
        }
        if name == "NoneType" {
            t.dict.set_str("__doc__", Value::None);
        } else if let Some((_, doc)) = crate::objects::typedocs::DOCS
            .iter()
            .find(|(n, _)| *n == name)
        {
            t.dict.set_str("__doc__", Value::str(doc));
        }
    }
}

/// Fills `__builtin__` and `sys`, and registers the built-in types' methods.
pub fn init(vm: &mut Vm, argv: Vec<String>) {
    for (name, t) in vm.types.exported() {
        if !matches!(
            name,
            "NoneType"
                | "NotImplementedType"
                | "ellipsis"
                | "function"
                | "builtin_function_or_method"
                | "instancemethod"
                | "module"
                | "code"
                | "cell"
                | "traceback"
                | "frame"
                | "dict_keys"
                | "dict_values"
                | "dict_items"
                | "instance"
                | "classobj"
                | "member_descriptor"
                | "getset_descriptor"
                | "dictproxy"
                | "generator"
        ) {
            vm.builtins.set_str(name, Value::Type(t));
        }
    }
    // 2.7 names `str` `bytes` too, for code shared with Python 3.
    let str_type = Value::Type(vm.types.str.clone());
    vm.builtins.set_str("bytes", str_type);
    for (name, t) in vm.exc.by_name.clone() {
        vm.builtins.set_str(name, Value::Type(t));
    }
    vm.builtins.set_str("None", Value::None);
    vm.builtins.set_str("True", Value::Bool(Truth::True));
    vm.builtins.set_str("False", Value::Bool(Truth::False));
    vm.builtins.set_str("NotImplemented", Value::NotImplemented);
    vm.builtins.set_str("Ellipsis", Value::Ellipsis);
    vm.builtins.set_str("__debug__", Value::Bool(Truth::True));
    vm.builtins.set_str("__name__", Value::str("__builtin__"));
    vm.builtins
        .set_str("open", builtin("open", fileobject::builtin_open));
    for &(name, func) in functions::FUNCTIONS {
        vm.builtins.set_str(name, builtin(name, func));
    }
    crate::objects::strmethods::register(vm);
    crate::objects::typenew::register(vm);
    crate::objects::unicodemethods::register(vm);
    crate::objects::listmethods::register(vm);
    crate::objects::bytearrayobject::register(vm);
    crate::objects::dictmethods::register(vm);
    crate::objects::dictview::register(vm);
    crate::objects::setmethods::register(vm);
    crate::objects::slotwrappers::register(vm);
    crate::objects::formatspec::register(vm);
    crate::objects::descrobject::register(vm);
    constructors::register(vm);
    add_type_docs(vm);
    let base_exception = vm.exc.base_exception.clone();
    add_methods(
        &base_exception,
        "exceptions.BaseException",
        crate::objects::exceptions::BASE_EXCEPTION_METHODS,
    );
    crate::objects::exceptions::register_init_new(vm);
    let float = vm.types.float.clone();
    add_methods(
        &float,
        "float",
        crate::objects::floatobject::methods::METHODS,
    );
    let complex = vm.types.complex.clone();
    add_methods(
        &complex,
        "complex",
        crate::objects::complexobject::methods::METHODS,
    );
    let slice = vm.types.slice.clone();
    add_methods(
        &slice,
        "slice",
        &[("indices", crate::objects::sliceobject::slice_indices)],
    );
    let file = vm.types.file.clone();
    add_methods(&file, "file", fileobject::METHODS);
    let object = vm.types.object.clone();
    add_methods(
        &object,
        "object",
        crate::objects::exceptions::OBJECT_METHODS,
    );
    add_methods(
        &object,
        "object",
        crate::objects::typeobject::OBJECT_ATTRIBUTE_METHODS,
    );
    add_methods(
        &object,
        "object",
        crate::objects::typeobject::OBJECT_SERIAL_METHODS,
    );
    crate::objects::typeobject::add_subclasshook(vm);
    let type_ = vm.types.type_.clone();
    add_methods(&type_, "type", crate::objects::typeobject::TYPE_METHODS);
    // A built-in function's `__module__` member (`m_module`).
    vm.types
        .builtin_function
        .dict
        .set_str("__module__", Value::str("__builtin__"));
    let gen = vm.types.generator.clone();
    add_methods(&gen, "generator", crate::vm::genobject::METHODS);
    claim_functions(&vm.builtins.clone(), "__builtin__");
    sys::init(vm, argv);
}

/// The message `PyArg_ParseTuple` gives for `n` arguments outside
/// `min..=max` (`insert() takes exactly 2 arguments (1 given)`).
pub fn arity_message(name: &str, n: usize, min: usize, max: usize) -> String {
    let bound = if n < min { min } else { max };
    let how = if min == max {
        "exactly"
    } else if n < min {
        "at least"
    } else {
        "at most"
    };
    let plural = if bound == 1 { "" } else { "s" };
    format!("{name}() takes {how} {bound} argument{plural} ({n} given)")
}

/// Checks the number of positional arguments of a built-in, as
/// `PyArg_ParseTuple` does; a method of exactly one argument (`METH_O`)
/// says "exactly one argument".
pub fn check_parsed_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.args.len();
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        if min == 1 && max == 1 {
            return Err(vm.type_error(format!("{name}() takes exactly one argument ({n} given)")));
        }
        return Err(vm.type_error(arity_message(name, n, min, max)));
    }
    Ok(())
}

/// The arguments after `self` of a method of a built-in type, checked as
/// CPython checks them (a method without arguments says "takes no arguments").
pub fn method_args<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = args.args.get(1..).unwrap_or(&[]);
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = rest.len();
    if n < min || n > max {
        // Without arguments allowed, `PyArg_UnpackTuple`'s wording.
        let msg = if max == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            arity_message(name, n, min, max)
        };
        return Err(vm.type_error(msg));
    }
    Ok(rest)
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

/// Binds a call's arguments to the parameters of a function written in
/// Python in CPython (`params`, the last `defaults.len()` of them with
/// defaults, then `*args` if `varargs`), with the messages
/// `PyEval_EvalCodeEx` gives. Returns the parameters' values (defaults
/// filled in) and the extra positional arguments.
pub fn bind_python_args(
    vm: &Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    defaults: &[Value],
    varargs: bool,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let argcount = params.len();
    let defcount = defaults.len().min(argcount);
    let nargs = args.args.len();
    let nkw = args.kwargs.len();
    if argcount == 0 && !varargs && (nargs > 0 || nkw > 0) {
        return Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            nargs + nkw
        )));
    }
    if nargs > argcount && !varargs {
        return Err(vm.type_error(format!(
            "{name}() takes {} {argcount} argument{} ({} given)",
            if defcount > 0 { "at most" } else { "exactly" },
            if argcount == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; argcount];
    for (slot, v) in slots.iter_mut().zip(&args.args) {
        *slot = Some(v.clone());
    }
    let extra: Vec<Value> = args.args.iter().skip(argcount).cloned().collect();
    for (key, value) in &args.kwargs {
        // A unicode keyword matches a parameter by its text.
        let kname = match key {
            Value::Str(s) => s.to_text().into_owned(),
            Value::Unicode(u) => u.to_text(),
            _ => return Err(vm.type_error(format!("{name}() keywords must be strings"))),
        };
        match params.iter().position(|p| *p == kname) {
            Some(j) if slots[j].is_some() => {
                return Err(vm.type_error(format!(
                    "{name}() got multiple values for keyword argument '{kname}'"
                )))
            }
            Some(j) => slots[j] = Some(value.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{kname}'"
                )))
            }
        }
    }
    let required = argcount - defcount;
    if slots[..required].iter().any(Option::is_none) {
        let given = slots.iter().filter(|v| v.is_some()).count();
        return Err(vm.type_error(format!(
            "{name}() takes {} {required} argument{} ({given} given)",
            if varargs || defcount > 0 {
                "at least"
            } else {
                "exactly"
            },
            if required == 1 { "" } else { "s" },
        )));
    }
    let values = slots
        .into_iter()
        .enumerate()
        .map(|(i, v)| v.unwrap_or_else(|| defaults[i - required].clone()))
        .collect();
    Ok((values, extra))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_module_can_be_made() {
        let mut vm = Vm::new(vec![]);
        for name in BUILTIN_MODULES {
            let m = builtin_module(&mut vm, name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(m.name, *name);
        }
        assert!(builtin_module(&mut vm, "nosuch").is_none());
    }
}

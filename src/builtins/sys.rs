//! The `sys` module (CPython: `Python/sysmodule.c`).

use std::rc::Rc;

use super::{builtin, check_args};
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, argv: Vec<String>) {
    let d = vm.sys.dict.clone();
    d.set_str("__name__", Value::str("sys"));
    d.set_str(
        "argv",
        Value::list(argv.iter().map(|a| Value::str(a)).collect()),
    );
    d.set_str("stdout", Value::File(vm.stdout.clone()));
    d.set_str("stderr", Value::File(vm.stderr.clone()));
    let stdin = Value::File(Rc::new(super::fileobject::PyFile::stdin()));
    d.set_str("stdin", stdin.clone());
    d.set_str("__stdin__", stdin);
    d.set_str("__stdout__", Value::File(vm.stdout.clone()));
    d.set_str("__stderr__", Value::File(vm.stderr.clone()));
    d.set_str("maxint", Value::Int(i64::MAX));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("platform", Value::str("linux2"));
    // The interpreter running the program: glasspy itself.
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    d.set_str("executable", Value::str(&executable));
    d.set_str("version", Value::str("2.7.18 (default, glasspy)\n[Rust]"));
    d.set_str("hexversion", Value::Int(0x020712f0));
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(2),
            Value::Int(7),
            Value::Int(18),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    let float_info_type = crate::objects::types::new_type(
        "sys.float_info",
        Some(&vm.types.object),
        crate::objects::typeobject::Layout::Object,
        "sys",
        true,
    );
    let float_info = vm.new_instance(&float_info_type);
    if let Value::Instance(i) = &float_info {
        for (name, value) in [
            ("max", Value::float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ] {
            i.dict().set_str(name, value);
        }
    }
    d.set_str("float_info", float_info);
    let path = crate::vm::import::initial_sys_path(argv.first().map(String::as_str));
    d.set_str(
        "path",
        Value::list(path.iter().map(|p| Value::str(p)).collect()),
    );
    let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    d.set_str("dont_write_bytecode", Value::bool(dont_write));
    d.set_str(
        "builtin_module_names",
        Value::tuple(vec![Value::str("__builtin__"), Value::str("sys")]),
    );
    for (name, f) in [
        ("exit", sys_exit as crate::objects::methodobject::NativeFn),
        ("exc_info", sys_exc_info),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_clear", sys_exc_clear),
        ("_getframe", crate::vm::frameobject::sys_getframe),
    ] {
        d.set_str(name, builtin(name, f));
    }
    vm.modules.set_str("sys", Value::Module(vm.sys.clone()));
    let builtins_module = Rc::new(crate::objects::moduleobject::PyModule {
        name: "__builtin__".into(),
        dict: vm.builtins.clone(),
    });
    vm.modules
        .set_str("__builtin__", Value::Module(builtins_module));
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exit", &args, 0, 1)?;
    let code = args.args.into_iter().next().unwrap_or(Value::None);
    let t = vm.exc.system_exit.clone();
    let args = match code {
        Value::None => vec![],
        other => vec![other],
    };
    Err(vm.new_error_args(&t, Value::tuple(args)))
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exc_info", &args, 0, 0)?;
    Ok(match &vm.exc_info {
        Some(e) => Value::tuple(vec![
            e.typ.clone(),
            e.value.clone(),
            match &e.tb {
                Some(tb) => Value::Traceback(tb.clone()),
                None => Value::None,
            },
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exc_clear(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.exc_info = None;
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", &args, 1, 1)?;
    match args.args[0] {
        Value::Int(n) if n > 0 => {
            vm.recursion_limit = n as usize;
            Ok(Value::None)
        }
        Value::Int(_) => Err(vm.value_error("recursion limit must be positive")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

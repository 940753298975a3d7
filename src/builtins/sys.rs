//! The `sys` module (CPython: `Python/sysmodule.c`).

use std::rc::Rc;

use super::{builtin, check_args};
use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::structseq;
use crate::objects::typedocs::MODULE_DOCS;
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
    let float_info_type = structseq::new_type(vm, &structseq::SYS_FLOAT_INFO);
    let float_info = structseq::new_instance(
        &float_info_type,
        vec![
            Value::float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    d.set_str("float_info", float_info);
    let path = crate::vm::import::initial_sys_path(argv.first().map(String::as_str));
    d.set_str(
        "path",
        Value::list(path.iter().map(|p| Value::str(p)).collect()),
    );
    let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    d.set_str("dont_write_bytecode", Value::bool(dont_write));
    // The command line options and environment variables glasspy honours:
    // only PYTHONDONTWRITEBYTECODE; hashes are never randomized.
    let flags_type = structseq::new_type(vm, &structseq::SYS_FLAGS);
    let flags = (0..structseq::SYS_FLAGS.fields.len())
        .map(|i| Value::Int(i64::from(i == 7 && dont_write)))
        .collect();
    d.set_str("flags", structseq::new_instance(&flags_type, flags));
    // CPython's `long` digits: 30 bits in a 4-byte digit.
    let long_info_type = structseq::new_type(vm, &structseq::SYS_LONG_INFO);
    let long_info = structseq::new_instance(&long_info_type, vec![Value::Int(30), Value::Int(4)]);
    d.set_str("long_info", long_info);
    let doc = MODULE_DOCS
        .iter()
        .find(|(name, _)| *name == "sys")
        .map_or(Value::None, |(_, doc)| Value::str(doc));
    d.set_str("__doc__", doc);
    d.set_str("__package__", Value::None);
    d.set_str("api_version", Value::Int(1013));
    d.set_str("copyright", Value::str(COPYRIGHT));
    // No installation: CPython's configured default stands in.
    d.set_str("prefix", Value::str("/usr/local"));
    d.set_str("exec_prefix", Value::str("/usr/local"));
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("meta_path", Value::list(vec![]));
    // No zipimport: no path hooks, so nothing is cached for path entries.
    d.set_str("path_hooks", Value::list(vec![]));
    d.set_str(
        "path_importer_cache",
        Value::Dict(Rc::new(crate::objects::dictobject::PyDict::new())),
    );
    d.set_str("py3kwarning", Value::bool(false));
    let subversion = Value::tuple(vec![Value::str("CPython"), Value::str(""), Value::str("")]);
    d.set_str("subversion", subversion.clone());
    d.set_str("_git", subversion);
    d.set_str("warnoptions", Value::list(vec![]));
    d.set_str("exc_type", Value::None);
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
        ("displayhook", sys_displayhook),
        ("excepthook", sys_excepthook),
        ("getcheckinterval", sys_getcheckinterval),
        ("setcheckinterval", sys_setcheckinterval),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getfilesystemencoding),
        ("call_tracing", sys_call_tracing),
        ("callstats", sys_callstats),
        ("getdlopenflags", sys_getdlopenflags),
        ("setdlopenflags", sys_setdlopenflags),
        ("_clear_type_cache", sys_clear_type_cache),
    ] {
        d.set_str(name, builtin(name, f));
    }
    for name in ["displayhook", "excepthook"] {
        if let Some(hook) = d.get_str(name) {
            d.set_str(&format!("__{name}__"), hook);
        }
    }
    super::claim_functions(&vm.sys.dict.clone(), "sys");
    vm.modules.set_str("sys", Value::Module(vm.sys.clone()));
    if let Some((_, doc)) = MODULE_DOCS.iter().find(|(m, _)| *m == "__builtin__") {
        vm.builtins.set_str("__doc__", Value::str(doc));
    }
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

fn sys_exc_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exc_clear", &args, 0, 0)?;
    vm.exc_info = None;
    let d = &vm.sys.dict;
    for name in ["exc_type", "exc_value", "exc_traceback"] {
        d.set_str(name, Value::None);
    }
    Ok(Value::None)
}

impl Vm {
    /// Keeps the deprecated `sys.exc_type`, `sys.exc_value` and
    /// `sys.exc_traceback` equal to `sys.exc_info()` when the exception
    /// being handled changes, as `set_exc_info` and `reset_exc_info` do in
    /// ceval.c. Nothing is written while they already agree, so the last
    /// two appear only once an exception has been handled.
    pub fn sync_sys_exc(&mut self) {
        let (typ, value, tb) = match &self.exc_info {
            Some(e) => (
                e.typ.clone(),
                e.value.clone(),
                e.tb.clone().map_or(Value::None, Value::Traceback),
            ),
            None => (Value::None, Value::None, Value::None),
        };
        let d = &self.sys.dict;
        let same = |name: &str, v: &Value| match d.get_str(name) {
            Some(old) => old.id() == v.id(),
            None => v.is_none(),
        };
        if same("exc_type", &typ) && same("exc_value", &value) {
            return;
        }
        d.set_str("exc_type", typ);
        d.set_str("exc_value", value);
        d.set_str("exc_traceback", tb);
    }
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

const COPYRIGHT: &str = "Copyright (c) 2001-2020 Python Software Foundation.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 2000 BeOpen.com.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n\
All Rights Reserved.";

/// `sys.displayhook(value)`: what the interactive prompt does with an
/// expression's value: nothing for `None`, else its repr on its own line
/// of `sys.stdout` (ending a pending `print x,` line first), kept as
/// `__builtin__._`.
fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "displayhook", &args, 1, 1)?;
    let v = args.args.into_iter().next().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    vm.builtins.set_str("_", Value::None);
    vm.display_value(&v)?;
    vm.builtins.set_str("_", v);
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: the traceback and the
/// exception on `sys.stderr`, as for an uncaught exception.
fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    if args.args.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.args.len()
        )));
    }
    let mut it = args.args.into_iter();
    let (typ, value, tb) = (
        it.next().unwrap_or(Value::None),
        it.next().unwrap_or(Value::None),
        it.next().unwrap_or(Value::None),
    );
    let tb = match tb {
        Value::Traceback(t) => Some(t),
        _ => None,
    };
    vm.display_exception(&crate::vm::PyErr { typ, value, tb });
    Ok(Value::None)
}

fn sys_getcheckinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getcheckinterval", &args, 0, 0)?;
    Ok(Value::Int(vm.check_interval))
}

fn sys_setcheckinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_parsed_args(vm, "setcheckinterval", &args, 1, 1)?;
    vm.check_interval = crate::objects::unicodemethods::int_arg(vm, &args.args[0])?;
    Ok(Value::None)
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("ascii"))
}

/// The locale's character set, as CPython finds it at start-up.
fn sys_getfilesystemencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getfilesystemencoding", &args, 0, 0)?;
    Ok(Value::str(&super::fileobject::locale_codeset()))
}

/// `sys.call_tracing(func, args)`: `func(*args)`.
fn sys_call_tracing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_parsed_args(vm, "call_tracing", &args, 2, 2)?;
    let func = args.args[0].clone();
    match &args.args[1] {
        Value::Tuple(t) => vm.call(&func, Args::positional(t.items.to_vec())),
        other => Err(vm.type_error(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `sys.callstats()`: CPython counts calls only when built to; `None`.
fn sys_callstats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callstats", &args, 0, 0)?;
    Ok(Value::None)
}

fn sys_getdlopenflags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getdlopenflags", &args, 0, 0)?;
    Ok(Value::Int(vm.dlopen_flags))
}

/// `sys.setdlopenflags(n)`: kept for `getdlopenflags`; glasspy loads no
/// extension modules.
fn sys_setdlopenflags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_parsed_args(vm, "setdlopenflags", &args, 1, 1)?;
    vm.dlopen_flags = crate::objects::unicodemethods::int_arg(vm, &args.args[0])?;
    Ok(Value::None)
}

/// `sys._clear_type_cache()`: there is no method cache to clear.
fn sys_clear_type_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_clear_type_cache", &args, 0, 0)?;
    Ok(Value::None)
}

//! What a person watching the machine sees: the instruction about to run
//! with its operands as values (`BINARY_MODULO  7 % 2`, `STORE_FAST  ans =
//! 1`, `CALL_FUNCTION  mod(7, 2)`), and reprs of the values on the stack.
//! Shared by the debugger and `glasspy trace`.
//!
//! Nothing here runs Python code: an object whose class defines `__repr__`
//! shows as `object.__repr__` would show it, so watching a program never
//! changes what it does.

use std::fmt::Write as _;

use crate::dis::{self, Instruction};
use crate::objects::object::Value;
use crate::objects::protocol::function_name;
use crate::opcode::{self, CMP_OP};
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// How long one repr may be before it is shortened with `...`.
pub const REPR_LIMIT: usize = 60;

/// The instruction at a frame's `pc`, decoded and described.
pub struct Described {
    pub offset: usize,
    pub opname: String,
    /// The argument as the eval loop reads it.
    pub arg: Option<u64>,
    /// What `dis` prints in parentheses after the argument (empty if nothing).
    pub argrepr: String,
    /// The operands as values, about to be used.
    pub operands: String,
}

impl Described {
    /// `OPNAME  operands`, the opcode name padded as `dis` pads it.
    pub fn line(&self) -> String {
        if self.operands.is_empty() {
            self.opname.clone()
        } else {
            format!("{:<20} {}", self.opname, self.operands)
        }
    }
}

/// The instruction at `frame.pc`, with its operands read from the frame.
pub fn describe_next(vm: &Vm, frame: &Frame) -> Described {
    let code = &frame.code.code;
    let ins = decode_at(&code.code, frame.pc);
    let argrepr = dis::argrepr(code, &ins);
    let operands = operands(vm, frame, &ins).unwrap_or_else(|| argrepr.clone());
    Described {
        offset: ins.offset,
        opname: ins.name(),
        arg: ins.arg,
        argrepr,
        operands,
    }
}

/// The instruction at `offset` (after any `EXTENDED_ARG` there).
fn decode_at(code: &[u8], offset: usize) -> Instruction {
    let tail = code.get(offset..).unwrap_or(&[]);
    let mut ins = dis::decode(tail)
        .into_iter()
        .find(|i| i.opcode != opcode::EXTENDED_ARG)
        .unwrap_or(Instruction {
            offset: 0,
            opcode: opcode::STOP_CODE,
            raw_arg: None,
            arg: None,
            extended: false,
            truncated: false,
        });
    ins.offset += offset;
    ins
}

/// The value `depth` places below the top of the stack.
fn peek(frame: &Frame, depth: usize) -> Option<&Value> {
    let len = frame.stack.len();
    len.checked_sub(depth + 1).and_then(|i| frame.stack.get(i))
}

fn operands(vm: &Vm, frame: &Frame, ins: &Instruction) -> Option<String> {
    let r = |v: &Value| safe_repr(vm, v, REPR_LIMIT);
    let top = |d: usize| peek(frame, d).map_or_else(|| "<empty>".to_string(), r);
    let opname = ins.name();
    let name = opname.as_str();
    let arg = ins.arg.unwrap_or(0) as usize;
    let code = &frame.code;
    let local_name = || code.code.varnames.get(arg).map(|s| s.to_string());
    let global_name = || code.code.names.get(arg).map(|s| s.to_string());
    let free_name = || {
        let cells = &code.code.cellvars;
        let free = &code.code.freevars;
        cells
            .iter()
            .chain(free.iter())
            .nth(arg)
            .map(|s| s.to_string())
    };
    let shown = |n: String, v: Option<Value>| match v {
        Some(v) => format!("{n}: {}", r(&v)),
        None => format!("{n}: <unbound>"),
    };
    if let Some(symbol) = binary_symbol(name) {
        return Some(format!("{} {symbol} {}", top(1), top(0)));
    }
    if let Some(symbol) = name
        .strip_prefix("INPLACE_")
        .and_then(|rest| binary_symbol(&format!("BINARY_{rest}")))
    {
        return Some(format!("{} {symbol}= {}", top(1), top(0)));
    }
    Some(match name {
        "UNARY_POSITIVE" => format!("+{}", top(0)),
        "UNARY_NEGATIVE" => format!("-{}", top(0)),
        "UNARY_NOT" => format!("not {}", top(0)),
        "UNARY_INVERT" => format!("~{}", top(0)),
        "UNARY_CONVERT" => format!("`{}`", top(0)),
        "BINARY_SUBSCR" => format!("{}[{}]", top(1), top(0)),
        "STORE_SUBSCR" => format!("{}[{}] = {}", top(1), top(0), top(2)),
        "DELETE_SUBSCR" => format!("del {}[{}]", top(1), top(0)),
        "COMPARE_OP" => {
            let op = CMP_OP.get(arg).copied().unwrap_or("?");
            format!("{} {op} {}", top(1), top(0))
        }
        "LOAD_CONST" => code.consts.get(arg).map(r)?,
        "LOAD_FAST" => shown(local_name()?, frame.fast.get(arg).cloned().flatten()),
        "STORE_FAST" => format!("{} = {}", local_name()?, top(0)),
        "DELETE_FAST" => format!("del {}", local_name()?),
        "LOAD_GLOBAL" => {
            let n = global_name()?;
            let v = frame
                .globals
                .get_str(&n)
                .or_else(|| frame.builtins.get_str(&n));
            shown(n, v)
        }
        "LOAD_NAME" => {
            let n = global_name()?;
            let v = frame
                .locals
                .as_ref()
                .and_then(|l| l.get_str(&n))
                .or_else(|| frame.globals.get_str(&n))
                .or_else(|| frame.builtins.get_str(&n));
            shown(n, v)
        }
        "STORE_NAME" | "STORE_GLOBAL" => format!("{} = {}", global_name()?, top(0)),
        "DELETE_NAME" | "DELETE_GLOBAL" => format!("del {}", global_name()?),
        "LOAD_DEREF" => {
            let v = frame.cells.get(arg).and_then(|c| c.get());
            shown(free_name()?, v)
        }
        "LOAD_CLOSURE" => free_name()?,
        "STORE_DEREF" => format!("{} = {}", free_name()?, top(0)),
        "LOAD_ATTR" => format!("{}.{}", top(0), global_name()?),
        "STORE_ATTR" => format!("{}.{} = {}", top(0), global_name()?, top(1)),
        "DELETE_ATTR" => format!("del {}.{}", top(0), global_name()?),
        "CALL_FUNCTION" | "CALL_FUNCTION_VAR" | "CALL_FUNCTION_KW" | "CALL_FUNCTION_VAR_KW" => {
            call_text(vm, frame, name, arg)
        }
        "RETURN_VALUE" => format!("return {}", top(0)),
        "YIELD_VALUE" => format!("yield {}", top(0)),
        "PRINT_ITEM" => format!("print {}", top(0)),
        "PRINT_EXPR" => top(0),
        "POP_TOP" => format!("discard {}", top(0)),
        "GET_ITER" => format!("iter({})", top(0)),
        "FOR_ITER" => format!(
            "next({}), or to {} when it ends",
            top(0),
            ins.jump_target().unwrap_or(0)
        ),
        "POP_JUMP_IF_FALSE"
        | "POP_JUMP_IF_TRUE"
        | "JUMP_IF_FALSE_OR_POP"
        | "JUMP_IF_TRUE_OR_POP" => {
            let target = ins.jump_target().unwrap_or(0);
            let when = if name.contains("FALSE") {
                "false"
            } else {
                "true"
            };
            format!("{}: to {target} if {when}", top(0))
        }
        "BUILD_TUPLE" | "BUILD_LIST" | "BUILD_SET" => {
            let items: Vec<String> = (0..arg).rev().map(top).collect();
            match name {
                "BUILD_TUPLE" if arg == 1 => format!("({},)", items[0]),
                "BUILD_TUPLE" => format!("({})", items.join(", ")),
                "BUILD_LIST" => format!("[{}]", items.join(", ")),
                _ => format!("{{{}}}", items.join(", ")),
            }
        }
        "UNPACK_SEQUENCE" => format!("{} into {arg}", top(0)),
        "RAISE_VARARGS" => match arg {
            0 => "raise (again)".to_string(),
            1 => format!("raise {}", top(0)),
            2 => format!("raise {}, {}", top(1), top(0)),
            _ => format!("raise {}, {}, {}", top(2), top(1), top(0)),
        },
        "IMPORT_NAME" => format!("import {}", global_name()?),
        "IMPORT_FROM" => format!("from {} import {}", top(0), global_name()?),
        _ => return None,
    })
}

/// The operator of a `BINARY_*` opcode.
fn binary_symbol(name: &str) -> Option<&'static str> {
    Some(match name {
        "BINARY_POWER" => "**",
        "BINARY_MULTIPLY" => "*",
        "BINARY_DIVIDE" | "BINARY_TRUE_DIVIDE" => "/",
        "BINARY_FLOOR_DIVIDE" => "//",
        "BINARY_MODULO" => "%",
        "BINARY_ADD" => "+",
        "BINARY_SUBTRACT" => "-",
        "BINARY_LSHIFT" => "<<",
        "BINARY_RSHIFT" => ">>",
        "BINARY_AND" => "&",
        "BINARY_XOR" => "^",
        "BINARY_OR" => "|",
        _ => return None,
    })
}

/// `f(a, b, k=v, *args, **kwargs)` for a call about to be made.
fn call_text(vm: &Vm, frame: &Frame, name: &str, arg: usize) -> String {
    let (npos, nkw) = (arg & 0xff, (arg >> 8) & 0xff);
    let has_var = name.ends_with("_VAR") || name.ends_with("_VAR_KW");
    let has_kw = name.ends_with("_KW");
    let extra = usize::from(has_var) + usize::from(has_kw);
    let r =
        |d: usize| peek(frame, d).map_or_else(|| "<empty>".to_string(), |v| safe_repr(vm, v, 40));
    let below = extra + 2 * nkw + npos;
    let func = peek(frame, below).map_or_else(|| "<empty>".to_string(), |f| callable_name(vm, f));
    let mut parts = Vec::new();
    for i in 0..npos {
        parts.push(r(below - 1 - i));
    }
    for k in 0..nkw {
        let key_depth = extra + 2 * (nkw - k) - 1;
        let key = match peek(frame, key_depth) {
            Some(Value::Str(s)) => s.to_text().into_owned(),
            Some(v) => safe_repr(vm, v, 20),
            None => "?".into(),
        };
        parts.push(format!("{key}={}", r(key_depth - 1)));
    }
    if has_var {
        parts.push(format!("*{}", r(usize::from(has_kw))));
    }
    if has_kw {
        parts.push(format!("**{}", r(0)));
    }
    format!("{func}({})", parts.join(", "))
}

/// How a called object is named in a call: a function by its name, a
/// bound method as `obj.name`, a class by its name.
fn callable_name(vm: &Vm, f: &Value) -> String {
    match f {
        Value::Function(func) => function_name(func),
        Value::Builtin(b) => match &b.self_ {
            Some(s) if b.owner.is_some() => format!("{}.{}", safe_repr(vm, s, 30), b.name),
            _ => b.name.to_string(),
        },
        Value::Method(m) => {
            let fname = match &m.func {
                Value::Function(func) => function_name(func),
                other => safe_repr(vm, other, 30),
            };
            match &m.self_ {
                Some(s) => format!("{}.{fname}", safe_repr(vm, s, 30)),
                None => fname,
            }
        }
        Value::Type(t) => t.name().to_string(),
        other => safe_repr(vm, other, 40),
    }
}

/// A repr that runs no Python code, shortened to about `limit` characters.
pub fn safe_repr(vm: &Vm, v: &Value, limit: usize) -> String {
    let mut out = String::new();
    safe_repr_into(&mut out, vm, v, limit);
    out
}

/// Appends what [`safe_repr`] gives: only as much of the repr is made as
/// the shortened text needs, so a long string or list costs no more than a
/// short one.
pub fn safe_repr_into(out: &mut String, vm: &Vm, v: &Value, limit: usize) {
    let start = out.len();
    write_repr(vm, v, out, start + limit + 1, 0);
    // Bytes are at least as many as characters: most reprs need no count.
    if out.len() - start > limit && out[start..].chars().count() > limit {
        let keep = out[start..]
            .char_indices()
            .nth(limit.saturating_sub(3))
            .map_or(out.len(), |(at, _)| start + at);
        out.truncate(keep);
        out.push_str("...");
    }
}

/// Appends the repr of `v`, stopping early once `out` is past `budget`.
fn write_repr(vm: &Vm, v: &Value, out: &mut String, budget: usize, depth: usize) {
    if out.len() > budget {
        return;
    }
    let seq = |out: &mut String, items: &[Value], open: &str, close: &str| {
        out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > budget {
                break;
            }
            write_repr(vm, item, out, budget, depth + 1);
        }
        out.push_str(close);
    };
    if depth > 20 {
        out.push_str("...");
        return;
    }
    match v {
        Value::Tuple(t) if t.items.len() == 1 => seq(out, &t.items, "(", ",)"),
        Value::Tuple(t) => seq(out, &t.items, "(", ")"),
        // Only the items that can fit in the budget are copied (each takes
        // at least one character), so a long list costs no more than a short one.
        // Making a repr runs no Python code, so the list cannot change
        // while it is borrowed here.
        Value::List(l) => seq(out, &l.borrow(), "[", "]"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Str(s) => crate::objects::stringobject::repr_into(out, s.as_bytes(), budget),
        Value::Unicode(u) => crate::objects::unicodeobject::repr_into(out, &u.chars, budget),
        Value::Set(s) => {
            let items = s.items();
            let (open, close) = if s.frozen {
                ("frozenset([", "])")
            } else {
                ("set([", "])")
            };
            seq(out, &items, open, close)
        }
        Value::Dict(d) => {
            out.push('{');
            let mut slot = 0;
            while out.len() <= budget {
                let Some((at, k, val)) = d.next_entry(slot) else {
                    break;
                };
                if slot > 0 {
                    out.push_str(", ");
                }
                write_repr(vm, &k, out, budget, depth + 1);
                out.push_str(": ");
                write_repr(vm, &val, out, budget, depth + 1);
                slot = at + 1;
            }
            out.push('}');
        }
        Value::Method(m) => {
            let fname = match &m.func {
                Value::Function(f) => function_name(f),
                _ => "?".into(),
            };
            let cname = match &m.class {
                Value::Type(t) => t.name().to_string(),
                _ => "?".into(),
            };
            match &m.self_ {
                Some(s) => {
                    let _ = write!(out, "<bound method {cname}.{fname} of ");
                    write_repr(vm, s, out, budget, depth + 1);
                    out.push('>');
                }
                None => {
                    let _ = write!(out, "<unbound method {cname}.{fname}>");
                }
            }
        }
        Value::Instance(_) => out.push_str(&vm.default_repr(v)),
        _ => out.push_str(&vm.simple_repr(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_reprs_are_shortened() {
        let vm = Vm::new(vec!["x".into()]);
        assert_eq!(safe_repr(&vm, &Value::str("abcd"), 6), "'abcd'");
        assert_eq!(safe_repr(&vm, &Value::str("abcde"), 6), "'ab...");
        let long = Value::str(&"x".repeat(100_000));
        assert_eq!(safe_repr(&vm, &long, 8), "'xxxx...");
        let chars: Box<[u32]> = vec![0xe9, 0x74, 0xe9].into();
        let wide = Value::Unicode(std::rc::Rc::new(
            crate::objects::unicodeobject::PyUnicode::new(chars),
        ));
        assert_eq!(safe_repr(&vm, &wide, 60), "u'\\xe9t\\xe9'");
    }

    #[test]
    fn containers_show_their_items() {
        let vm = Vm::new(vec!["x".into()]);
        let v = Value::list(vec![
            Value::Int(1),
            Value::tuple(vec![Value::str("a")]),
            Value::None,
        ]);
        assert_eq!(safe_repr(&vm, &v, 60), "[1, ('a',), None]");
        let many = Value::list((0..100).map(Value::Int).collect());
        assert_eq!(safe_repr(&vm, &many, 20), "[0, 1, 2, 3, 4, 5...");
    }
}

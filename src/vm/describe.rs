//! What a person watching the machine sees: the instruction about to run
//! with its operands as values (`BINARY_MODULO  7 % 2`, `STORE_FAST  ans =
//! 1`, `CALL_FUNCTION  mod(7, 2)`), and reprs of the values on the stack.
//! Shared by the debugger and `glasspy trace`.
//!
//! Nothing here runs Python code: an object whose class defines `__repr__`
//! shows as `object.__repr__` would show it, so watching a program never
//! changes what it does.

use crate::dis::{self, Instruction};
use crate::objects::object::Value;
use crate::objects::protocol::{function_name, push_function_name};
use crate::opcode;
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
    let mut operands = String::new();
    if !write_operands(
        &mut operands,
        vm,
        frame,
        ins.opcode,
        ins.arg,
        ins.jump_target(),
    ) {
        operands.clone_from(&argrepr);
    }
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

/// Appends the operands of the instruction `op` (with argument `arg` and
/// jump target `jump`) about to run in `frame`, as values: `7 % 2`,
/// `ans = 1`, `mod(7, 2)`. Writes nothing and returns `false` for an
/// instruction whose operands are just its argument.
pub fn write_operands(
    out: &mut String,
    vm: &Vm,
    frame: &Frame,
    op: u8,
    arg: Option<u64>,
    jump: Option<u64>,
) -> bool {
    use opcode::*;
    let arg = arg.unwrap_or(0) as usize;
    let code = &frame.code.code;
    let r = |out: &mut String, v: &Value| safe_repr_into(out, vm, v, REPR_LIMIT);
    let top = |out: &mut String, d: usize| match peek(frame, d) {
        Some(v) => r(out, v),
        None => out.push_str("<empty>"),
    };
    let shown = |out: &mut String, name: &str, v: Option<&Value>| {
        out.push_str(name);
        match v {
            Some(v) => {
                out.push_str(": ");
                r(out, v);
            }
            None => out.push_str(": <unbound>"),
        }
    };
    let local_name = code.varnames.get(arg).map(|s| &**s);
    let global_name = code.names.get(arg).map(|s| &**s);
    let free_name = || code.cellvars.iter().chain(code.freevars.iter()).nth(arg);
    if let Some(symbol) = binary_symbol(op) {
        top(out, 1);
        out.push(' ');
        out.push_str(symbol);
        out.push(' ');
        top(out, 0);
        return true;
    }
    // `prefix top(0) suffix`
    let around = |out: &mut String, prefix: &str, suffix: &str| {
        out.push_str(prefix);
        top(out, 0);
        out.push_str(suffix);
    };
    match op {
        UNARY_POSITIVE => around(out, "+", ""),
        UNARY_NEGATIVE => around(out, "-", ""),
        UNARY_NOT => around(out, "not ", ""),
        UNARY_INVERT => around(out, "~", ""),
        UNARY_CONVERT => around(out, "`", "`"),
        BINARY_SUBSCR => {
            top(out, 1);
            around(out, "[", "]");
        }
        STORE_SUBSCR | DELETE_SUBSCR => {
            if op == DELETE_SUBSCR {
                out.push_str("del ");
            }
            top(out, 1);
            around(out, "[", "]");
            if op == STORE_SUBSCR {
                out.push_str(" = ");
                top(out, 2);
            }
        }
        COMPARE_OP => {
            top(out, 1);
            out.push(' ');
            out.push_str(CMP_OP.get(arg).copied().unwrap_or("?"));
            out.push(' ');
            top(out, 0);
        }
        LOAD_CONST => match frame.code.consts.get(arg) {
            Some(v) => r(out, v),
            None => return false,
        },
        LOAD_FAST => match local_name {
            Some(n) => shown(out, n, frame.fast.get(arg).and_then(Option::as_ref)),
            None => return false,
        },
        STORE_FAST | DELETE_FAST | STORE_NAME | STORE_GLOBAL | DELETE_NAME | DELETE_GLOBAL
        | IMPORT_NAME => {
            let local = matches!(op, STORE_FAST | DELETE_FAST);
            let Some(n) = (if local { local_name } else { global_name }) else {
                return false;
            };
            match op {
                STORE_FAST | STORE_NAME | STORE_GLOBAL => {
                    out.push_str(n);
                    around(out, " = ", "");
                }
                IMPORT_NAME => {
                    out.push_str("import ");
                    out.push_str(n);
                }
                _ => {
                    out.push_str("del ");
                    out.push_str(n);
                }
            }
        }
        LOAD_GLOBAL | LOAD_NAME => {
            let Some(n) = global_name else {
                return false;
            };
            let locals = if op == LOAD_NAME {
                frame.locals.as_ref().and_then(|l| l.get_str(n))
            } else {
                None
            };
            let v = locals
                .or_else(|| frame.globals.get_str(n))
                .or_else(|| frame.builtins.get_str(n));
            shown(out, n, v.as_ref());
        }
        LOAD_DEREF | LOAD_CLOSURE | STORE_DEREF => {
            let Some(n) = free_name() else {
                return false;
            };
            match op {
                LOAD_DEREF => {
                    let v = frame.cells.get(arg).and_then(|c| c.get());
                    shown(out, n, v.as_ref());
                }
                LOAD_CLOSURE => out.push_str(n),
                _ => {
                    out.push_str(n);
                    around(out, " = ", "");
                }
            }
        }
        LOAD_ATTR | STORE_ATTR | DELETE_ATTR | IMPORT_FROM => {
            let Some(n) = global_name else {
                return false;
            };
            match op {
                LOAD_ATTR => {
                    top(out, 0);
                    out.push('.');
                    out.push_str(n);
                }
                STORE_ATTR => {
                    top(out, 0);
                    out.push('.');
                    out.push_str(n);
                    out.push_str(" = ");
                    top(out, 1);
                }
                DELETE_ATTR => {
                    around(out, "del ", ".");
                    out.push_str(n);
                }
                _ => {
                    around(out, "from ", " import ");
                    out.push_str(n);
                }
            }
        }
        CALL_FUNCTION | CALL_FUNCTION_VAR | CALL_FUNCTION_KW | CALL_FUNCTION_VAR_KW => {
            write_call(out, vm, frame, op, arg)
        }
        RETURN_VALUE => around(out, "return ", ""),
        YIELD_VALUE => around(out, "yield ", ""),
        PRINT_ITEM => around(out, "print ", ""),
        PRINT_EXPR => top(out, 0),
        POP_TOP => around(out, "discard ", ""),
        GET_ITER => around(out, "iter(", ")"),
        FOR_ITER => {
            around(out, "next(", "), or to ");
            push_int(out, jump.unwrap_or(0) as i64);
            out.push_str(" when it ends");
        }
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
            around(out, "", ": to ");
            push_int(out, jump.unwrap_or(0) as i64);
            let on_false = matches!(op, POP_JUMP_IF_FALSE | JUMP_IF_FALSE_OR_POP);
            out.push_str(if on_false { " if false" } else { " if true" });
        }
        BUILD_TUPLE | BUILD_LIST | BUILD_SET => {
            let (open, close) = match op {
                BUILD_TUPLE if arg == 1 => ("(", ",)"),
                BUILD_TUPLE => ("(", ")"),
                BUILD_LIST => ("[", "]"),
                _ => ("{", "}"),
            };
            out.push_str(open);
            for (i, d) in (0..arg).rev().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                top(out, d);
            }
            out.push_str(close);
        }
        UNPACK_SEQUENCE => {
            around(out, "", " into ");
            push_int(out, arg as i64);
        }
        RAISE_VARARGS => {
            out.push_str("raise");
            if arg == 0 {
                out.push_str(" (again)");
            }
            for (i, d) in (0..arg.min(3)).rev().enumerate() {
                out.push_str(if i > 0 { ", " } else { " " });
                top(out, d);
            }
        }
        _ => return false,
    }
    true
}

/// The operator of a binary or in-place opcode.
fn binary_symbol(op: u8) -> Option<&'static str> {
    use opcode::*;
    Some(match op {
        BINARY_ADD => "+",
        BINARY_SUBTRACT => "-",
        BINARY_MULTIPLY => "*",
        BINARY_MODULO => "%",
        BINARY_DIVIDE | BINARY_TRUE_DIVIDE => "/",
        BINARY_FLOOR_DIVIDE => "//",
        BINARY_POWER => "**",
        BINARY_LSHIFT => "<<",
        BINARY_RSHIFT => ">>",
        BINARY_AND => "&",
        BINARY_XOR => "^",
        BINARY_OR => "|",
        INPLACE_ADD => "+=",
        INPLACE_SUBTRACT => "-=",
        INPLACE_MULTIPLY => "*=",
        INPLACE_MODULO => "%=",
        INPLACE_DIVIDE | INPLACE_TRUE_DIVIDE => "/=",
        INPLACE_FLOOR_DIVIDE => "//=",
        INPLACE_POWER => "**=",
        INPLACE_LSHIFT => "<<=",
        INPLACE_RSHIFT => ">>=",
        INPLACE_AND => "&=",
        INPLACE_XOR => "^=",
        INPLACE_OR => "|=",
        _ => return None,
    })
}

/// `f(a, b, k=v, *args, **kwargs)` for a call about to be made.
fn write_call(out: &mut String, vm: &Vm, frame: &Frame, op: u8, arg: usize) {
    let (npos, nkw) = (arg & 0xff, (arg >> 8) & 0xff);
    let has_var = matches!(op, opcode::CALL_FUNCTION_VAR | opcode::CALL_FUNCTION_VAR_KW);
    let has_kw = matches!(op, opcode::CALL_FUNCTION_KW | opcode::CALL_FUNCTION_VAR_KW);
    let extra = usize::from(has_var) + usize::from(has_kw);
    let r = |out: &mut String, d: usize| match peek(frame, d) {
        Some(v) => safe_repr_into(out, vm, v, 40),
        None => out.push_str("<empty>"),
    };
    let below = extra + 2 * nkw + npos;
    match peek(frame, below) {
        Some(f) => out.push_str(&callable_name(vm, f)),
        None => out.push_str("<empty>"),
    }
    out.push('(');
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    for i in 0..npos {
        sep(out);
        r(out, below - 1 - i);
    }
    for k in 0..nkw {
        sep(out);
        let key_depth = extra + 2 * (nkw - k) - 1;
        match peek(frame, key_depth) {
            Some(Value::Str(s)) => out.push_str(&s.to_text()),
            Some(v) => safe_repr_into(out, vm, v, 20),
            None => out.push('?'),
        }
        out.push('=');
        r(out, key_depth - 1);
    }
    if has_var {
        sep(out);
        out.push('*');
        r(out, usize::from(has_kw));
    }
    if has_kw {
        sep(out);
        out.push_str("**");
        r(out, 0);
    }
    out.push(')');
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

/// Appends the decimal digits of `n`.
#[inline]
fn push_int(out: &mut String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}

thread_local! {
    /// Recent float reprs by the float's bits: a value stays on the stack
    /// for several instructions, and its shortest repr is costly to find.
    static FLOAT_REPRS: std::cell::RefCell<Vec<(u64, String)>> =
        std::cell::RefCell::new(vec![(u64::MAX, String::new()); 1024]);
}

/// Gives `use_text` the repr of `x`, from the cache when it is there.
pub fn with_float_repr(x: f64, use_text: impl FnOnce(&str)) {
    let bits = x.to_bits();
    FLOAT_REPRS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let slot = (bits ^ (bits >> 29) ^ (bits >> 47)) as usize % cache.len();
        let entry = &mut cache[slot];
        // u64::MAX is a NaN's bits: a NaN is formatted each time.
        if entry.0 != bits || bits == u64::MAX {
            entry.0 = bits;
            entry.1.clear();
            crate::objects::floatobject::repr_into(&mut entry.1, x);
        }
        use_text(&entry.1);
    })
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
    // The commonest value, never longer than 20 characters.
    if let (Value::Int(i), 20..) = (v, limit) {
        push_int(out, *i);
        return;
    }
    let start = out.len();
    write_repr(vm, v, out, start + limit + 1, 0);
    // Bytes are at least as many as characters: most reprs need no count.
    if out.len() - start > limit {
        let text = &out[start..];
        // Most reprs are ASCII, where a character is a byte.
        let keep = if text.is_ascii() {
            Some(start + limit.saturating_sub(3))
        } else if text.chars().count() > limit {
            text.char_indices()
                .nth(limit.saturating_sub(3))
                .map(|(at, _)| start + at)
        } else {
            None
        };
        if let Some(keep) = keep {
            out.truncate(keep);
            out.push_str("...");
        }
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
        Value::Int(i) => push_int(out, *i),
        Value::Float(x) => with_float_repr(x.get(), |text| out.push_str(text)),
        Value::Str(s) => {
            crate::objects::stringobject::repr_quoted_into(out, s.as_bytes(), s.quote(), budget)
        }
        Value::Unicode(u) => {
            crate::objects::unicodeobject::repr_quoted_into(out, &u.chars, u.quote(), budget)
        }
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
            out.push_str(if m.self_.is_some() {
                "<bound method "
            } else {
                "<unbound method "
            });
            match &m.class {
                Value::Type(t) => out.push_str(&t.name.borrow()),
                _ => out.push('?'),
            }
            out.push('.');
            match &m.func {
                Value::Function(f) => push_function_name(out, f),
                _ => out.push('?'),
            }
            match &m.self_ {
                Some(s) => {
                    out.push_str(" of ");
                    write_repr(vm, s, out, budget, depth + 1);
                    out.push('>');
                }
                None => out.push('>'),
            }
        }
        Value::Instance(_) => vm.write_default_repr(out, v),
        _ => vm.write_simple_repr(out, v),
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

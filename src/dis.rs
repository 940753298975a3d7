//! The disassembler (CPython: `Lib/dis.py`).
//!
//! [`disassemble`] prints exactly what CPython 2.7's `dis.disassemble(co, lasti)`
//! prints, byte for byte, trailing spaces included. [`decode`] splits `co_code`
//! into instructions for everything else that walks bytecode.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::code::Code;
use crate::objects::stringobject;
use crate::opcode::{self, ArgKind, EXTENDED_ARG, HAVE_ARGUMENT};

/// One decoded instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub offset: usize,
    pub opcode: u8,
    /// The two argument bytes as a number, without any `EXTENDED_ARG` prefix;
    /// `None` for opcodes without an argument.
    pub raw_arg: Option<u16>,
    /// The argument with the preceding `EXTENDED_ARG` applied.
    pub arg: Option<u64>,
    /// Whether an `EXTENDED_ARG` preceded this instruction.
    pub extended: bool,
    /// The instruction ends before its two argument bytes do.
    pub truncated: bool,
}

impl Instruction {
    /// The offset of the next instruction.
    pub fn next_offset(&self) -> usize {
        if self.raw_arg.is_some() || self.truncated {
            self.offset + 3
        } else {
            self.offset + 1
        }
    }

    pub fn name(&self) -> String {
        opcode::name(self.opcode)
    }

    /// Where a jump goes, for jump instructions: `(to N)` in the listing.
    pub fn jump_target(&self) -> Option<u64> {
        let arg = self.arg?;
        match opcode::arg_kind(self.opcode) {
            ArgKind::RelativeJump => Some(self.next_offset() as u64 + arg),
            ArgKind::AbsoluteJump => Some(arg),
            _ => None,
        }
    }
}

/// Splits bytecode into instructions, as the eval loop reads it: one opcode
/// byte, then a little-endian two-byte argument for opcodes from
/// `HAVE_ARGUMENT` on, widened by a preceding `EXTENDED_ARG`.
pub fn decode(code: &[u8]) -> Vec<Instruction> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut extended: Option<u64> = None;
    while i < code.len() {
        let op = code[i];
        if op < HAVE_ARGUMENT {
            out.push(Instruction {
                offset: i,
                opcode: op,
                raw_arg: None,
                arg: None,
                extended: false,
                truncated: false,
            });
            // dis keeps a pending EXTENDED_ARG across instructions without an argument.
            i += 1;
            continue;
        }
        if i + 2 >= code.len() {
            out.push(Instruction {
                offset: i,
                opcode: op,
                raw_arg: None,
                arg: None,
                extended: extended.is_some(),
                truncated: true,
            });
            break;
        }
        let raw = u16::from_le_bytes([code[i + 1], code[i + 2]]);
        let arg = u64::from(raw) + extended.unwrap_or(0);
        out.push(Instruction {
            offset: i,
            opcode: op,
            raw_arg: Some(raw),
            arg: Some(arg),
            extended: extended.is_some(),
            truncated: false,
        });
        extended = (op == EXTENDED_ARG).then(|| arg.wrapping_mul(65536));
        i += 3;
    }
    out
}

/// The offsets that jumps lead to, as `dis.findlabels` computes them: from the
/// two argument bytes alone, ignoring `EXTENDED_ARG`.
pub fn find_labels(code: &[u8]) -> HashSet<u64> {
    decode(code)
        .iter()
        .filter_map(|ins| {
            let raw = u64::from(ins.raw_arg?);
            match opcode::arg_kind(ins.opcode) {
                ArgKind::RelativeJump => Some(ins.next_offset() as u64 + raw),
                ArgKind::AbsoluteJump => Some(raw),
                _ => None,
            }
        })
        .collect()
}

/// The listing of one code object, as `dis.disassemble(code, lasti)` prints it.
/// `lasti` marks the current instruction with `-->`.
pub fn disassemble(code: &Code, lasti: Option<usize>) -> String {
    let labels = find_labels(&code.code);
    let line_starts: HashMap<usize, i64> = code.line_starts().into_iter().collect();
    let mut out = String::new();
    for ins in decode(&code.code) {
        let i = ins.offset;
        match line_starts.get(&i) {
            Some(line) => {
                if i > 0 {
                    out.push('\n');
                }
                let _ = write!(out, "{line:3}");
            }
            None => out.push_str("   "),
        }
        out.push_str(if lasti == Some(i) { " -->" } else { "    " });
        out.push_str(if labels.contains(&(i as u64)) {
            " >>"
        } else {
            "   "
        });
        let _ = write!(out, " {i:>4} {:<20}", ins.name());
        if ins.truncated {
            out.push_str(" (argument cut off by the end of the code)");
        } else if let Some(arg) = ins.arg {
            // After EXTENDED_ARG, dis computes the argument as a Python long,
            // so it prints with an `L`.
            let suffix = if ins.extended { "L" } else { "" };
            let _ = write!(out, " {:>5}", format!("{arg}{suffix}"));
            if let Some(hint) = hint(code, &ins, suffix) {
                out.push(' ');
                out.push_str(&hint);
            }
        }
        out.push('\n');
    }
    out
}

/// The parenthesised note after an argument: the constant, name, variable,
/// jump target or comparison it stands for.
fn hint(code: &Code, ins: &Instruction, suffix: &str) -> Option<String> {
    let arg = ins.arg?;
    let index = usize::try_from(arg).unwrap_or(usize::MAX);
    let pick = |items: &[std::rc::Rc<str>]| -> String {
        items
            .get(index)
            .map_or_else(|| out_of_range(arg, items.len()), |s| s.to_string())
    };
    let text = match opcode::arg_kind(ins.opcode) {
        ArgKind::None | ArgKind::Number | ArgKind::AbsoluteJump => return None,
        ArgKind::Const => code
            .consts
            .get(index)
            .map_or_else(|| out_of_range(arg, code.consts.len()), |c| c.repr()),
        ArgKind::Name => pick(&code.names),
        ArgKind::Local => pick(&code.varnames),
        ArgKind::RelativeJump => format!("to {}{suffix}", ins.next_offset() as u64 + arg),
        ArgKind::Compare => opcode::CMP_OP.get(index).map_or_else(
            || out_of_range(arg, opcode::CMP_OP.len()),
            |s| s.to_string(),
        ),
        ArgKind::Free => {
            let free: Vec<_> = code
                .cellvars
                .iter()
                .chain(&code.freevars)
                .cloned()
                .collect();
            pick(&free)
        }
    };
    Some(format!("({text})"))
}

/// What `dis` prints in parentheses after an instruction's argument
/// (empty when it prints nothing there).
pub fn argrepr(code: &Code, ins: &Instruction) -> String {
    let suffix = if ins.extended { "L" } else { "" };
    hint(code, ins, suffix)
        .map(|h| h[1..h.len() - 1].to_string())
        .unwrap_or_default()
}

fn out_of_range(index: u64, len: usize) -> String {
    format!("<index {index} out of range: only {len}>")
}

/// The module's listing, then every nested code object's, depth-first in
/// `co_consts` order, each after a blank line and a `Disassembly of ...:` header.
pub fn dis_recursive(code: &Code) -> String {
    let mut out = disassemble(code, None);
    for nested in code.nested_code() {
        write_nested(&mut out, nested);
    }
    out
}

fn write_nested(out: &mut String, code: &Code) {
    let _ = write!(out, "\nDisassembly of {}:\n", code.repr());
    out.push_str(&disassemble(code, None));
    for nested in code.nested_code() {
        write_nested(out, nested);
    }
}

/// The walk from bytes to instructions, for every code object: `co_code` as
/// Python's `repr` shows the string, as the list of its byte values, and then
/// each instruction's bytes beside its decoded form.
pub fn raw_listing(code: &Code) -> String {
    let mut out = String::new();
    write_raw(&mut out, code, true);
    out
}

fn write_raw(out: &mut String, code: &Code, first: bool) {
    if !first {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "code object {}, file \"{}\", line {}",
        code.name, code.filename, code.firstlineno
    );
    let _ = writeln!(out, "co_code, as repr() shows the string:");
    let _ = writeln!(out, "    {}", stringobject::repr(&code.code));
    let ordinals: Vec<String> = code.code.iter().map(u8::to_string).collect();
    let _ = writeln!(out, "co_code, as byte values ([ord(b) for b in co_code]):");
    let _ = writeln!(out, "    [{}]", ordinals.join(", "));
    let _ = writeln!(
        out,
        "instructions (offset: opcode byte, argument bytes -> name, argument):"
    );
    for ins in decode(&code.code) {
        let end = ins.next_offset().min(code.code.len());
        let bytes: Vec<String> = code.code[ins.offset..end]
            .iter()
            .map(|b| format!("{b:3}"))
            .collect();
        let _ = write!(
            out,
            "    {:>4}: {:<11} -> {}",
            ins.offset,
            bytes.join(" "),
            ins.name()
        );
        match (ins.raw_arg, ins.arg) {
            (Some(raw), Some(arg)) => {
                let [low, high] = raw.to_le_bytes();
                let _ = write!(out, " {arg}");
                if ins.extended {
                    let _ = write!(
                        out,
                        "  ({low} + {high}*256 + {} from EXTENDED_ARG)",
                        arg - u64::from(raw)
                    );
                } else if high != 0 {
                    let _ = write!(out, "  ({low} + {high}*256)");
                }
            }
            _ if ins.truncated => out.push_str("  (argument cut off by the end of the code)"),
            _ => {}
        }
        out.push('\n');
    }
    for nested in code.nested_code() {
        write_raw(out, nested, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    /// `mod(a, b)` from the seed, as CPython 2.7 compiles it.
    fn seed_mod() -> Code {
        Code {
            argcount: 2,
            nlocals: 3,
            stacksize: 2,
            flags: 0x43,
            code: Rc::from(&b"|\x00\x00|\x01\x00\x16}\x02\x00|\x02\x00S"[..]),
            consts: vec![crate::code::Const::None],
            names: vec![],
            varnames: vec![Rc::from("a"), Rc::from("b"), Rc::from("ans")],
            freevars: vec![],
            cellvars: vec![],
            filename: Rc::from("mod.py"),
            name: Rc::from("mod"),
            firstlineno: 1,
            lnotab: Rc::from(&[0u8, 1, 10, 1][..]),
        }
    }

    #[test]
    fn seed_listing() {
        let want = concat!(
            "  2           0 LOAD_FAST                0 (a)\n",
            "              3 LOAD_FAST                1 (b)\n",
            "              6 BINARY_MODULO       \n",
            "              7 STORE_FAST               2 (ans)\n",
            "\n",
            "  3          10 LOAD_FAST                2 (ans)\n",
            "             13 RETURN_VALUE        \n",
        );
        assert_eq!(disassemble(&seed_mod(), None), want);
    }

    #[test]
    fn current_instruction_is_marked() {
        let listing = disassemble(&seed_mod(), Some(6));
        assert!(
            listing.contains("\n    -->       6 BINARY_MODULO       \n"),
            "{listing}"
        );
    }

    #[test]
    fn extended_arg_prints_like_a_long() {
        let mut code = seed_mod();
        // EXTENDED_ARG 1; JUMP_FORWARD 4 -> argument 65540, target 65546.
        code.code = Rc::from(&[145u8, 1, 0, 110, 4, 0][..]);
        code.lnotab = Rc::from(&[][..]);
        let listing = disassemble(&code, None);
        assert!(
            listing.contains("EXTENDED_ARG             1\n"),
            "{listing}"
        );
        // As python2.7 prints it for the same code object.
        assert!(
            listing.contains("\n              3 JUMP_FORWARD         65540L (to 65546L)\n"),
            "{listing}"
        );
    }

    #[test]
    fn bad_bytecode_never_panics() {
        let mut code = seed_mod();
        code.code = Rc::from(&[100u8, 9, 0, 6, 124][..]);
        let listing = disassemble(&code, None);
        assert!(
            listing.contains("(<index 9 out of range: only 1>)"),
            "{listing}"
        );
        assert!(listing.contains("<6>"), "{listing}");
        assert!(listing.contains("cut off"), "{listing}");
    }
}

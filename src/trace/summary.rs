//! `glasspy trace --summary`: what a run of a program cost, counted over
//! the instructions the trace wrote.

use std::collections::HashMap;
use std::rc::Rc;

use crate::code::Code;
use crate::opcode;
use crate::vm::code::CodeObject;

use super::sink::{json_string, write_left, write_padded, write_u64};

/// Counts kept while tracing.
pub struct Summary {
    pub instructions: u64,
    by_opcode: Box<[u64; 256]>,
    /// Per code object: the code and its count, in the order first seen.
    functions: Vec<(Rc<Code>, u64)>,
    index: HashMap<usize, usize>,
    /// The last code counted and its index in `functions`.
    last: Option<(usize, usize)>,
    /// The deepest value stack after an instruction, and where.
    pub max_stack: usize,
    max_stack_at: Option<Rc<Code>>,
    /// The deepest frame depth.
    pub max_depth: usize,
    pub calls: u64,
    pub exceptions: u64,
}

impl Default for Summary {
    fn default() -> Summary {
        Summary {
            instructions: 0,
            by_opcode: Box::new([0; 256]),
            functions: Vec::new(),
            index: HashMap::new(),
            last: None,
            max_stack: 0,
            max_stack_at: None,
            max_depth: 0,
            calls: 0,
            exceptions: 0,
        }
    }
}

impl Summary {
    /// Counts one instruction of `code` at frame depth `depth`.
    #[inline]
    pub fn count(&mut self, code: &CodeObject, op: u8, depth: usize) {
        self.instructions += 1;
        self.by_opcode[usize::from(op)] += 1;
        let key = Rc::as_ptr(&code.code) as usize;
        let slot = match self.last {
            Some((k, i)) if k == key => i,
            _ => {
                let functions = &mut self.functions;
                let i = *self.index.entry(key).or_insert_with(|| {
                    functions.push((code.code.clone(), 0));
                    functions.len() - 1
                });
                self.last = Some((key, i));
                i
            }
        };
        self.functions[slot].1 += 1;
        self.see_depth(depth);
    }

    /// Notes the size of the value stack an instruction of `code` left.
    #[inline]
    pub fn see_stack(&mut self, code: &CodeObject, stack: usize) {
        if stack > self.max_stack {
            self.max_stack = stack;
            self.max_stack_at = Some(code.code.clone());
        }
    }

    pub fn see_depth(&mut self, depth: usize) {
        self.max_depth = self.max_depth.max(depth);
    }

    /// Opcode names and counts, most frequent first (then by name).
    fn opcodes(&self) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .by_opcode
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(op, &n)| (opcode::name(op as u8), n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    /// Functions and counts, most instructions first (then as first seen).
    fn functions(&self) -> Vec<&(Rc<Code>, u64)> {
        let mut v: Vec<&(Rc<Code>, u64)> = self.functions.iter().collect();
        v.sort_by_key(|f| std::cmp::Reverse(f.1));
        v
    }

    pub fn write_text(&self, out: &mut String, stopped: bool) {
        let mut text = String::new();
        text.push_str("\nsummary\n");
        text.push_str(&format!(
            "  instructions: {}{}\n",
            self.instructions,
            if stopped {
                " (tracing stopped early)"
            } else {
                ""
            }
        ));
        text.push_str(&format!(
            "  calls: {}, exceptions: {}\n",
            self.calls, self.exceptions
        ));
        text.push_str(&format!("  deepest frame depth: {}\n", self.max_depth));
        text.push_str(&format!("  deepest value stack: {}", self.max_stack));
        if let Some(code) = &self.max_stack_at {
            text.push_str(&format!(" (in {})", code.name));
        }
        text.push('\n');
        out.push_str(&text);
        out.push_str("  instructions by function:\n");
        for (code, n) in self.functions() {
            let name = format!("{} ({}:{})", code.name, code.filename, code.firstlineno);
            out.push_str("    ");
            write_padded(out, *n as i64, 10);
            out.push_str("  ");
            out.push_str(&name);
            out.push('\n');
        }
        out.push_str("  instructions by opcode:\n");
        for (name, n) in self.opcodes() {
            out.push_str("    ");
            write_padded(out, n as i64, 10);
            out.push_str("  ");
            write_left(out, &name, 0);
            out.push('\n');
        }
    }

    pub fn write_json(&self, out: &mut String, seq: u64, micros: u64, stopped: bool) {
        out.push_str("{\"seq\":");
        write_u64(out, seq);
        out.push_str(&format!(
            ",\"time\":{}.{:06}",
            micros / 1_000_000,
            micros % 1_000_000
        ));
        out.push_str(",\"event\":\"summary\",\"instructions\":");
        write_u64(out, self.instructions);
        out.push_str(",\"calls\":");
        write_u64(out, self.calls);
        out.push_str(",\"exceptions\":");
        write_u64(out, self.exceptions);
        out.push_str(",\"max_depth\":");
        write_u64(out, self.max_depth as u64);
        out.push_str(",\"max_stack\":");
        write_u64(out, self.max_stack as u64);
        out.push_str(",\"stopped\":");
        out.push_str(if stopped { "true" } else { "false" });
        out.push_str(",\"by_opcode\":{");
        for (i, (name, n)) in self.opcodes().into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_string(out, &name);
            out.push(':');
            write_u64(out, n);
        }
        out.push_str("},\"by_function\":[");
        for (i, (code, n)) in self.functions().into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"code\":");
            json_string(out, &code.name);
            out.push_str(",\"file\":");
            json_string(out, &code.filename);
            out.push_str(",\"line\":");
            write_u64(out, code.firstlineno.max(0) as u64);
            out.push_str(",\"instructions\":");
            write_u64(out, *n);
            out.push('}');
        }
        out.push_str("]}\n");
    }
}

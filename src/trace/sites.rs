//! What a trace needs to know about each instruction, found once per place
//! in the code rather than once per run of it: the decoded instruction and
//! the text `dis` gives its argument. And the operands of the commonest
//! instructions written without building intermediate strings; every other
//! instruction is described by `vm::describe`, whose text these match (a
//! test runs both over many programs).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use crate::code::Code;
use crate::dis;
use crate::objects::object::Value;
use crate::opcode::{self, CMP_OP};
use crate::vm::describe::{safe_repr_into, REPR_LIMIT};
use crate::vm::frame::Frame;
use crate::vm::Vm;

use super::sink::{json_escape, json_string, write_i64, write_left, write_padded, write_u64};

/// One instruction of a code object, with the parts of its trace lines
/// that are the same each time it runs, made once.
pub struct Site {
    pub opcode: u8,
    pub opname: String,
    pub arg: Option<u64>,
    pub argrepr: String,
    jump: Option<u64>,
    /// Text: line, offset and the opname padded for what follows it.
    pub text: Box<[u8]>,
    /// How much of `text` to write when nothing follows the opname.
    pub text_bare: usize,
    /// JSON: the fields from `code` to `argrepr`, then `,"operands":"`.
    pub json: Box<[u8]>,
}
/// The sites of the code objects seen so far.
#[derive(Default)]
pub struct Sites {
    /// Per code object (kept alive here, so its address stays its own).
    codes: HashMap<usize, usize, BuildHasherDefault<AddressHasher>>,
    /// The sites, in the order their code objects were first seen.
    all: Vec<CodeSites>,
    /// The last code object looked up, and where its sites are: most
    /// events are in the code of the one before.
    last: Option<(usize, usize)>,
}

/// Hashes a code object's address: one multiplication (the default hasher
/// guards against adversarial keys, which addresses are not).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

struct CodeSites {
    /// Kept so that the address stays this code's.
    _code: Rc<Code>,
    /// `,"code":NAME,"file":FILE` for JSON events.
    json_names: Rc<[u8]>,
    sites: Vec<Option<Rc<Site>>>,
}

impl Sites {
    /// The instruction at `offset` of `code` (after any `EXTENDED_ARG`).
    pub fn get(&mut self, code: &Rc<Code>, offset: usize) -> Rc<Site> {
        let entry = self.entry(code);
        let slot = offset.min(entry.sites.len() - 1);
        let names = &entry.json_names;
        entry.sites[slot]
            .get_or_insert_with(|| Rc::new(decode_site(code, names, offset)))
            .clone()
    }

    /// `,"code":NAME,"file":FILE` for `code`, escaped once.
    pub fn json_names(&mut self, code: &Rc<Code>) -> Rc<[u8]> {
        self.entry(code).json_names.clone()
    }

    fn entry(&mut self, code: &Rc<Code>) -> &mut CodeSites {
        let key = Rc::as_ptr(code) as usize;
        let index = match self.last {
            Some((k, i)) if k == key => i,
            _ => {
                let next = self.all.len();
                let i = *self.codes.entry(key).or_insert(next);
                if i == next {
                    let mut names = b",\"code\":".to_vec();
                    json_string(&mut names, &code.name);
                    names.extend_from_slice(b",\"file\":");
                    json_string(&mut names, &code.filename);
                    self.all.push(CodeSites {
                        _code: code.clone(),
                        json_names: names.into(),
                        sites: vec![None; code.code.len() + 1],
                    });
                }
                self.last = Some((key, i));
                i
            }
        };
        &mut self.all[index]
    }
}

fn decode_site(code: &Code, json_names: &[u8], offset: usize) -> Site {
    // At most a few EXTENDED_ARG prefixes, then the instruction itself.
    let mut end = offset;
    while code.code.get(end) == Some(&opcode::EXTENDED_ARG) {
        end += 3;
    }
    let window = code
        .code
        .get(offset..(end + 3).min(code.code.len()))
        .unwrap_or(&[]);
    let ins = dis::decode(window)
        .into_iter()
        .find(|i| i.opcode != opcode::EXTENDED_ARG);
    let (opcode, opname, arg, argrepr, jump) = match ins {
        Some(mut ins) => {
            ins.offset += offset;
            let argrepr = dis::argrepr(code, &ins);
            (ins.opcode, ins.name(), ins.arg, argrepr, ins.jump_target())
        }
        None => (
            opcode::STOP_CODE,
            opcode::name(opcode::STOP_CODE),
            None,
            String::new(),
            None,
        ),
    };
    let line = code.addr_to_line(offset);
    let mut text = Vec::new();
    write_padded(&mut text, line, 4);
    write_padded(&mut text, offset as i64, 6);
    text.push(b' ');
    let text_bare = text.len() + opname.len();
    write_left(&mut text, &opname, 20);
    text.push(b' ');
    let mut json = json_names.to_vec();
    json.extend_from_slice(b",\"line\":");
    write_i64(&mut json, line);
    json.extend_from_slice(b",\"offset\":");
    write_u64(&mut json, offset as u64);
    json.extend_from_slice(b",\"opname\":");
    json_string(&mut json, &opname);
    json.extend_from_slice(b",\"arg\":");
    match arg {
        Some(a) => write_u64(&mut json, a),
        None => json.extend_from_slice(b"null"),
    }
    json.extend_from_slice(b",\"argrepr\":");
    json_string(&mut json, &argrepr);
    json.extend_from_slice(b",\"operands\":\"");
    Site {
        opcode,
        opname,
        arg,
        argrepr,
        jump,
        text: text.into(),
        text_bare,
        json: json.into(),
    }
}

/// Appends the repr `describe` shows for a value, escaped for a JSON
/// string if `json`: small numbers directly, anything else through
/// `safe_repr`.
#[inline]
pub fn push_repr(out: &mut Vec<u8>, vm: &Vm, v: &Value, json: bool) {
    match v {
        Value::Int(i) => write_i64(out, *i),
        // Float reprs need no JSON escaping.
        Value::Float(x) => with_float_repr(*x, |text| out.extend_from_slice(text.as_bytes())),
        Value::None => out.extend_from_slice(b"None"),
        Value::Bool(true) => out.extend_from_slice(b"True"),
        Value::Bool(false) => out.extend_from_slice(b"False"),
        _ => SCRATCH.with(|scratch| {
            let mut text = scratch.borrow_mut();
            text.clear();
            safe_repr_into(&mut text, vm, v, REPR_LIMIT);
            if json {
                json_escape(out, text.as_bytes());
            } else {
                out.extend_from_slice(text.as_bytes());
            }
        }),
    }
}

thread_local! {
    /// Where reprs are made before they are copied into the trace.
    static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };

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
            *entry = (bits, crate::objects::floatobject::repr(x));
        }
        use_text(&entry.1);
    })
}

/// The operands of the instruction `site` in `frame`, as `describe` writes
/// them, for the commonest instructions; `false` for the others.
pub fn fast_operands(out: &mut Vec<u8>, vm: &Vm, frame: &Frame, site: &Site) -> bool {
    let arg = site.arg.unwrap_or(0) as usize;
    let top = |out: &mut Vec<u8>, d: usize| match frame
        .stack
        .len()
        .checked_sub(d + 1)
        .and_then(|i| frame.stack.get(i))
    {
        Some(v) => push_repr(out, vm, v, false),
        None => out.extend_from_slice(b"<empty>"),
    };
    let code = &frame.code;
    match site.opcode {
        opcode::LOAD_FAST => {
            let Some(name) = code.code.varnames.get(arg) else {
                return false;
            };
            out.extend_from_slice(name.as_bytes());
            match frame.fast.get(arg).and_then(|v| v.as_ref()) {
                Some(v) => {
                    out.extend_from_slice(b": ");
                    push_repr(out, vm, v, false);
                }
                None => out.extend_from_slice(b": <unbound>"),
            }
        }
        opcode::STORE_FAST => {
            let Some(name) = code.code.varnames.get(arg) else {
                return false;
            };
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b" = ");
            top(out, 0);
        }
        opcode::LOAD_CONST => match code.consts.get(arg) {
            Some(v) => push_repr(out, vm, v, false),
            None => return false,
        },
        opcode::COMPARE_OP => {
            top(out, 1);
            out.push(b' ');
            out.extend_from_slice(CMP_OP.get(arg).copied().unwrap_or("?").as_bytes());
            out.push(b' ');
            top(out, 0);
        }
        opcode::POP_JUMP_IF_FALSE
        | opcode::POP_JUMP_IF_TRUE
        | opcode::JUMP_IF_FALSE_OR_POP
        | opcode::JUMP_IF_TRUE_OR_POP => {
            top(out, 0);
            let when = if site.opname.contains("FALSE") {
                &b"false"[..]
            } else {
                &b"true"[..]
            };
            out.extend_from_slice(b": to ");
            write_u64(out, site.jump.unwrap_or(0));
            out.extend_from_slice(b" if ");
            out.extend_from_slice(when);
        }
        opcode::JUMP_ABSOLUTE
        | opcode::JUMP_FORWARD
        | opcode::SETUP_LOOP
        | opcode::POP_BLOCK
        | opcode::NOP
        | opcode::ROT_TWO
        | opcode::ROT_THREE
        | opcode::DUP_TOP => out.extend_from_slice(site.argrepr.as_bytes()),
        op => {
            let Some(symbol) = binary_symbol(op) else {
                return false;
            };
            top(out, 1);
            out.push(b' ');
            out.extend_from_slice(symbol.as_bytes());
            out.push(b' ');
            top(out, 0);
        }
    }
    true
}

/// The operator `describe` shows for a binary or in-place opcode.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::tracing::{Event, Flow, Tracer};
    use crate::vm::PyResult;

    /// Checks every instruction's fast operands against `describe`'s.
    struct Check {
        sites: Sites,
        checked: std::rc::Rc<std::cell::Cell<u64>>,
    }

    impl Tracer for Check {
        fn event(&mut self, vm: &mut Vm, _step: u64, event: &Event) -> PyResult<Flow> {
            if let (Event::Instruction, Some(frame)) = (event, vm.frames.last()) {
                let site = self.sites.get(&frame.code.code, frame.pc);
                let mut fast = Vec::new();
                let described = crate::vm::describe::describe_next(vm, frame);
                assert_eq!(site.opname, described.opname);
                assert_eq!(site.arg, described.arg);
                assert_eq!(site.argrepr, described.argrepr);
                if fast_operands(&mut fast, vm, frame, &site) {
                    let fast = String::from_utf8(fast).expect("UTF-8 operands");
                    assert_eq!(fast, described.operands, "{}", site.opname);
                    self.checked.set(self.checked.get() + 1);
                }
            }
            Ok(Flow::Continue)
        }
    }

    #[test]
    fn fast_operands_read_as_describe_writes_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        for dir in ["programs", "tests/programs"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "pyc") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        let checked = std::rc::Rc::new(std::cell::Cell::new(0));
        for path in paths {
            let data = std::fs::read(&path).unwrap();
            let Ok(pyc) = crate::marshal::load_pyc(&data) else {
                continue;
            };
            let check = Check {
                sites: Sites::default(),
                checked: checked.clone(),
            };
            crate::vm::pythonrun::run_captured_traced(
                pyc.code,
                vec![path.to_string_lossy().into_owned()],
                Vec::new(),
                Some(20_000),
                Some(Box::new(check)),
            );
        }
        assert!(checked.get() > 10_000, "only {} checked", checked.get());
    }
}

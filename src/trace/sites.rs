//! What a trace needs to know about each instruction, found once per place
//! in the code rather than once per run of it: the decoded instruction, the
//! text `dis` gives its argument, and the parts of its trace lines that do
//! not change from one run of it to the next.

use crate::objects::object::Truth;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use crate::objects::iterobject::PyIter;
use crate::objects::methodobject::BuiltinFunction;

use crate::code::Code;
use crate::dis;
use crate::objects::object::Value;
use crate::opcode;
use crate::vm::describe::{safe_repr_into, with_float_repr, REPR_LIMIT};
use crate::vm::Vm;

use super::sink::{escape_from, json_string, write_i64, write_left, write_padded, write_u64};

/// One instruction of a code object, with the parts of its trace lines
/// that are the same each time it runs, made once.
pub struct Site {
    pub opcode: u8,
    pub arg: Option<u64>,
    pub argrepr: String,
    pub jump: Option<u64>,
    /// Text: line, offset and the opname padded for what follows it.
    pub text: Box<str>,
    /// How much of `text` to write when nothing follows the opname.
    pub text_bare: usize,
    /// JSON: the fields from `code` to `argrepr`, then `,"operands":"`.
    pub json: Box<str>,
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
    json_names: Box<str>,
    sites: Vec<Option<Box<Site>>>,
}

impl Sites {
    /// The instruction at `offset` of `code` (after any `EXTENDED_ARG`).
    pub fn get(&mut self, code: &Rc<Code>, offset: usize) -> &Site {
        let entry = self.entry(code);
        let slot = offset.min(entry.sites.len() - 1);
        let names = &entry.json_names;
        entry.sites[slot].get_or_insert_with(|| Box::new(decode_site(code, names, offset)))
    }

    /// `,"code":NAME,"file":FILE` for `code`, escaped once.
    pub fn json_names(&mut self, code: &Rc<Code>) -> &str {
        &self.entry(code).json_names
    }

    fn entry(&mut self, code: &Rc<Code>) -> &mut CodeSites {
        let key = Rc::as_ptr(code) as usize;
        let index = match self.last {
            Some((k, i)) if k == key => i,
            _ => {
                let next = self.all.len();
                let i = *self.codes.entry(key).or_insert(next);
                if i == next {
                    let mut names = String::from(",\"code\":");
                    json_string(&mut names, &code.name);
                    names.push_str(",\"file\":");
                    json_string(&mut names, &code.filename);
                    self.all.push(CodeSites {
                        _code: code.clone(),
                        json_names: names.into(),
                        sites: (0..=code.code.len()).map(|_| None).collect(),
                    });
                }
                self.last = Some((key, i));
                i
            }
        };
        &mut self.all[index]
    }
}

fn decode_site(code: &Code, json_names: &str, offset: usize) -> Site {
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
    let mut text = String::new();
    write_padded(&mut text, line, 4);
    write_padded(&mut text, offset as i64, 6);
    text.push(' ');
    let text_bare = text.len() + opname.len();
    write_left(&mut text, &opname, 20);
    text.push(' ');
    let mut json = json_names.to_string();
    json.push_str(",\"line\":");
    write_i64(&mut json, line);
    json.push_str(",\"offset\":");
    write_u64(&mut json, offset as u64);
    json.push_str(",\"opname\":");
    json_string(&mut json, &opname);
    json.push_str(",\"arg\":");
    match arg {
        Some(a) => write_u64(&mut json, a),
        None => json.push_str("null"),
    }
    json.push_str(",\"argrepr\":");
    json_string(&mut json, &argrepr);
    json.push_str(",\"operands\":\"");
    Site {
        opcode,
        arg,
        argrepr,
        jump,
        text: text.into(),
        text_bare,
        json: json.into(),
    }
}

/// How many reprs [`Reprs`] remembers.
const REMEMBERED: usize = 8;

/// Makes the reprs a trace shows, remembering those of the last few
/// iterators and built-in functions by identity: their reprs cannot change,
/// and a `for` loop's iterator is on the stack at every step of its body.
///
/// An entry holds its object by `Weak`, so the trace keeps no object alive
/// (nor delays a `__del__`), while the allocation it keeps means that no
/// other object can be at that address: the address names the object.
#[derive(Default)]
pub struct Reprs {
    remembered: [Option<(Held, String)>; REMEMBERED],
}

enum Held {
    Iter(Weak<PyIter>),
    Builtin(Weak<BuiltinFunction>),
}

impl Held {
    fn address(&self) -> usize {
        match self {
            Held::Iter(w) => w.as_ptr() as usize,
            Held::Builtin(w) => w.as_ptr() as usize,
        }
    }
}

impl Reprs {
    /// Appends the repr `describe` shows for a value, escaped for a JSON
    /// string if `json`: small numbers directly, anything else through
    /// `safe_repr`.
    #[inline]
    pub fn push(&mut self, out: &mut String, vm: &Vm, v: &Value, json: bool) {
        match v {
            Value::Int(i) => write_i64(out, *i),
            // Float reprs need no JSON escaping.
            Value::Float(x) => with_float_repr(x.get(), |text| out.push_str(text)),
            Value::None => out.push_str("None"),
            Value::Bool(Truth::True) => out.push_str("True"),
            Value::Bool(Truth::False) => out.push_str("False"),
            Value::Iter(it) => self.push_held(out, vm, v, Rc::as_ptr(it) as usize, json, || {
                Held::Iter(Rc::downgrade(it))
            }),
            // A method bound to an instance names the instance's class,
            // which can change.
            Value::Builtin(b) if !matches!(b.self_, Some(Value::Instance(_))) => {
                self.push_held(out, vm, v, Rc::as_ptr(b) as usize, json, || {
                    Held::Builtin(Rc::downgrade(b))
                })
            }
            _ => push_safe_repr(out, vm, v, json),
        }
    }

    fn push_held(
        &mut self,
        out: &mut String,
        vm: &Vm,
        v: &Value,
        address: usize,
        json: bool,
        hold: impl FnOnce() -> Held,
    ) {
        let entry = &mut self.remembered[(address >> 4) % REMEMBERED];
        match entry {
            Some((held, text)) if held.address() == address => out.push_str(text),
            _ => {
                let start = out.len();
                push_safe_repr(out, vm, v, json);
                *entry = Some((hold(), out[start..].to_string()));
            }
        }
    }
}

/// Appends `safe_repr`'s text for `v`, escaped for a JSON string if `json`.
fn push_safe_repr(out: &mut String, vm: &Vm, v: &Value, json: bool) {
    let start = out.len();
    safe_repr_into(out, vm, v, REPR_LIMIT);
    if json {
        escape_from(out, start);
    }
}

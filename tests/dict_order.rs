//! Dict and set iteration order, and the hashes behind it, compared with
//! CPython 2.7's: replays every scenario of
//! `tests/fixtures/dict_order/cases.txt` (written by
//! `scripts/gen_dict_order.py`, which documents the format) on
//! `objects::dicttable::Table`, and checks `hashes.txt`.

mod common;

use common::{read_text, root};
use glasspy::objects::dicttable::{Identity, MemoryError, Step, Table};
use glasspy::objects::floatobject;
use glasspy::objects::hashing;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// A hashable Python 2 value, enough for the fixtures.
#[derive(Debug, Clone)]
enum Key {
    Int(i64),
    Long(BigInt),
    Float(f64),
    Str(Vec<u8>),
    Unicode(Vec<u32>),
    Tuple(Vec<Key>),
}

/// A number as Python compares numbers: ints and longs exactly, floats
/// against them by exact value.
enum Number {
    Integer(BigInt),
    Float(f64),
}

impl Key {
    fn hash(&self) -> i64 {
        match self {
            Key::Int(i) => hashing::hash_int(*i),
            Key::Long(n) => hashing::hash_long(n),
            Key::Float(x) => hashing::hash_float(*x),
            Key::Str(s) => hashing::hash_bytes(s),
            Key::Unicode(u) => hashing::hash_unicode(u),
            Key::Tuple(items) => {
                let hashes: Vec<i64> = items.iter().map(Key::hash).collect();
                hashing::hash_tuple(&hashes)
            }
        }
    }

    fn number(&self) -> Option<Number> {
        match self {
            Key::Int(i) => Some(Number::Integer(BigInt::from(*i))),
            Key::Long(n) => Some(Number::Integer(n.clone())),
            Key::Float(x) => Some(Number::Float(*x)),
            _ => None,
        }
    }

    /// Python's `==` (`1 == 1L == 1.0`).
    fn py_eq(&self, other: &Key) -> bool {
        match (self, other) {
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Unicode(a), Key::Unicode(b)) => a == b,
            (Key::Tuple(a), Key::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y))
            }
            _ => match (self.number(), other.number()) {
                (Some(Number::Integer(a)), Some(Number::Integer(b))) => a == b,
                (Some(Number::Float(a)), Some(Number::Float(b))) => a == b,
                (Some(Number::Integer(i)), Some(Number::Float(x)))
                | (Some(Number::Float(x)), Some(Number::Integer(i))) => {
                    x.is_finite() && x.fract() == 0.0 && BigInt::from_f64(x) == Some(i)
                }
                _ => false,
            },
        }
    }

    /// The key in the fixture's notation.
    fn token(&self) -> String {
        match self {
            Key::Int(i) => i.to_string(),
            Key::Long(n) => format!("{n}L"),
            Key::Float(x) => format!("f{}", floatobject::repr(*x)),
            Key::Str(s) if s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_') => {
                format!("'{}", String::from_utf8_lossy(s))
            }
            Key::Str(s) => format!(
                "x{}",
                s.iter().map(|b| format!("{b:02x}")).collect::<String>()
            ),
            Key::Unicode(u) => format!(
                "u{}",
                u.iter()
                    .map(|c| format!("{c:x}"))
                    .collect::<Vec<_>>()
                    .join(".")
            ),
            Key::Tuple(items) => format!(
                "({})",
                items.iter().map(Key::token).collect::<Vec<_>>().join(",")
            ),
        }
    }
}

impl Identity for Key {
    /// The fixtures cannot say which keys are the same object; equal values
    /// of the same type stand in for it (for these types `is` and `==` then
    /// give the same lookups).
    fn is_same(&self, other: &Self) -> bool {
        match (self, other) {
            (Key::Int(a), Key::Int(b)) => a == b,
            (Key::Long(a), Key::Long(b)) => a == b,
            (Key::Float(a), Key::Float(b)) => a.to_bits() == b.to_bits(),
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Unicode(a), Key::Unicode(b)) => a == b,
            (Key::Tuple(a), Key::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.is_same(y))
            }
            _ => false,
        }
    }
}

/// Reads one key written in the fixture's notation from the front of `text`.
fn parse_key(text: &mut &str) -> Key {
    let end = |t: &str| t.find([',', ')']).unwrap_or(t.len());
    if let Some(rest) = text.strip_prefix('(') {
        *text = rest;
        let mut items = Vec::new();
        if let Some(rest) = text.strip_prefix(')') {
            *text = rest;
            return Key::Tuple(items);
        }
        loop {
            items.push(parse_key(text));
            let (sep, rest) = text.split_at(1);
            *text = rest;
            if sep == ")" {
                return Key::Tuple(items);
            }
            assert_eq!(sep, ",", "bad tuple");
        }
    }
    let (word, rest) = text.split_at(end(text));
    *text = rest;
    let (kind, body) = word.split_at(1);
    match kind {
        "f" => Key::Float(body.parse().unwrap_or_else(|_| panic!("bad float {word}"))),
        "'" => Key::Str(body.as_bytes().to_vec()),
        "x" => Key::Str(
            (0..body.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&body[i..i + 2], 16).unwrap())
                .collect(),
        ),
        "u" if body.is_empty() => Key::Unicode(Vec::new()),
        "u" => Key::Unicode(
            body.split('.')
                .map(|c| u32::from_str_radix(c, 16).unwrap())
                .collect(),
        ),
        _ => match word.strip_suffix('L') {
            Some(digits) => Key::Long(digits.parse().unwrap()),
            None => Key::Int(word.parse().unwrap_or_else(|_| panic!("bad int {word}"))),
        },
    }
}

fn key(token: &str) -> Key {
    let mut rest = token;
    let k = parse_key(&mut rest);
    assert!(rest.is_empty(), "trailing text in {token}");
    k
}

fn eq(stored: &Key, key: &Key) -> Result<bool, MemoryError> {
    Ok(stored.py_eq(key))
}

type T = Table<Key, ()>;

/// A register: a dict or a set (values do not matter, so both are `()`).
struct Reg {
    is_set: bool,
    table: T,
}

/// `d[k] = v` / `s.add(k)` the way a VM does it when `==` may run Python
/// code: the probe API, with no borrow held while comparing.
fn insert_via_probe(cell: &std::cell::RefCell<T>, k: Key) {
    let hash = k.hash();
    let mut probe = cell.borrow().probe(hash);
    let slot = loop {
        let step = cell.borrow().probe_next(&mut probe, &k);
        match step {
            Step::Found(slot) | Step::Vacant(slot) => break slot,
            Step::Compare(stored) => probe.compared(stored.py_eq(&k)),
        }
    };
    let mut table = cell.borrow_mut();
    let used_before = table.len();
    assert!(table.store_at(slot, k, hash, ()).is_ok());
    table.maybe_grow(used_before).unwrap();
}

/// `(hash, key)` of every key of `table`, in slot order.
fn entries(table: &T) -> Vec<(i64, Key)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(i) = table.next_active(pos) {
        let (hash, k, ()) = table.entry_at(i).unwrap();
        out.push((hash, k.clone()));
        pos = i + 1;
    }
    out
}

/// `set(d)` or `s.update(d)` for a dict `d` (CPython: `set_update_internal`):
/// one presize, then each key with its stored hash and the growth rule.
fn set_update_from_dict(set: &mut T, dict: &T) {
    set.presize_for_merge(dict.len()).unwrap();
    for (hash, k) in entries(dict) {
        set.insert(k, hash, (), eq).unwrap();
    }
}

fn keys_of(words: &[&str]) -> Vec<Key> {
    words.iter().map(|w| key(w)).collect()
}

fn filled(mut table: T, keys: Vec<Key>) -> T {
    for k in keys {
        let h = k.hash();
        table.insert(k, h, (), eq).unwrap();
    }
    table
}

struct Replay {
    regs: [Option<Reg>; 3],
    checks: usize,
    pops: usize,
}

fn reg_index(name: &str) -> usize {
    match name {
        "a" => 0,
        "b" => 1,
        "c" => 2,
        _ => panic!("bad register {name}"),
    }
}

impl Replay {
    fn new() -> Self {
        Replay {
            regs: [None, None, None],
            checks: 0,
            pops: 0,
        }
    }

    fn reg(&self, name: &str) -> &Reg {
        self.regs[reg_index(name)]
            .as_ref()
            .unwrap_or_else(|| panic!("register {name} unset"))
    }

    fn reg_mut(&mut self, name: &str) -> &mut Reg {
        self.regs[reg_index(name)]
            .as_mut()
            .unwrap_or_else(|| panic!("register {name} unset"))
    }

    fn put(&mut self, name: &str, is_set: bool, table: T) {
        self.regs[reg_index(name)] = Some(Reg { is_set, table });
    }

    /// Runs one line; an error message if it does not match CPython.
    fn run(&mut self, line: &str) -> Result<(), String> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (op, r, args) = (words[0], words[1], &words[2..]);
        match op {
            "new" => self.put(r, false, T::new()),
            "snew" => self.put(r, true, T::new()),
            "disp" => {
                let table = T::presized(args.len()).unwrap();
                self.put(r, false, filled(table, keys_of(args)));
            }
            "comp" | "pairs" | "fromlist" => self.put(r, false, filled(T::new(), keys_of(args))),
            "sdisp" | "slist" => self.put(r, true, filled(T::new(), keys_of(args))),
            "supdl" => {
                let reg = self.reg_mut(r);
                let table = std::mem::take(&mut reg.table);
                reg.table = filled(table, keys_of(args));
            }
            "set" | "add" => {
                let reg = self.reg_mut(r);
                let cell = std::cell::RefCell::new(std::mem::take(&mut reg.table));
                insert_via_probe(&cell, key(args[0]));
                reg.table = cell.into_inner();
            }
            "del" | "discard" => {
                let k = key(args[0]);
                let h = k.hash();
                self.reg_mut(r).table.remove(&k, h, eq).unwrap();
            }
            "popitem" | "pop" => {
                self.pops += 1;
                let (k, ()) = self.reg_mut(r).table.pop_item().ok_or("pop from empty")?;
                if k.token() != args[0] {
                    return Err(format!("popped {}", k.token()));
                }
            }
            "clear" => drop(self.reg_mut(r).table.clear()),
            "copy" | "dict" => {
                let src = self.reg(r);
                let (is_set, table) = (src.is_set, src.table.copy(eq).unwrap());
                self.put(args[0], is_set, table);
            }
            "sset" => {
                let src = self.reg(r);
                let table = if src.is_set {
                    src.table.copy(eq).unwrap()
                } else {
                    let mut t = T::new();
                    set_update_from_dict(&mut t, &src.table);
                    t
                };
                self.put(args[0], true, table);
            }
            "fromkeys" => {
                let src = &self.reg(r).table;
                let mut t = T::new();
                t.resize(src.len() / 2 * 3).unwrap();
                for (hash, k) in entries(src) {
                    t.insert_no_grow(k, hash, (), eq).unwrap();
                }
                self.put(args[0], false, t);
            }
            "upd" => {
                if r == args[0] {
                    return Ok(()); // d.update(d), s.update(s): nothing
                }
                let other = self.regs[reg_index(args[0])].take().unwrap();
                let dst = self.reg_mut(r);
                if dst.is_set && !other.is_set {
                    set_update_from_dict(&mut dst.table, &other.table);
                } else {
                    assert_eq!(dst.is_set, other.is_set, "{line}");
                    dst.table.update_from(&other.table, eq).unwrap();
                }
                self.regs[reg_index(args[0])] = Some(other);
            }
            "or" => {
                let mut t = self.reg(r).table.copy(eq).unwrap();
                if r != args[0] {
                    t.update_from(&self.reg(args[0]).table, eq).unwrap();
                }
                self.put(args[1], true, t);
            }
            "check" => {
                self.checks += 1;
                let got: Vec<String> = self.reg(r).table.keys().map(Key::token).collect();
                if got != args {
                    return Err(format!("got {}", got.join(" ")));
                }
            }
            _ => panic!("unknown operation {op}"),
        }
        Ok(())
    }
}

#[test]
fn dict_and_set_order_match_cpython() {
    let text = read_text(&root().join("tests/fixtures/dict_order/cases.txt"));
    let mut failures = Vec::new();
    let mut scenarios = 0;
    let (mut checks, mut pops) = (0, 0);
    let mut replay: Option<Replay> = None;
    let mut case = "";
    let mut failed = false;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if let Some(n) = line.strip_prefix("case ") {
            if let Some(done) = replay.take() {
                (checks, pops) = (checks + done.checks, pops + done.pops);
            }
            scenarios += 1;
            case = n;
            replay = Some(Replay::new());
            failed = false;
            continue;
        }
        if failed {
            continue; // the rest of a failed scenario
        }
        let Some(current) = replay.as_mut() else {
            panic!("operation before the first case: {line}");
        };
        if let Err(why) = current.run(line) {
            failures.push(format!("case {case}: {line}\n    {why}"));
            failed = true;
        }
    }
    if let Some(done) = replay {
        (checks, pops) = (checks + done.checks, pops + done.pops);
    }
    println!(
        "dict_order: {scenarios} scenarios, {checks} order checks, {pops} pops matched CPython"
    );
    assert!(
        failures.is_empty(),
        "{} of {scenarios} scenarios differ from CPython:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(scenarios >= 3000, "only {scenarios} scenarios");
}

#[test]
fn hashes_match_cpython() {
    let text = read_text(&root().join("tests/fixtures/dict_order/hashes.txt"));
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (token, hash) = line.rsplit_once(' ').unwrap();
        let expected: i64 = hash.parse().unwrap();
        let k = key(token);
        assert_eq!(k.token(), token, "the notation reads back");
        if k.hash() != expected {
            failures.push(format!("{token}: cpython {expected}, glasspy {}", k.hash()));
        }
        count += 1;
    }
    println!("hashes: {count} keys matched CPython");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(count > 1000);
}

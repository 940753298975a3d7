//! The `random` module (CPython: `Lib/random.py`, `Modules/_randommodule.c`).
//!
//! The Mersenne Twister core and every method of `random.Random` are native
//! here, computing what Python 2.7's `Random` computes step for step, so a
//! seed gives the same numbers, choices and shuffles as in CPython. Methods
//! that use `random()` call an overriding `random` of a subclass when there
//! is one. `jumpahead` (which hashes with SHA-512), `WichmannHill` and
//! `SystemRandom` are not provided.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::add_methods;
use crate::objects::abstract_::{BinOp, CmpOp};
use crate::objects::methodobject::{Args, BuiltinFunction, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::objects::typeobject::{Layout, PyInstance, PyType};
use crate::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The state of one Mersenne Twister (MT19937) generator.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Default for Mt {
    fn default() -> Self {
        Mt::new(5489)
    }
}

impl Mt {
    /// A generator seeded with one 32-bit word (`init_genrand`).
    pub fn new(seed: u32) -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(seed);
        mt
    }

    /// A generator seeded with a key of 32-bit words (`init_by_array`).
    pub fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::new(0);
        mt.init_by_array(key);
        mt
    }

    pub fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let len = key.len().max(1);
        let word = |j: usize| key.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(word(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for k in 0..N {
            let y = (self.state[k] & UPPER_MASK) | (self.state[(k + 1) % N] & LOWER_MASK);
            self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_int32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, from two outputs.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k > 0`: the words come least significant first.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        let mut digits = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }
}

/// The key `seed` derives from a non-negative integer: its 32-bit words,
/// least significant first, at least one.
pub fn key_of(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

type State = Rc<RefCell<Mt>>;

/// Each live instance's generator by address, and the size that triggers a sweep.
type StateTable = (HashMap<usize, (Weak<PyInstance>, State)>, usize);

thread_local! {
    /// The generator of each `Random` instance, by the instance's address.
    /// The weak reference keeps the address from being reused while the
    /// entry lives; entries of dead instances are swept as the table grows.
    static STATES: RefCell<StateTable> =
        RefCell::new((HashMap::new(), 16));
}

fn state_entry(inst: &Rc<PyInstance>) -> State {
    let key = Rc::as_ptr(inst) as usize;
    STATES.with(|table| {
        let mut table = table.borrow_mut();
        if let Some((_, s)) = table.0.get(&key) {
            return s.clone();
        }
        if table.0.len() >= table.1 {
            table.0.retain(|_, (w, _)| w.strong_count() > 0);
            table.1 = (table.0.len() * 2).max(16);
        }
        let s: State = Rc::new(RefCell::new(Mt::from_key(&key_of(&entropy_seed()))));
        table.0.insert(key, (Rc::downgrade(inst), s.clone()));
        s
    })
}

/// A seed from the system's randomness, or from the clock without it.
fn entropy_seed() -> BigInt {
    use std::io::Read;
    let buf = crate::vm::replay::entropy(|| {
        let mut buf = vec![0u8; 2500];
        match std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)) {
            Ok(()) => buf,
            Err(_) => Vec::new(),
        }
    });
    if !buf.is_empty() {
        return BigInt::from_bytes_be(Sign::Plus, &buf);
    }
    let now = crate::vm::replay::clock(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    });
    BigInt::from((now * 256.0) as u64)
}

/// Whether `t` is `random.Random` or derives from it.
fn is_random_class(t: &PyType) -> bool {
    t.mro.borrow().iter().any(|c| {
        c.name() == "Random"
            && matches!(
                c.dict.get_str("getrandbits"),
                Some(Value::Builtin(b)) if b.owner == Some(OWNER)
            )
    })
}

const OWNER: &str = "Random";

/// The instance a method was called on and its generator, or the
/// TypeError an unbound call with something else gives.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, State)> {
    if let Some(v @ Value::Instance(inst)) = args.args.first() {
        if is_random_class(&inst.class()) {
            return Ok((v.clone(), state_entry(inst)));
        }
    }
    let got = match args.args.first() {
        Some(v) => vm.type_name(v),
        None => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' of '_random.Random' object needs an argument"
            )))
        }
    };
    Err(vm.type_error(format!(
        "descriptor '{name}' requires a '_random.Random' object but received a '{got}'"
    )))
}

/// Binds a method's arguments (after `self`) to its parameters as a Python
/// function's are bound, with Python's messages (which count `self`).
fn bind(
    vm: &Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let positional = args.args.get(1..).unwrap_or(&[]);
    let total = params.len() + 1;
    let given = args.args.len() + args.kwargs.len();
    let has_defaults = required < params.len();
    if positional.len() > params.len() {
        let how = if has_defaults { "at most" } else { "exactly" };
        let s = if total == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {total} argument{s} ({given} given)"
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(positional) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kwargs {
        let key = match k {
            Value::Str(s) => s.to_text().into_owned(),
            _ => return Err(vm.type_error(format!("{name}() keywords must be strings"))),
        };
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "{name}() got multiple values for keyword argument '{key}'"
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    if out[..required].iter().any(Option::is_none) {
        let how = if has_defaults { "at least" } else { "exactly" };
        let m = required + 1;
        let s = if m == 1 { "" } else { "s" };
        let filled = 1 + out.iter().filter(|v| v.is_some()).count();
        return Err(vm.type_error(format!(
            "{name}() takes {how} {m} argument{s} ({filled} given)"
        )));
    }
    Ok(out)
}

fn err_is(e: &crate::vm::PyErr, t: &Rc<PyType>) -> bool {
    matches!(&e.typ, Value::Type(et) if et.is_subtype(t))
}

fn pystr(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::from(s))
}

/// Where a method's floats come from: the generator itself, or the
/// `random` method a subclass (or a caller) supplies.
enum Source {
    Native(State),
    Call(Value),
}

impl Source {
    fn of(vm: &mut Vm, obj: &Value, state: State) -> PyResult<Source> {
        if let Value::Instance(inst) = obj {
            let own = inst.dict().get_str("random").is_none()
                && matches!(
                    inst.class().lookup_pystr(&pystr("random")),
                    Some(Value::Builtin(b)) if b.owner == Some(OWNER)
                );
            if own {
                return Ok(Source::Native(state));
            }
        }
        Ok(Source::Call(vm.getattr(obj, &pystr("random"))?))
    }

    fn next(&self, vm: &mut Vm) -> PyResult<f64> {
        match self {
            Source::Native(s) => Ok(s.borrow_mut().random()),
            Source::Call(f) => {
                let r = vm.call0(f)?;
                float_of(vm, &r)
            }
        }
    }

    /// `int(random() * n)` for a positive `n` below 2**53.
    fn below(&self, vm: &mut Vm, n: i64) -> PyResult<i64> {
        Ok((self.next(vm)? * n as f64) as i64)
    }
}

fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.as_float(v)? {
        Some(f) => Ok(f),
        None => {
            let r = vm.call1(&Value::Type(vm.types.float.clone()), v.clone())?;
            match r {
                Value::Float(f) => Ok(f.get()),
                _ => Err(vm.type_error("a float is required")),
            }
        }
    }
}

fn op(vm: &mut Vm, a: &Value, o: BinOp, b: &Value) -> PyResult<Value> {
    vm.binary_op(a, b, o)
}

fn cmp(vm: &mut Vm, a: &Value, o: CmpOp, b: &Value) -> PyResult<bool> {
    let r = vm.compare(a, b, o)?;
    vm.truthy(&r)
}

/// `int(v)`.
fn int_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        _ => vm.call1(&Value::Type(vm.types.int.clone()), v.clone()),
    }
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::Long(l) => Some((**l).clone()),
        _ => None,
    }
}

/// `math.log(x)` for a positive integer, as CPython computes it for longs
/// too large for a float.
fn int_log(n: &BigInt) -> f64 {
    if let Some(f) = n.to_f64().filter(|f| f.is_finite()) {
        return f.ln();
    }
    let shift = n.bits().saturating_sub(64);
    let top = (n >> shift).to_f64().unwrap_or(f64::MAX);
    top.ln() + (shift as f64) * std::f64::consts::LN_2
}

const BPF_LIMIT: i64 = 1 << 53;

pub fn module(vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("random");
    let object = vm.types.object.clone();
    let cls =
        crate::objects::types::new_type("Random", Some(&object), Layout::Object, "random", true);
    add_methods(&cls, OWNER, METHODS);
    cls.dict.set_str("VERSION", Value::Int(3));
    cls.dict.set_str(
        "__doc__",
        Value::str("Random number generator base class used by bound module functions."),
    );
    let inst = Rc::new(PyInstance::new(cls.clone()));
    inst.dict().set_str("gauss_next", Value::None);
    let inst_value = Value::Instance(inst);
    m.dict.set_str("Random", Value::Type(cls));
    m.dict.set_str("_inst", inst_value.clone());
    for &(name, func) in METHODS {
        if name.starts_with('_') {
            continue;
        }
        m.dict.set_str(
            name,
            Value::Builtin(Rc::new(BuiltinFunction {
                name,
                func,
                self_: Some(inst_value.clone()),
                owner: Some(OWNER),
                module: std::cell::Cell::new(None),
            })),
        );
    }
    let nv = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    m.dict.set_str("NV_MAGICCONST", Value::float(nv));
    m.dict.set_str("TWOPI", Value::float(TWOPI));
    m.dict.set_str("LOG4", Value::float(4.0f64.ln()));
    m.dict
        .set_str("SG_MAGICCONST", Value::float(1.0 + 4.5f64.ln()));
    m.dict.set_str("BPF", Value::Int(53));
    m.dict.set_str("RECIP_BPF", Value::float(2f64.powi(-53)));
    let all = [
        "Random",
        "seed",
        "random",
        "uniform",
        "randint",
        "choice",
        "sample",
        "randrange",
        "shuffle",
        "normalvariate",
        "lognormvariate",
        "expovariate",
        "vonmisesvariate",
        "gammavariate",
        "triangular",
        "gauss",
        "betavariate",
        "paretovariate",
        "weibullvariate",
        "getstate",
        "setstate",
        "getrandbits",
    ];
    m.dict.set_str(
        "__all__",
        Value::list(all.iter().map(|s| Value::str(s)).collect()),
    );
    Some(m)
}

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", random_init),
    ("seed", random_seed),
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("randrange", random_randrange),
    ("randint", random_randint),
    ("choice", random_choice),
    ("shuffle", random_shuffle),
    ("sample", random_sample),
    ("uniform", random_uniform),
    ("triangular", random_triangular),
    ("normalvariate", random_normalvariate),
    ("lognormvariate", random_lognormvariate),
    ("expovariate", random_expovariate),
    ("vonmisesvariate", random_vonmisesvariate),
    ("gammavariate", random_gammavariate),
    ("gauss", random_gauss),
    ("betavariate", random_betavariate),
    ("paretovariate", random_paretovariate),
    ("weibullvariate", random_weibullvariate),
];

/// `Random(x=None)`: seeds through `self.seed(x)`.
fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = this(vm, &args, "__init__")?;
    let n = args.args.len() - 1 + args.kwargs.len();
    if n > 1 {
        return Err(vm.type_error(format!("seed expected at most 1 arguments, got {n}")));
    }
    let p = bind(vm, "__init__", &args, &["x"], 0)?;
    let seed = vm.getattr(&obj, &pystr("seed"))?;
    let x = p[0].clone().unwrap_or(Value::None);
    vm.call1(&seed, x)?;
    vm.setattr(&obj, &pystr("gauss_next"), Some(Value::None))?;
    Ok(Value::None)
}

/// `seed(a=None)`.
fn random_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "seed")?;
    let p = bind(vm, "seed", &args, &["a"], 0)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let n = match &a {
        Value::None => entropy_seed(),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            as_bigint(&a).map(|n| n.abs()).unwrap_or_default()
        }
        _ => BigInt::from(vm.hash(&a)? as u64),
    };
    state.borrow_mut().init_by_array(&key_of(&n));
    vm.setattr(&obj, &pystr("gauss_next"), Some(Value::None))?;
    Ok(Value::None)
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    let n = args.args.len() - 1;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n != 0 {
        return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `random()`: a float in [0.0, 1.0).
fn random_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, state) = this(vm, &args, "random")?;
    no_args(vm, &args, "random")?;
    let r = state.borrow_mut().random();
    Ok(Value::float(r))
}

/// `getrandbits(k)`: a long of `k` random bits.
fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, state) = this(vm, &args, "getrandbits")?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("getrandbits() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!(
            "getrandbits() takes exactly 1 argument ({n} given)"
        )));
    }
    let k = match &args.args[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Long(l) => l
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?,
        Value::Float(_) => return Err(vm.type_error("integer argument expected, got float")),
        v @ Value::Instance(_) => vm.index_value(v, "an integer is required")?,
        _ => return Err(vm.type_error("an integer is required")),
    };
    if k <= 0 {
        return Err(vm.value_error("number of bits must be greater than zero"));
    }
    if k > (1 << 40) {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    let r = state.borrow_mut().getrandbits(k as u64);
    Ok(Value::long(r))
}

/// `getstate()`: `(VERSION, the 625 words, gauss_next)`.
fn random_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "getstate")?;
    bind(vm, "getstate", &args, &[], 0)?;
    let words = {
        let mt = state.borrow();
        let mut words: Vec<Value> = mt
            .state
            .iter()
            .map(|w| Value::long(BigInt::from(*w)))
            .collect();
        words.push(Value::long(BigInt::from(mt.index)));
        words
    };
    let version = vm.getattr(&obj, &pystr("VERSION"))?;
    let gauss_next = vm.getattr(&obj, &pystr("gauss_next"))?;
    Ok(Value::tuple(vec![version, Value::tuple(words), gauss_next]))
}

/// `setstate(state)`: restores what `getstate` returned (versions 2 and 3).
fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "setstate")?;
    let p = bind(vm, "setstate", &args, &["state"], 1)?;
    let st = p[0].clone().unwrap_or(Value::None);
    let version = vm.getitem(&st, &Value::Int(0))?;
    let v2 = matches!(version, Value::Int(2));
    if !(matches!(version, Value::Int(3)) || v2) {
        let shown = vm.str(&version)?.to_text().into_owned();
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    let parts = vm.unpack(&st, 3)?;
    vm.setattr(&obj, &pystr("gauss_next"), Some(parts[2].clone()))?;
    let mut internal = parts[1].clone();
    if v2 {
        let items = vm.iterate(&internal)?;
        let modulus = Value::long(BigInt::from(1u64 << 32));
        let long_type = Value::Type(vm.types.long.clone());
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            let l = match vm.call1(&long_type, x) {
                Ok(l) => l,
                Err(e) if err_is(&e, &vm.exc.value_error) => {
                    let msg = vm.exception_str(&e.value)?.to_text().into_owned();
                    return Err(vm.type_error(msg));
                }
                Err(e) => return Err(e),
            };
            out.push(op(vm, &l, BinOp::Mod, &modulus)?);
        }
        internal = Value::tuple(out);
    }
    let Value::Tuple(t) = &internal else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(t.items.iter()) {
        let n = match as_bigint(v) {
            Some(n) => n,
            None => {
                return Err(
                    vm.system_error("Objects/longobject.c:426: bad argument to internal function")
                )
            }
        };
        if n.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned long"));
        }
        // The words are 32 bits wide; CPython keeps what a C unsigned long holds.
        *w = (n.to_u64().unwrap_or(u64::MAX) & 0xffff_ffff) as u32;
    }
    let index = match t.items.get(N).and_then(as_bigint) {
        Some(i) => i,
        None => return Err(vm.type_error("an integer is required")),
    };
    let index = match index.to_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    let mut mt = state.borrow_mut();
    mt.state = words;
    mt.index = index;
    Ok(Value::None)
}

/// `_randbelow(n)` for `n` of 2**53 or more: `getrandbits` of just enough
/// bits, drawn again until below `n`.
fn randbelow(vm: &mut Vm, obj: &Value, state: &State, n: &BigInt) -> PyResult<Value> {
    let k = (1.00001 + int_log(&(n - 1)) / 2f64.ln()) as u64;
    let native = match obj {
        Value::Instance(inst) => {
            inst.dict().get_str("getrandbits").is_none()
                && matches!(
                    inst.class().lookup_pystr(&pystr("getrandbits")),
                    Some(Value::Builtin(b)) if b.owner == Some(OWNER)
                )
        }
        _ => false,
    };
    if native {
        loop {
            let r = state.borrow_mut().getrandbits(k);
            if &r < n {
                return Ok(Value::long(r));
            }
        }
    }
    let f = vm.getattr(obj, &pystr("getrandbits"))?;
    let nv = Value::long(n.clone());
    loop {
        let r = vm.call1(&f, Value::Int(k as i64))?;
        if !cmp(vm, &r, CmpOp::Ge, &nv)? {
            return Ok(r);
        }
    }
}

/// `int(random() * n)` for an integer `n`, or `_randbelow(n)` when `n` has
/// more than 53 bits.
fn scaled(vm: &mut Vm, obj: &Value, state: &State, n: &Value) -> PyResult<Value> {
    if let Value::Int(i) = n {
        if *i < BPF_LIMIT {
            let src = Source::of(vm, obj, state.clone())?;
            let r = src.next(vm)?;
            return int_of(vm, &Value::float(r * *i as f64));
        }
    }
    if let Some(big) = as_bigint(n) {
        if big >= BigInt::from(BPF_LIMIT) {
            return randbelow(vm, obj, state, &big);
        }
    }
    let src = Source::of(vm, obj, state.clone())?;
    let r = src.next(vm)?;
    let p = op(vm, &Value::float(r), BinOp::Mul, n)?;
    int_of(vm, &p)
}

/// `randrange(start, stop=None, step=1)`.
fn random_randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "randrange")?;
    let p = bind(
        vm,
        "randrange",
        &args,
        &["start", "stop", "step", "_int", "_maxwidth"],
        1,
    )?;
    let start = p[0].clone().unwrap_or(Value::None);
    let stop = p[1].clone().unwrap_or(Value::None);
    let step = p[2].clone().unwrap_or(Value::Int(1));
    randrange(vm, &obj, &state, start, stop, step)
}

fn randrange(
    vm: &mut Vm,
    obj: &Value,
    state: &State,
    start: Value,
    stop: Value,
    step: Value,
) -> PyResult<Value> {
    let istart = int_of(vm, &start)?;
    if cmp(vm, &istart, CmpOp::Ne, &start)? {
        return Err(vm.value_error("non-integer arg 1 for randrange()"));
    }
    let zero = Value::Int(0);
    if stop.is_none() {
        if cmp(vm, &istart, CmpOp::Gt, &zero)? {
            return scaled(vm, obj, state, &istart);
        }
        return Err(vm.value_error("empty range for randrange()"));
    }
    let istop = int_of(vm, &stop)?;
    if cmp(vm, &istop, CmpOp::Ne, &stop)? {
        return Err(vm.value_error("non-integer stop for randrange()"));
    }
    let width = op(vm, &istop, BinOp::Sub, &istart)?;
    let unit = cmp(vm, &step, CmpOp::Eq, &Value::Int(1))?;
    if unit && cmp(vm, &width, CmpOp::Gt, &zero)? {
        let r = scaled(vm, obj, state, &width)?;
        let s = op(vm, &istart, BinOp::Add, &r)?;
        return int_of(vm, &s);
    }
    if unit {
        let shown = |v: &Value| match as_bigint(v) {
            Some(n) => n.to_string(),
            None => String::new(),
        };
        return Err(vm.value_error(format!(
            "empty range for randrange() ({},{}, {})",
            shown(&istart),
            shown(&istop),
            shown(&width)
        )));
    }
    let istep = int_of(vm, &step)?;
    if cmp(vm, &istep, CmpOp::Ne, &step)? {
        return Err(vm.value_error("non-integer step for randrange()"));
    }
    let n = if cmp(vm, &istep, CmpOp::Gt, &zero)? {
        let a = op(vm, &width, BinOp::Add, &istep)?;
        let a = op(vm, &a, BinOp::Sub, &Value::Int(1))?;
        op(vm, &a, BinOp::FloorDiv, &istep)?
    } else if cmp(vm, &istep, CmpOp::Lt, &zero)? {
        let a = op(vm, &width, BinOp::Add, &istep)?;
        let a = op(vm, &a, BinOp::Add, &Value::Int(1))?;
        op(vm, &a, BinOp::FloorDiv, &istep)?
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if cmp(vm, &n, CmpOp::Le, &zero)? {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = scaled(vm, obj, state, &n)?;
    let r = op(vm, &istep, BinOp::Mul, &r)?;
    op(vm, &istart, BinOp::Add, &r)
}

/// `randint(a, b)`: `randrange(a, b+1)`.
fn random_randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "randint")?;
    let p = bind(vm, "randint", &args, &["a", "b"], 2)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let b = p[1].clone().unwrap_or(Value::None);
    let stop = op(vm, &b, BinOp::Add, &Value::Int(1))?;
    let own = match &obj {
        Value::Instance(inst) => {
            inst.dict().get_str("randrange").is_none()
                && matches!(
                    inst.class().lookup_pystr(&pystr("randrange")),
                    Some(Value::Builtin(b)) if b.owner == Some(OWNER)
                )
        }
        _ => false,
    };
    if own {
        return randrange(vm, &obj, &state, a, stop, Value::Int(1));
    }
    let f = vm.getattr(&obj, &pystr("randrange"))?;
    vm.call(&f, Args::positional(vec![a, stop]))
}

/// `choice(seq)`: `seq[int(random() * len(seq))]`.
fn random_choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "choice")?;
    let p = bind(vm, "choice", &args, &["seq"], 1)?;
    let seq = p[0].clone().unwrap_or(Value::None);
    let src = Source::of(vm, &obj, state)?;
    let r = src.next(vm)?;
    let n = vm.len(&seq)?;
    let i = (r * n as f64) as i64;
    vm.getitem(&seq, &Value::Int(i))
}

/// `shuffle(x, random=None)`: shuffles the sequence in place.
fn random_shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "shuffle")?;
    let p = bind(vm, "shuffle", &args, &["x", "random"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let src = match p[1].clone() {
        None | Some(Value::None) => Source::of(vm, &obj, state)?,
        Some(f) => Source::Call(f),
    };
    let n = vm.len(&x)?;
    if let (Value::List(l), Source::Native(s)) = (&x, &src) {
        let mut mt = s.borrow_mut();
        let mut items = l.borrow_mut();
        for i in (1..n.min(items.len())).rev() {
            let j = (mt.random() * (i + 1) as f64) as usize;
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = src.below(vm, i as i64 + 1)?;
        let (iv, jv) = (Value::Int(i as i64), Value::Int(j));
        let a = vm.getitem(&x, &jv)?;
        let b = vm.getitem(&x, &iv)?;
        vm.setitem(&x, &iv, a)?;
        vm.setitem(&x, &jv, b)?;
    }
    Ok(Value::None)
}

/// `sample(population, k)`: `k` distinct elements, in selection order. A
/// pool list when the population is small (or a mapping), else a set of
/// the indexes taken, as Python 2.7 chooses.
fn random_sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, state) = this(vm, &args, "sample")?;
    let p = bind(vm, "sample", &args, &["population", "k"], 2)?;
    let population = p[0].clone().unwrap_or(Value::None);
    let kv = p[1].clone().unwrap_or(Value::None);
    let n = vm.len(&population)?;
    let nv = Value::Int(n as i64);
    if !(cmp(vm, &Value::Int(0), CmpOp::Le, &kv)? && cmp(vm, &kv, CmpOp::Le, &nv)?) {
        return Err(vm.value_error("sample larger than population"));
    }
    let k = match &kv {
        Value::Int(i) => *i as usize,
        Value::Bool(b) => usize::from(*b),
        Value::Long(l) => l.to_usize().unwrap_or(0),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
        }
    };
    let src = Source::of(vm, &obj, state)?;
    let mut setsize = 21.0;
    if k > 5 {
        setsize += 4f64.powf(((k as f64 * 3.0).ln() / 4f64.ln()).ceil());
    }
    let has_keys = vm.getattr(&population, &pystr("keys")).is_ok();
    let mut result = Vec::with_capacity(k);
    if n as f64 <= setsize || has_keys {
        let mut pool = vm.iterate(&population)?;
        for i in 0..k {
            let j = src.below(vm, (n - i) as i64)? as usize;
            let picked = pool.get(j).cloned().unwrap_or(Value::None);
            result.push(picked);
            if let Some(last) = pool.get(n - i - 1).cloned() {
                if let Some(slot) = pool.get_mut(j) {
                    *slot = last;
                }
            }
        }
        return Ok(Value::list(result));
    }
    let mut selected = HashSet::new();
    for _ in 0..k {
        let mut j = src.below(vm, n as i64)?;
        while selected.contains(&j) {
            j = src.below(vm, n as i64)?;
        }
        selected.insert(j);
        match vm.getitem(&population, &Value::Int(j)) {
            Ok(v) => result.push(v),
            Err(e)
                if (err_is(&e, &vm.exc.type_error) || err_is(&e, &vm.exc.key_error))
                    && !matches!(population, Value::List(_)) =>
            {
                let items = vm.iterate(&population)?;
                let f = vm.getattr(&obj, &pystr("sample"))?;
                return vm.call(&f, Args::positional(vec![Value::tuple(items), kv]));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::list(result))
}

fn float_source(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Source)> {
    let (obj, state) = this(vm, args, name)?;
    let src = Source::of(vm, &obj, state)?;
    Ok((obj, src))
}

/// `uniform(a, b)`: `a + (b-a) * random()`.
fn random_uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "uniform")?;
    let p = bind(vm, "uniform", &args, &["a", "b"], 2)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let b = p[1].clone().unwrap_or(Value::None);
    let d = op(vm, &b, BinOp::Sub, &a)?;
    let r = Value::float(src.next(vm)?);
    let s = op(vm, &d, BinOp::Mul, &r)?;
    op(vm, &a, BinOp::Add, &s)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
fn random_triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "triangular")?;
    let p = bind(vm, "triangular", &args, &["low", "high", "mode"], 0)?;
    let mut low = p[0].clone().unwrap_or(Value::float(0.0));
    let mut high = p[1].clone().unwrap_or(Value::float(1.0));
    let mode = p[2].clone().unwrap_or(Value::None);
    let mut u = src.next(vm)?;
    let mut c = if mode.is_none() {
        Value::float(0.5)
    } else {
        let a = op(vm, &mode, BinOp::Sub, &low)?;
        let b = op(vm, &high, BinOp::Sub, &low)?;
        match op(vm, &a, BinOp::TrueDiv, &b) {
            Ok(c) => c,
            Err(e) if err_is(&e, &vm.exc.zero_division_error) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    if cmp(vm, &Value::float(u), CmpOp::Gt, &c)? {
        u = 1.0 - u;
        c = op(vm, &Value::float(1.0), BinOp::Sub, &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = op(vm, &Value::float(u), BinOp::Mul, &c)?;
    let root = op(vm, &uc, BinOp::Pow, &Value::float(0.5))?;
    let d = op(vm, &high, BinOp::Sub, &low)?;
    let s = op(vm, &d, BinOp::Mul, &root)?;
    op(vm, &low, BinOp::Add, &s)
}

fn log_checked(vm: &Vm, x: f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(x.ln())
}

/// `mu + z*sigma`, with Python's arithmetic on the caller's values.
fn affine(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let s = op(vm, &Value::float(z), BinOp::Mul, sigma)?;
    op(vm, mu, BinOp::Add, &s)
}

fn two(vm: &Vm, args: &Args, name: &str, a: &str, b: &str) -> PyResult<(Value, Value)> {
    let p = bind(vm, name, args, &[a, b], 2)?;
    Ok((
        p[0].clone().unwrap_or(Value::None),
        p[1].clone().unwrap_or(Value::None),
    ))
}

fn normal(vm: &mut Vm, src: &Source) -> PyResult<f64> {
    let nv = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = src.next(vm)?;
        let u2 = 1.0 - src.next(vm)?;
        let z = nv * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -log_checked(vm, u2)? {
            return Ok(z);
        }
    }
}

/// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
fn random_normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "normalvariate")?;
    let (mu, sigma) = two(vm, &args, "normalvariate", "mu", "sigma")?;
    let z = normal(vm, &src)?;
    affine(vm, &mu, z, &sigma)
}

/// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
fn random_lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = this(vm, &args, "lognormvariate")?;
    let (mu, sigma) = two(vm, &args, "lognormvariate", "mu", "sigma")?;
    let f = vm.getattr(&obj, &pystr("normalvariate"))?;
    let v = vm.call(&f, Args::positional(vec![mu, sigma]))?;
    let x = float_of(vm, &v)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

/// `expovariate(lambd)`: `-log(1.0 - random())/lambd`.
fn random_expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "expovariate")?;
    let p = bind(vm, "expovariate", &args, &["lambd"], 1)?;
    let lambd = p[0].clone().unwrap_or(Value::None);
    let u = src.next(vm)?;
    let l = -log_checked(vm, 1.0 - u)?;
    op(vm, &Value::float(l), BinOp::TrueDiv, &lambd)
}

/// Python's float `%`: the result takes the divisor's sign.
fn py_fmod(a: f64, b: f64) -> f64 {
    let mut r = a % b;
    if r != 0.0 && ((r < 0.0) != (b < 0.0)) {
        r += b;
    } else if r == 0.0 {
        r = 0.0f64.copysign(b);
    }
    r
}

/// `vonmisesvariate(mu, kappa)`: the circular distribution.
fn random_vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "vonmisesvariate")?;
    let (mu, kappa) = two(vm, &args, "vonmisesvariate", "mu", "kappa")?;
    if cmp(vm, &kappa, CmpOp::Le, &Value::float(1e-6))? {
        return Ok(Value::float(TWOPI * src.next(vm)?));
    }
    let kappa = float_of(vm, &kappa)?;
    let mu = float_of(vm, &mu)?;
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = src.next(vm)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = src.next(vm)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = src.next(vm)?;
    if !(-1.0..=1.0).contains(&f) {
        return Err(vm.value_error("math domain error"));
    }
    let theta = if u3 > 0.5 {
        py_fmod(mu + f.acos(), TWOPI)
    } else {
        py_fmod(mu - f.acos(), TWOPI)
    };
    Ok(Value::float(theta))
}

fn gamma(vm: &mut Vm, src: &Source, alpha: f64) -> PyResult<f64> {
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg = 1.0 + 4.5f64.ln();
        loop {
            let u1 = src.next(vm)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - src.next(vm)?;
            let v = log_checked(vm, u1 / (1.0 - u1))? / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg - 4.5 * z >= 0.0 || r >= log_checked(vm, z)? {
                return Ok(x);
            }
        }
    } else if alpha == 1.0 {
        let mut u = src.next(vm)?;
        while u <= 1e-7 {
            u = src.next(vm)?;
        }
        Ok(-u.ln())
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = src.next(vm)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -log_checked(vm, (b - p) / alpha)?
            };
            let u1 = src.next(vm)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    return Ok(x);
                }
            } else if u1 <= (-x).exp() {
                return Ok(x);
            }
        }
    }
}

/// `gammavariate(alpha, beta)`.
fn random_gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "gammavariate")?;
    let (alpha, beta) = two(vm, &args, "gammavariate", "alpha", "beta")?;
    let zero = Value::float(0.0);
    if cmp(vm, &alpha, CmpOp::Le, &zero)? || cmp(vm, &beta, CmpOp::Le, &zero)? {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let a = float_of(vm, &alpha)?;
    let x = gamma(vm, &src, a)?;
    op(vm, &Value::float(x), BinOp::Mul, &beta)
}

/// `gauss(mu, sigma)`: Box-Muller, keeping the second value in `gauss_next`.
fn random_gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, src) = float_source(vm, &args, "gauss")?;
    let (mu, sigma) = two(vm, &args, "gauss", "mu", "sigma")?;
    let key = pystr("gauss_next");
    let z = vm.getattr(&obj, &key)?;
    vm.setattr(&obj, &key, Some(Value::None))?;
    let z = if z.is_none() {
        let x2pi = src.next(vm)? * TWOPI;
        let u = 1.0 - src.next(vm)?;
        let g2rad = (-2.0 * log_checked(vm, u)?).sqrt();
        vm.setattr(&obj, &key, Some(Value::float(x2pi.sin() * g2rad)))?;
        Value::float(x2pi.cos() * g2rad)
    } else {
        z
    };
    let s = op(vm, &z, BinOp::Mul, &sigma)?;
    op(vm, &mu, BinOp::Add, &s)
}

/// `betavariate(alpha, beta)`: from two gamma variates.
fn random_betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = this(vm, &args, "betavariate")?;
    let (alpha, beta) = two(vm, &args, "betavariate", "alpha", "beta")?;
    let g = vm.getattr(&obj, &pystr("gammavariate"))?;
    let y = vm.call(&g, Args::positional(vec![alpha, Value::float(1.0)]))?;
    if cmp(vm, &y, CmpOp::Eq, &Value::Int(0))? {
        return Ok(Value::float(0.0));
    }
    let y2 = vm.call(&g, Args::positional(vec![beta, Value::float(1.0)]))?;
    let d = op(vm, &y, BinOp::Add, &y2)?;
    op(vm, &y, BinOp::TrueDiv, &d)
}

/// `paretovariate(alpha)`: `1.0 / pow(1.0 - random(), 1.0/alpha)`.
fn random_paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "paretovariate")?;
    let p = bind(vm, "paretovariate", &args, &["alpha"], 1)?;
    let alpha = p[0].clone().unwrap_or(Value::None);
    let u = Value::float(1.0 - src.next(vm)?);
    let e = op(vm, &Value::float(1.0), BinOp::TrueDiv, &alpha)?;
    let d = op(vm, &u, BinOp::Pow, &e)?;
    op(vm, &Value::float(1.0), BinOp::TrueDiv, &d)
}

/// `weibullvariate(alpha, beta)`: `alpha * pow(-log(u), 1.0/beta)`.
fn random_weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, src) = float_source(vm, &args, "weibullvariate")?;
    let (alpha, beta) = two(vm, &args, "weibullvariate", "alpha", "beta")?;
    let u = 1.0 - src.next(vm)?;
    let l = Value::float(-log_checked(vm, u)?);
    let e = op(vm, &Value::float(1.0), BinOp::TrueDiv, &beta)?;
    let d = op(vm, &l, BinOp::Pow, &e)?;
    op(vm, &alpha, BinOp::Mul, &d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Zero;

    #[test]
    fn init_genrand_5489_first_outputs() {
        let mut mt = Mt::new(5489);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [
                3_499_211_612,
                581_869_302,
                3_890_346_734,
                3_586_334_585,
                545_404_204
            ]
        );
    }

    #[test]
    fn init_by_array_reference_outputs() {
        // The reference key of mt19937ar.c and its first outputs.
        let mut mt = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
    }

    #[test]
    fn random_from_seed_zero_and_one() {
        // random.seed(0); random.random() and random.seed(1) in CPython 2.7.
        let mut mt = Mt::from_key(&key_of(&BigInt::zero()));
        assert_eq!(mt.random(), 0.8444218515250481);
        let mut mt = Mt::from_key(&key_of(&BigInt::from(1)));
        assert_eq!(mt.random(), 0.13436424411240122);
    }

    #[test]
    fn getrandbits_takes_the_top_bits() {
        let mut a = Mt::new(7);
        let mut b = Mt::new(7);
        let w = a.getrandbits(5);
        assert_eq!(w, BigInt::from(b.next_u32() >> 27));
        let wide = a.getrandbits(40);
        let lo = b.next_u32();
        let hi = b.next_u32() >> 24;
        assert_eq!(wide, (BigInt::from(hi) << 32) + BigInt::from(lo));
    }

    #[test]
    fn keys_split_into_words() {
        assert_eq!(key_of(&BigInt::zero()), vec![0]);
        assert_eq!(key_of(&(BigInt::from(1u64) << 32)), vec![0, 1]);
    }
}

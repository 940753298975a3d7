//! Every case of `tests/fixtures/numbers/cases.txt` (written by
//! `scripts/gen_number_fixtures.py` from CPython 2.7's own results): integer,
//! float and mixed arithmetic, conversions, `round`, and `int()`, `long()`,
//! `float()` of strings, each compared with glasspy's value, type and
//! exception message.

mod common;

use std::cmp::Ordering;
use std::collections::BTreeMap;

use common::{read_text, root};
use glasspy::objects::intobject::{IntOrFloat, Integer, NumError, NumResult};
use glasspy::objects::{floatobject, longobject, stringobject};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// An operand as the fixture writes it.
#[derive(Debug, Clone)]
enum Arg {
    Int(Integer),
    Float(f64),
    Str(Vec<u8>),
}

/// A result, rendered as the fixture writes it.
enum Val {
    Int(Integer),
    Float(f64),
    Str(String),
    Flags(Option<Ordering>),
}

/// The bytes of a Python 2 `str` repr: quotes, `\\`, `\'`, `\"`, `\t`,
/// `\n`, `\r` and `\xNN`.
fn unrepr(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let inner = &bytes[1..bytes.len() - 1];
    let mut out = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        if inner[i] != b'\\' {
            out.push(inner[i]);
            i += 1;
            continue;
        }
        let c = inner[i + 1];
        i += 2;
        out.push(match c {
            b't' => b'\t',
            b'n' => b'\n',
            b'r' => b'\r',
            b'x' => {
                let hex = std::str::from_utf8(&inner[i..i + 2]).unwrap();
                i += 2;
                u8::from_str_radix(hex, 16).unwrap()
            }
            other => other,
        });
    }
    out
}

fn parse_arg(token: &str) -> Arg {
    if token.starts_with('\'') || token.starts_with('"') {
        Arg::Str(unrepr(token))
    } else if let Some(digits) = token.strip_suffix('L') {
        Arg::Int(Integer::Long(digits.parse().unwrap()))
    } else if let Ok(i) = token.parse::<i64>() {
        Arg::Int(Integer::Int(i))
    } else {
        Arg::Float(
            token
                .parse()
                .unwrap_or_else(|_| panic!("bad operand {token}")),
        )
    }
}

fn render(result: &NumResult<Vec<Val>>) -> String {
    match result {
        Err(NumError { kind, message }) => {
            format!("!{}\t{}", kind.name(), stringobject::repr(message))
        }
        Ok(values) => values
            .iter()
            .map(|v| match v {
                Val::Int(i) => format!("{} {}", i.type_name(), i.repr()),
                Val::Float(x) => format!("float {}", floatobject::repr(*x)),
                Val::Str(s) => format!("str {}", stringobject::repr(s.as_bytes())),
                Val::Flags(order) => {
                    let flag = |b: bool| if b { 'T' } else { 'F' };
                    let o = *order;
                    [
                        o == Some(Ordering::Less),
                        matches!(o, Some(Ordering::Less | Ordering::Equal)),
                        o == Some(Ordering::Equal),
                        o != Some(Ordering::Equal),
                        o == Some(Ordering::Greater),
                        matches!(o, Some(Ordering::Greater | Ordering::Equal)),
                    ]
                    .into_iter()
                    .map(flag)
                    .fold(String::from("flags "), |mut s, c| {
                        s.push(c);
                        s
                    })
                }
            })
            .collect::<Vec<_>>()
            .join("\t"),
    }
}

fn power(p: IntOrFloat) -> Val {
    match p {
        IntOrFloat::Integer(i) => Val::Int(i),
        IntOrFloat::Float(x) => Val::Float(x),
    }
}

/// An operation on two integers.
fn integer_op(op: &str, a: &Integer, b: &Integer) -> NumResult<Vec<Val>> {
    let one = |v: Integer| Ok(vec![Val::Int(v)]);
    match op {
        "add" => one(a.add(b)),
        "sub" => one(a.sub(b)),
        "mul" => one(a.mul(b)?),
        "div" => one(a.classic_div(b)?),
        "floordiv" => one(a.floor_div(b)?),
        "mod" => one(a.rem(b)?),
        "divmod" => {
            let (d, m) = a.divmod(b)?;
            Ok(vec![Val::Int(d), Val::Int(m)])
        }
        "truediv" => Ok(vec![Val::Float(a.true_div(b)?)]),
        "pow" => Ok(vec![power(a.pow(b, None)?)]),
        "lshift" => one(a.lshift(b)?),
        "rshift" => one(a.rshift(b)?),
        "and" => one(a.and(b)),
        "or" => one(a.or(b)),
        "xor" => one(a.xor(b)),
        "cmp" => Ok(vec![Val::Flags(Some(a.compare(b)))]),
        _ => panic!("unknown integer operation {op}"),
    }
}

/// A binary operation with a float on at least one side: integers are
/// converted first (as `CONVERT_TO_DOUBLE`), except for comparisons, which
/// are exact.
fn float_op(op: &str, a: &Arg, b: &Arg) -> NumResult<Vec<Val>> {
    if op == "cmp" {
        let order = match (a, b) {
            (Arg::Float(x), Arg::Float(y)) => x.partial_cmp(y),
            (Arg::Float(x), Arg::Int(n)) => floatobject::compare_integer(*x, n),
            (Arg::Int(n), Arg::Float(x)) => {
                floatobject::compare_integer(*x, n).map(Ordering::reverse)
            }
            _ => panic!("bad comparison"),
        };
        return Ok(vec![Val::Flags(order)]);
    }
    let to_f64 = |arg: &Arg| match arg {
        Arg::Float(x) => Ok(*x),
        Arg::Int(n) => n.to_f64(),
        Arg::Str(_) => panic!("string operand"),
    };
    let x = to_f64(a)?;
    let y = to_f64(b)?;
    let one = |v: f64| Ok(vec![Val::Float(v)]);
    match op {
        "add" => one(x + y),
        "sub" => one(x - y),
        "mul" => one(x * y),
        "div" | "truediv" => one(floatobject::div(x, y)?),
        "floordiv" => one(floatobject::floor_div(x, y)?),
        "mod" => one(floatobject::rem(x, y)?),
        "divmod" => {
            let (d, m) = floatobject::divmod(x, y)?;
            Ok(vec![Val::Float(d), Val::Float(m)])
        }
        "pow" => one(floatobject::pow(x, y)?),
        _ => panic!("unknown float operation {op}"),
    }
}

fn unary_op(op: &str, a: &Arg) -> NumResult<Vec<Val>> {
    let v = match (op, a) {
        ("neg", Arg::Int(n)) => Val::Int(n.neg()),
        ("pos", Arg::Int(n)) => Val::Int(n.pos()),
        ("invert", Arg::Int(n)) => Val::Int(n.invert()),
        ("abs", Arg::Int(n)) => Val::Int(n.abs()),
        ("int", Arg::Int(n)) => Val::Int(n.to_int()),
        ("long", Arg::Int(n)) => Val::Int(n.to_long()),
        ("float", Arg::Int(n)) => Val::Float(n.to_f64()?),
        ("hex", Arg::Int(n)) => Val::Str(n.hex()),
        ("oct", Arg::Int(n)) => Val::Str(n.oct()),
        ("bin", Arg::Int(n)) => Val::Str(n.bin()),
        ("repr", Arg::Int(n)) => Val::Str(n.repr()),
        ("str", Arg::Int(n)) => Val::Str(n.str()),
        ("int", Arg::Float(x)) => Val::Int(floatobject::to_integer(*x)?),
        ("long", Arg::Float(x)) => Val::Int(Integer::Long(longobject::from_f64(*x)?)),
        ("int_s", Arg::Str(s)) => Val::Int(glasspy::objects::intobject::int_from_string(s, None)?),
        ("long_s", Arg::Str(s)) => Val::Int(Integer::Long(longobject::long_from_string(s, None)?)),
        ("float_s", Arg::Str(s)) => Val::Float(floatobject::from_string(s)?),
        _ => panic!("unknown operation {op} {a:?}"),
    };
    Ok(vec![v])
}

/// `PyNumber_AsSsize_t(n, NULL)`: an integer clipped to 64 bits.
fn clipped(n: &Integer) -> i64 {
    match n {
        Integer::Int(i) => *i,
        Integer::Long(l) => l.to_i64().unwrap_or(if l < &BigInt::from(0) {
            i64::MIN
        } else {
            i64::MAX
        }),
    }
}

fn eval(op: &str, args: &[Arg]) -> NumResult<Vec<Val>> {
    match args {
        [a] => unary_op(op, a),
        [Arg::Float(x), Arg::Int(n)] if op == "round" => {
            Ok(vec![Val::Float(floatobject::round(*x, clipped(n))?)])
        }
        [Arg::Str(s), Arg::Int(Integer::Int(base))] => {
            let base = Some(i32::try_from(*base).unwrap());
            match op {
                "int_s" => Ok(vec![Val::Int(
                    glasspy::objects::intobject::int_from_string(s, base)?,
                )]),
                "long_s" => Ok(vec![Val::Int(Integer::Long(longobject::long_from_string(
                    s, base,
                )?))]),
                _ => panic!("unknown operation {op}"),
            }
        }
        [Arg::Int(a), Arg::Int(b)] => integer_op(op, a, b),
        [a, b] => float_op(op, a, b),
        [Arg::Int(a), Arg::Int(b), Arg::Int(c)] if op == "pow" => {
            Ok(vec![power(a.pow(b, Some(c))?)])
        }
        _ => panic!("unknown operation {op} {args:?}"),
    }
}

#[test]
fn numbers_match_cpython() {
    // GLASSPY_NUMBER_CASES names another file of cases in the same format
    // (say, a larger sweep written by a modified generator).
    let path = std::env::var_os("GLASSPY_NUMBER_CASES").map_or_else(
        || root().join("tests/fixtures/numbers/cases.txt"),
        Into::into,
    );
    let text = read_text(&path);
    let mut failures = Vec::new();
    let mut per_op: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines() {
        let (call, expected) = line.split_once("\t->\t").expect("no -> in a line");
        let mut fields = call.split('\t');
        let op = fields.next().unwrap();
        let args: Vec<Arg> = fields.map(parse_arg).collect();
        let got = render(&eval(op, &args));
        if got != expected {
            failures.push(format!(
                "{call}\n    cpython: {expected}\n    glasspy: {got}"
            ));
        }
        *per_op.entry(op.to_string()).or_default() += 1;
    }
    let total: usize = per_op.values().sum();
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
    assert!(total > 1000, "only {total} cases");
    println!("{total} cases: {per_op:?}");
}

/// A small deterministic generator (xorshift64*), so failures repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545f4914f6cdd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every operation on extreme operands (C long limits, huge longs, shift
/// counts and exponents beyond any memory) returns, quickly, a value or an
/// error: no panic, no overflow, no attempt at an impossible allocation.
#[test]
fn extreme_operands_never_panic() {
    let big = |bits: usize| BigInt::from(1) << bits;
    let integers = [
        Integer::Int(0),
        Integer::Int(1),
        Integer::Int(-1),
        Integer::Int(2),
        Integer::Int(-3),
        Integer::Int(63),
        Integer::Int(64),
        Integer::Int(i64::MAX),
        Integer::Int(i64::MIN),
        Integer::Int(i64::MIN + 1),
        Integer::Long(BigInt::from(0)),
        Integer::Long(BigInt::from(-1)),
        Integer::Long(big(63)),
        Integer::Long(-big(63)),
        Integer::Long(big(64) - 1),
        Integer::Long(big(1024)),
        Integer::Long(-big(600) + 1),
        Integer::Long(big(5000) * 3),
    ];
    let mut outcomes = 0;
    for a in &integers {
        for b in &integers {
            let results = [
                Ok(a.add(b)),
                Ok(a.sub(b)),
                a.mul(b),
                a.classic_div(b),
                a.floor_div(b),
                a.rem(b),
                a.divmod(b).map(|(d, _)| d),
                a.lshift(b),
                a.rshift(b),
                Ok(a.and(b)),
                Ok(a.or(b)),
                Ok(a.xor(b)),
            ];
            outcomes += results.len();
            let _ = a.true_div(b);
            let _ = a.compare(b);
            let _ = a.pow(b, None);
            for c in integers.iter().step_by(4) {
                let _ = a.pow(b, Some(c));
            }
        }
        for x in [0.0, -0.0, 5e-324, f64::MAX, f64::INFINITY, f64::NAN, -1.5] {
            let _ = floatobject::compare_integer(x, a);
        }
        let _ = (a.neg(), a.abs(), a.invert(), a.to_int(), a.to_f64());
        let _ = (a.hex(), a.oct(), a.bin(), a.repr(), a.str());
    }
    assert!(outcomes > 3000);

    let floats = [
        0.0,
        -0.0,
        5e-324,
        -2.2250738585072014e-308,
        0.5,
        -1.0,
        2.5,
        1e22,
        f64::MAX,
        -f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    for &x in &floats {
        for &y in &floats {
            let _ = (floatobject::div(x, y), floatobject::rem(x, y));
            let _ = (floatobject::divmod(x, y), floatobject::pow(x, y));
        }
        for n in [i64::MIN, -400, -309, -308, -1, 0, 1, 17, 323, 324, i64::MAX] {
            let _ = floatobject::round(x, n);
        }
        let _ = (floatobject::to_integer(x), longobject::from_f64(x));
    }

    // Random strings of the characters that matter to the parsers.
    let alphabet = b"0123456789abcdefxobLlinfty+-._ eE\t\x0b\x00\xff";
    let bases = [
        None,
        Some(-909),
        Some(-1),
        Some(0),
        Some(1),
        Some(2),
        Some(8),
    ];
    let more_bases = [
        Some(10),
        Some(16),
        Some(36),
        Some(37),
        Some(i32::MIN),
        Some(i32::MAX),
    ];
    let mut rng = Rng(0x9e3779b97f4a7c15);
    for _ in 0..20_000 {
        let len = rng.below(24);
        let s: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let base = if rng.below(2) == 0 {
            bases[rng.below(bases.len())]
        } else {
            more_bases[rng.below(more_bases.len())]
        };
        let _ = glasspy::objects::intobject::int_from_string(&s, base);
        let _ = longobject::long_from_string(&s, base);
        let _ = floatobject::from_string(&s);
    }
}

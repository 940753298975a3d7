//! Every case of `tests/fixtures/math/special.txt` (written by
//! `scripts/gen_math_fixtures.py` from CPython 2.7's own results):
//! `math.acosh`, `asinh`, `atanh`, `erf`, `erfc`, `gamma` and `lgamma` of
//! thousands of floats, compared by `repr()` (every bit) or by the exception.

mod common;

use common::{read_text, root};
use glasspy::builtins::math::{special_function, MathError};
use glasspy::objects::floatobject;

#[test]
fn special_functions_match_cpython() {
    let text = read_text(&root().join("tests/fixtures/math/special.txt"));
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (name, arg, expected) = (fields[0], fields[1], &fields[2..]);
        let x: f64 = arg.parse().unwrap_or_else(|e| panic!("{line}: {e}"));
        let got = match special_function(name, x) {
            None => panic!("no function {name}"),
            Some(Ok(r)) => floatobject::repr(r),
            Some(Err(MathError::Domain)) => "!ValueError\tmath domain error".to_string(),
            Some(Err(MathError::Range)) => "!OverflowError\tmath range error".to_string(),
        };
        count += 1;
        if got != expected.join("\t") {
            failures.push(format!(
                "{name}({arg}): CPython {expected:?}, glasspy {got}"
            ));
        }
    }
    assert!(count > 5000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

//! `repr()` and `str()` of thousands of floats, compared with CPython 2.7's.

mod common;

use common::{read_text, root};
use glasspy::objects::floatobject;

#[test]
fn float_repr_and_str_match_cpython() {
    let text = read_text(&root().join("tests/fixtures/repr/floats.txt"));
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let mut parts = line.split(' ');
        let (bits, repr, str) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
        let (got_repr, got_str) = (floatobject::repr(x), floatobject::str(x));
        if got_repr != repr || got_str != str {
            failures.push(format!(
                "{bits}: cpython {repr} {str}, glasspy {got_repr} {got_str}"
            ));
        }
        count += 1;
    }
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count > 4000);
}

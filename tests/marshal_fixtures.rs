//! Raw marshal data written by CPython 2.7, read back by glasspy: every value
//! must have the type and repr that `marshal.loads` gave in CPython.

mod common;

use common::{read_text, root, without_addresses};
use glasspy::marshal;

#[test]
fn every_marshal_type_loads_as_in_cpython() {
    let dir = root().join("tests/fixtures/marshal");
    let expected = read_text(&dir.join("expected.txt"));
    let mut count = 0;
    for line in expected.lines() {
        let mut parts = line.splitn(3, ' ');
        let (name, type_name, repr) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let data = std::fs::read(dir.join(format!("{name}.bin"))).unwrap();
        let value = marshal::loads(&data).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(value.type_name(), type_name, "{name}");
        assert_eq!(without_addresses(&value.repr()), repr, "{name}");
        count += 1;
    }
    assert!(count >= 40, "only {count} cases");
}

#[test]
fn other_python_versions_are_named() {
    let dir = root().join("tests/fixtures/other_versions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(version) = file
            .strip_prefix("python")
            .and_then(|f| f.strip_suffix(".pyc"))
        else {
            continue;
        };
        let data = std::fs::read(&path).unwrap();
        let err = marshal::load_pyc(&data).unwrap_err();
        let magic = u16::from_le_bytes([data[0], data[1]]);
        assert_eq!(
            err.message,
            format!("compiled by Python {version} (magic {magic}); glasspy runs Python 2.7 bytecode (magic 62211)")
        );
        seen += 1;
    }
    assert!(seen >= 1, "no other-version fixtures in {}", dir.display());
}

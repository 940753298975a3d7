//! CPython 2.7's hash functions on a 64-bit build, randomization off.

/// `string_hash`: the hash of a `str`.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let Some(&first) = bytes.first() else {
        return 0;
    };
    let mut x: i64 = i64::from(first) << 7;
    for &b in bytes {
        x = x.wrapping_mul(1000003) ^ i64::from(b);
    }
    x ^= bytes.len() as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

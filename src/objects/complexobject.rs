//! `complex` (CPython: `Objects/complexobject.c`).

use super::floatobject::{format_double, FloatFlags, FloatFormat};

/// `repr()` of a complex number: `2j` when the real part is +0.0, else
/// `(re+imj)`, each part in the shortest round-trip form without `.0`.
pub fn repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", format_double(im, FloatFormat::Repr, 0, plain));
    }
    let signed = FloatFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        format_double(re, FloatFormat::Repr, 0, plain),
        format_double(im, FloatFormat::Repr, 0, signed)
    )
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn reprs() {
        assert_eq!(repr(0.0, 1.0), "1j");
        assert_eq!(repr(1.0, 2.0), "(1+2j)");
        assert_eq!(repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr(0.0, -0.0), "-0j");
        assert_eq!(repr(1.5, f64::NAN), "(1.5+nanj)");
        assert_eq!(repr(0.0, 1e16), "1e+16j");
    }
}

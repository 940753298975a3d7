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

/// `str()` of a complex number: as `repr`, with 12 significant digits.
pub fn str(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", format_double(im, FloatFormat::General, 12, plain));
    }
    let signed = FloatFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        format_double(re, FloatFormat::General, 12, plain),
        format_double(im, FloatFormat::General, 12, signed)
    )
}

/// The methods of `complex`.
pub mod methods {
    use std::rc::Rc;

    use crate::objects::methodobject::{Args, NativeFn};
    use crate::objects::object::Value;
    use crate::vm::{PyResult, Vm};

    pub const METHODS: &[(&str, NativeFn)] = &[("conjugate", complex_conjugate)];

    fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
        match args.args.first() {
            Some(Value::Complex(c)) => Ok(Value::Complex(Rc::new((c.0, -c.1)))),
            _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
        }
    }
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

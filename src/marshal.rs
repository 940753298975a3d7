//! Reading `.pyc` files and marshal data (CPython: `Python/marshal.c`, `Python/import.c`).
//!
//! Every problem is a [`LoadError`] naming the byte offset where it was found;
//! no input makes the reader panic, allocate without bound, or recurse without bound.

use std::fmt;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use crate::code::{Code, Const};
use crate::objects::unicodeobject;

/// The magic number of CPython 2.7's `.pyc` files (`imp.get_magic()`).
pub const MAGIC_27: u16 = 62211;

/// Marshal data nested deeper than this is refused, as CPython 2.7 refuses it
/// (`MAX_MARSHAL_STACK_DEPTH`).
pub const MAX_DEPTH: usize = 2000;

/// A problem in a `.pyc` file or marshal stream, at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "byte {}: {}", self.offset, self.message)
    }
}

/// A loaded `.pyc`: its header and the module's code object.
#[derive(Debug)]
pub struct Pyc {
    pub magic: u16,
    /// The source file's modification time, as seconds since the epoch.
    pub mtime: u32,
    pub code: Rc<Code>,
}

/// Reads a CPython 2.7 `.pyc` file: 4-byte magic, 4-byte mtime, then the
/// marshalled module code object.
pub fn load_pyc(data: &[u8]) -> Result<Pyc, LoadError> {
    if data.len() < 4 {
        return Err(LoadError {
            offset: data.len(),
            message: format!(
                "not a .pyc file: {} bytes is too short for the 4-byte magic number",
                data.len()
            ),
        });
    }
    let magic = u16::from_le_bytes([data[0], data[1]]);
    if data[2..4] != *b"\r\n" {
        return Err(LoadError {
            offset: 0,
            message: format!(
                "not a .pyc file (bad magic number {:02x} {:02x} {:02x} {:02x})",
                data[0], data[1], data[2], data[3]
            ),
        });
    }
    if magic != MAGIC_27 {
        return Err(LoadError {
            offset: 0,
            message: format!(
                "compiled by {} (magic {magic}); glasspy runs Python 2.7 bytecode (magic {MAGIC_27})",
                version_of_magic(magic)
            ),
        });
    }
    if data.len() < 8 {
        return Err(LoadError {
            offset: data.len(),
            message: "unexpected end of data in the .pyc header (the modification time)".into(),
        });
    }
    let mtime = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    let mut reader = Reader::new(data, 8);
    match reader.read_object()? {
        Const::Code(code) => Ok(Pyc { magic, mtime, code }),
        other => Err(LoadError {
            offset: 8,
            message: format!(
                "the .pyc holds a {} where a code object was expected",
                other.type_name()
            ),
        }),
    }
}

/// Reads one object from raw marshal data (`marshal.loads`); bytes after it are ignored.
pub fn loads(data: &[u8]) -> Result<Const, LoadError> {
    Reader::new(data, 0).read_object()
}

/// Which Python wrote a `.pyc` with this magic number, for the error message.
pub fn version_of_magic(magic: u16) -> String {
    let version = match magic {
        20121 => "Python 1.5",
        50428 => "Python 1.6",
        50823 => "Python 2.0",
        60202 => "Python 2.1",
        60717 => "Python 2.2",
        62011..=62021 => "Python 2.3",
        62041..=62061 => "Python 2.4",
        62071..=62131 => "Python 2.5",
        62151..=62161 => "Python 2.6",
        62171..=62201 => "a Python 2.7 pre-release",
        62218 => "PyPy 2.7",
        3000..=3131 => "Python 3.0",
        3141..=3151 => "Python 3.1",
        3160..=3180 => "Python 3.2",
        3190..=3230 => "Python 3.3",
        3250..=3310 => "Python 3.4",
        3320..=3351 => "Python 3.5",
        3360..=3379 => "Python 3.6",
        3390..=3399 => "Python 3.7",
        3400..=3419 => "Python 3.8",
        3420..=3429 => "Python 3.9",
        3430..=3449 => "Python 3.10",
        3450..=3499 => "Python 3.11",
        3500..=3549 => "Python 3.12",
        3550..=3599 => "Python 3.13",
        3600..=3649 => "Python 3.14",
        3650..=3699 => "Python 3.15",
        _ => "an unknown Python version",
    };
    version.to_string()
}

/// The marshal type codes of CPython 2.7.
mod type_code {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const STRINGREF: u8 = b'R';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// Strings written as `t`, which `R` refers back to by index.
    interned: Vec<Rc<[u8]>>,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8], pos: usize) -> Self {
        Reader {
            data,
            pos,
            interned: Vec::new(),
            depth: 0,
        }
    }

    fn error<T>(&self, offset: usize, message: impl Into<String>) -> Result<T, LoadError> {
        Err(LoadError {
            offset,
            message: message.into(),
        })
    }

    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], LoadError> {
        let left = self.data.len() - self.pos;
        if n > left {
            return self.error(
                self.pos,
                format!("unexpected end of data reading {what} ({n} bytes needed, {left} left)"),
            );
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn read_u8(&mut self, what: &str) -> Result<u8, LoadError> {
        Ok(self.take(1, what)?[0])
    }

    fn read_i32(&mut self, what: &str) -> Result<i32, LoadError> {
        let b = self.take(4, what)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A size field: a non-negative int32.
    /// A size field: a non-negative int32. `what` names the sized thing ("a tuple").
    fn read_size(&mut self, what: &str) -> Result<usize, LoadError> {
        let at = self.pos;
        let left = self.data.len() - at;
        if left < 4 {
            return self.error(
                at,
                format!("unexpected end of data reading the size of {what} (4 bytes needed, {left} left)"),
            );
        }
        let n = self.read_i32(what)?;
        usize::try_from(n).or_else(|_| {
            self.error(
                at,
                format!("bad marshal data (the size of {what} is negative: {n})"),
            )
        })
    }

    fn read_f64(&mut self, what: &str) -> Result<f64, LoadError> {
        let b = self.take(8, what)?;
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(b);
        Ok(f64::from_le_bytes(bytes))
    }

    /// A float as text (`f`, `x`): a length byte, then ASCII digits.
    fn read_text_float(&mut self) -> Result<f64, LoadError> {
        let n = usize::from(self.read_u8("the length of a float")?);
        let at = self.pos;
        let text = self.take(n, "a float written as text")?;
        std::str::from_utf8(text)
            .ok()
            .and_then(parse_float)
            .map_or_else(
                || {
                    self.error(
                        at,
                        format!(
                            "bad marshal data (invalid float literal {})",
                            crate::objects::stringobject::repr(text)
                        ),
                    )
                },
                Ok,
            )
    }

    fn read_bytes(&mut self, what: &str) -> Result<&'a [u8], LoadError> {
        let n = self.read_size(what)?;
        self.take(n, what)
    }

    /// One object. NULL (`0`) is an error here; only a dict's key may be NULL.
    fn read_object(&mut self) -> Result<Const, LoadError> {
        let at = self.pos;
        match self.read_object_or_null()? {
            Some(obj) => Ok(obj),
            None => self.error(
                at,
                "bad marshal data (NULL object where a value was expected)",
            ),
        }
    }

    #[inline(never)]
    fn read_object_or_null(&mut self) -> Result<Option<Const>, LoadError> {
        let at = self.pos;
        if self.depth >= MAX_DEPTH {
            return self.error(
                at,
                format!("bad marshal data (nested deeper than {MAX_DEPTH} levels)"),
            );
        }
        self.depth += 1;
        let result = self.read_tagged(at);
        self.depth -= 1;
        result
    }

    /// One object after its type code. The recursion through containers passes
    /// here, so the work of each type lives in its own function, keeping this
    /// frame small enough for [`MAX_DEPTH`] levels on an ordinary stack.
    fn read_tagged(&mut self, at: usize) -> Result<Option<Const>, LoadError> {
        use type_code as t;
        let obj = match self.read_u8("an object's type code")? {
            t::NULL => return Ok(None),
            t::NONE => Const::None,
            t::FALSE => Const::False,
            t::TRUE => Const::True,
            t::STOPITER => Const::StopIteration,
            t::ELLIPSIS => Const::Ellipsis,
            t::TUPLE => Const::Tuple(Rc::from(self.read_items("tuple")?)),
            t::LIST => Const::List(Rc::from(self.read_items("list")?)),
            t::SET => Const::Set(Rc::from(self.read_set_items("set")?)),
            t::FROZENSET => Const::FrozenSet(Rc::from(self.read_set_items("frozenset")?)),
            t::DICT => Const::Dict(Rc::from(self.read_dict()?)),
            t::CODE => Const::Code(Rc::new(self.read_code()?)),
            other => self.read_scalar(other, at)?,
        };
        Ok(Some(obj))
    }

    /// A value that holds no other objects.
    #[inline(never)]
    fn read_scalar(&mut self, code: u8, at: usize) -> Result<Const, LoadError> {
        use type_code as t;
        Ok(match code {
            t::INT => Const::Int(i64::from(self.read_i32("an int")?)),
            t::INT64 => {
                let b = self.take(8, "a 64-bit int")?;
                let mut bytes = [0u8; 8];
                bytes.copy_from_slice(b);
                Const::Int(i64::from_le_bytes(bytes))
            }
            t::FLOAT => Const::Float(self.read_text_float()?),
            t::BINARY_FLOAT => Const::Float(self.read_f64("a binary float")?),
            t::COMPLEX => {
                let re = self.read_text_float()?;
                Const::Complex(re, self.read_text_float()?)
            }
            t::BINARY_COMPLEX => {
                let re = self.read_f64("a binary complex")?;
                Const::Complex(re, self.read_f64("a binary complex")?)
            }
            t::LONG => Const::Long(Rc::new(self.read_long()?)),
            t::STRING => Const::Str(Rc::from(self.read_bytes("a string")?)),
            t::INTERNED => {
                let s: Rc<[u8]> = Rc::from(self.read_bytes("an interned string")?);
                self.interned.push(s.clone());
                Const::Str(s)
            }
            t::STRINGREF => Const::Str(self.read_string_ref()?),
            t::UNICODE => Const::Unicode(self.read_unicode()?),
            other => {
                return self.error(
                    at,
                    format!(
                        "bad marshal data (unknown type code {:?}, byte 0x{other:02x})",
                        char::from(other)
                    ),
                )
            }
        })
    }

    fn read_string_ref(&mut self) -> Result<Rc<[u8]>, LoadError> {
        let index_at = self.pos;
        let index = self.read_i32("a string reference")?;
        match usize::try_from(index)
            .ok()
            .and_then(|i| self.interned.get(i))
        {
            Some(s) => Ok(s.clone()),
            None => self.error(
                index_at,
                format!(
                    "bad marshal data (string ref {index} out of range: {} interned so far)",
                    self.interned.len()
                ),
            ),
        }
    }

    fn read_unicode(&mut self) -> Result<Rc<[u32]>, LoadError> {
        let bytes = self.read_bytes("a unicode string")?;
        match unicodeobject::decode_utf8(bytes) {
            Ok(chars) => Ok(Rc::from(chars)),
            Err(e) => {
                let start = self.pos - bytes.len() + e.start;
                self.error(
                    start,
                    format!(
                        "bad marshal data (unicode string is not UTF-8: {})",
                        e.reason
                    ),
                )
            }
        }
    }

    /// A long: a signed count of 15-bit digits (least significant first), each
    /// in two bytes. The sign of the count is the sign of the number.
    fn read_long(&mut self) -> Result<BigInt, LoadError> {
        let count_at = self.pos;
        let n = self.read_i32("a long's digit count")?;
        if n == i32::MIN {
            return self.error(count_at, "bad marshal data (long size out of range)");
        }
        let count = n.unsigned_abs() as usize;
        // The 15-bit digits are packed into 32-bit words, least significant first.
        let mut words: Vec<u32> = Vec::with_capacity(count.min(self.data.len()) / 2 + 1);
        let (mut acc, mut acc_bits) = (0u64, 0u32);
        for j in 0..count {
            let digit_at = self.pos;
            let b = self.take(2, "a long's digit")?;
            let digit = i16::from_le_bytes([b[0], b[1]]);
            if digit < 0 {
                return self.error(
                    digit_at,
                    format!(
                        "bad marshal data (digit {} out of range in long)",
                        digit as u16
                    ),
                );
            }
            let digit = digit as u32;
            if digit == 0 && j == count - 1 {
                return self.error(
                    digit_at,
                    "bad marshal data (unnormalized long data: top digit is zero)",
                );
            }
            acc |= u64::from(digit) << acc_bits;
            acc_bits += 15;
            if acc_bits >= 32 {
                words.push(acc as u32);
                acc >>= 32;
                acc_bits -= 32;
            }
        }
        words.push(acc as u32);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_biguint(sign, BigUint::new(words)))
    }

    #[inline(never)]
    fn read_items(&mut self, what: &str) -> Result<Vec<Const>, LoadError> {
        let n = self.read_size(&format!("a {what}"))?;
        // The count is not trusted for allocation: every item takes at least a byte.
        let mut items = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            let at = self.pos;
            match self.read_object_or_null()? {
                Some(item) => items.push(item),
                None => return Err(null_in(at, what)),
            }
        }
        Ok(items)
    }

    fn read_set_items(&mut self, what: &str) -> Result<Vec<Const>, LoadError> {
        let n = self.read_size(&format!("a {what}"))?;
        let mut items: Vec<Const> = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            let at = self.pos;
            let Some(item) = self.read_object_or_null()? else {
                return Err(null_in(at, what));
            };
            check_hashable(&item, at)?;
            if !items.iter().any(|old| old.same_key(&item)) {
                items.push(item);
            }
        }
        Ok(items)
    }

    /// A dict: key, value pairs until a NULL key. A NULL value drops its
    /// entry; a repeated key keeps its first place and takes the new value.
    fn read_dict(&mut self) -> Result<Vec<(Const, Const)>, LoadError> {
        let mut entries: Vec<(Const, Const)> = Vec::new();
        loop {
            let at = self.pos;
            let Some(key) = self.read_object_or_null()? else {
                return Ok(entries);
            };
            let Some(value) = self.read_object_or_null()? else {
                continue;
            };
            check_hashable(&key, at)?;
            match entries.iter_mut().find(|(old, _)| old.same_key(&key)) {
                Some(entry) => entry.1 = value,
                None => entries.push((key, value)),
            }
        }
    }

    fn read_code(&mut self) -> Result<Code, LoadError> {
        let argcount = self.read_i32("co_argcount")?;
        let nlocals = self.read_i32("co_nlocals")?;
        let stacksize = self.read_i32("co_stacksize")?;
        let flags = self.read_i32("co_flags")? as u32;
        let code = self.read_field_str("co_code")?;
        let consts = self.read_field_tuple("co_consts")?;
        let names = self.read_field_names("co_names")?;
        let varnames = self.read_field_names("co_varnames")?;
        let freevars = self.read_field_names("co_freevars")?;
        let cellvars = self.read_field_names("co_cellvars")?;
        let filename = text(&self.read_field_str("co_filename")?);
        let name = text(&self.read_field_str("co_name")?);
        let firstlineno = self.read_i32("co_firstlineno")?;
        let lnotab = self.read_field_str("co_lnotab")?;
        if argcount < 0 || nlocals < 0 {
            return self.error(
                self.pos,
                format!("bad code object (co_argcount {argcount}, co_nlocals {nlocals}: negative)"),
            );
        }
        Ok(Code {
            argcount,
            nlocals,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            freevars,
            cellvars,
            filename,
            name,
            firstlineno,
            lnotab,
        })
    }

    fn read_field_str(&mut self, field: &str) -> Result<Rc<[u8]>, LoadError> {
        let at = self.pos;
        match self.read_object()? {
            Const::Str(s) => Ok(s),
            other => self.error(
                at,
                format!(
                    "bad code object ({field} is a {}, not a str)",
                    other.type_name()
                ),
            ),
        }
    }

    fn read_field_tuple(&mut self, field: &str) -> Result<Vec<Const>, LoadError> {
        let at = self.pos;
        match self.read_object()? {
            Const::Tuple(items) => Ok(items.to_vec()),
            other => self.error(
                at,
                format!(
                    "bad code object ({field} is a {}, not a tuple)",
                    other.type_name()
                ),
            ),
        }
    }

    fn read_field_names(&mut self, field: &str) -> Result<Vec<Rc<str>>, LoadError> {
        let at = self.pos;
        let items = self.read_field_tuple(field)?;
        items
            .iter()
            .map(|item| match item {
                Const::Str(s) => Ok(text(s)),
                other => self.error(
                    at,
                    format!(
                        "bad code object ({field} holds a {}, not only strs)",
                        other.type_name()
                    ),
                ),
            })
            .collect()
    }
}

#[cold]
fn null_in(at: usize, what: &str) -> LoadError {
    LoadError {
        offset: at,
        message: format!("bad marshal data (NULL object in marshal data for {what})"),
    }
}

/// Names and file names are byte strings in Python 2; glasspy keeps them as
/// text, replacing bytes that are not UTF-8 (they cannot occur in names the
/// 2.7 compiler accepts).
fn text(bytes: &[u8]) -> Rc<str> {
    Rc::from(String::from_utf8_lossy(bytes).as_ref())
}

/// Parses a float as `PyOS_string_to_double` does for marshal's text floats.
fn parse_float(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => Some(sign * f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ if body.starts_with(|c: char| c.is_ascii_digit() || c == '.') => {
            body.parse::<f64>().ok().map(|x| sign * x)
        }
        _ => None,
    }
}

fn check_hashable(item: &Const, at: usize) -> Result<(), LoadError> {
    match item {
        Const::List(_) | Const::Dict(_) | Const::Set(_) => Err(LoadError {
            offset: at,
            message: format!("bad marshal data (unhashable type: '{}')", item.type_name()),
        }),
        Const::Tuple(items) => items.iter().try_for_each(|i| check_hashable(i, at)),
        _ => Ok(()),
    }
}

impl Const {
    /// Whether two hashable constants are the same dict key or set element:
    /// Python's `==` for numbers (`1 == 1L == 1.0 == True`), strings and tuples.
    fn same_key(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (Str(a), Str(b)) => a == b,
            (Unicode(a), Unicode(b)) => a == b,
            (Str(a), Unicode(b)) | (Unicode(b), Str(a)) => {
                a.iter().all(u8::is_ascii) && a.iter().map(|&c| u32::from(c)).eq(b.iter().copied())
            }
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_key(y))
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => match (self.as_complex(), other.as_complex()) {
                (Some(x), Some(y)) => x == y && self.exact_int_eq(other),
                _ => std::mem::discriminant(self) == std::mem::discriminant(other),
            },
        }
    }

    /// The value of a number as a complex pair, for comparing keys.
    fn as_complex(&self) -> Option<(f64, f64)> {
        use num_traits::ToPrimitive;
        match self {
            Const::True => Some((1.0, 0.0)),
            Const::False => Some((0.0, 0.0)),
            Const::Int(i) => Some((*i as f64, 0.0)),
            Const::Long(l) => Some((l.to_f64().unwrap_or(f64::INFINITY), 0.0)),
            Const::Float(f) => Some((*f, 0.0)),
            Const::Complex(re, im) => Some((*re, *im)),
            _ => None,
        }
    }

    /// Integers too large for an exact `f64` compare exactly with each other.
    fn exact_int_eq(&self, other: &Const) -> bool {
        let big = |c: &Const| match c {
            Const::Int(i) => Some(BigInt::from(*i)),
            Const::Long(l) => Some((**l).clone()),
            _ => None,
        };
        match (big(self), big(other)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_scalars() {
        assert_eq!(loads(b"i\x07\x00\x00\x00").unwrap().repr(), "7");
        assert_eq!(
            loads(b"I\x00\x00\x00\x00\x00\x01\x00\x00").unwrap().repr(),
            "1099511627776"
        );
        assert_eq!(
            loads(b"l\xfe\xff\xff\xff\x00\x00\x01\x00").unwrap().repr(),
            "-32768L"
        );
        assert_eq!(loads(b"f\x031.5").unwrap().repr(), "1.5");
        assert_eq!(loads(b"x\x011\x04-inf").unwrap().repr(), "(1-infj)");
        assert_eq!(
            loads(b"u\x02\x00\x00\x00\xc3\xa9").unwrap().repr(),
            "u'\\xe9'"
        );
    }

    #[test]
    fn interned_strings_are_referenced_back() {
        let data = b"(\x02\x00\x00\x00t\x02\x00\x00\x00abR\x00\x00\x00\x00";
        assert_eq!(loads(data).unwrap().repr(), "('ab', 'ab')");
        let bad = b"(\x02\x00\x00\x00t\x02\x00\x00\x00abR\x01\x00\x00\x00";
        let err = loads(bad).unwrap_err();
        assert_eq!(err.offset, 13);
        assert!(
            err.message.contains("string ref 1 out of range"),
            "{}",
            err.message
        );
    }

    #[test]
    fn rejects_bad_input_with_offsets() {
        let err = loads(b"s\x10\x00\x00\x00abc").unwrap_err();
        assert_eq!(err.offset, 5);
        assert!(
            err.message.contains("16 bytes needed, 3 left"),
            "{}",
            err.message
        );
        assert_eq!(loads(b"Q").unwrap_err().offset, 0);
        assert!(loads(b"l\x01\x00\x00\x00\x00\x00")
            .unwrap_err()
            .message
            .contains("unnormalized"));
        assert!(loads(b"l\x01\x00\x00\x00\xff\xff")
            .unwrap_err()
            .message
            .contains("out of range"));
        assert!(loads(b"(\x01\x00\x00\x000")
            .unwrap_err()
            .message
            .contains("NULL"));
        assert!(loads(b"<\x01\x00\x00\x00[\x00\x00\x00\x00")
            .unwrap_err()
            .message
            .contains("unhashable"));
    }

    #[test]
    fn nesting_is_bounded() {
        let mut data = Vec::new();
        for _ in 0..(MAX_DEPTH + 5) {
            data.extend_from_slice(b"(\x01\x00\x00\x00");
        }
        data.push(b'N');
        let err = loads(&data).unwrap_err();
        assert!(err.message.contains("nested deeper"), "{}", err.message);
        // Just inside the limit loads.
        let ok: Vec<u8> = b"(\x01\x00\x00\x00"
            .repeat(MAX_DEPTH - 1)
            .into_iter()
            .chain([b'N'])
            .collect();
        assert!(loads(&ok).is_ok());
    }

    #[test]
    fn dict_and_set_keys() {
        // {1: 'a', 1.0: 'b'} keeps one key, the first, with the last value.
        let data = b"{i\x01\x00\x00\x00s\x01\x00\x00\x00ag\x00\x00\x00\x00\x00\x00\xf0?s\x01\x00\x00\x00b0";
        assert_eq!(loads(data).unwrap().repr(), "{1: 'b'}");
        let set = b"<\x02\x00\x00\x00TI\x01\x00\x00\x00\x00\x00\x00\x00";
        assert_eq!(loads(set).unwrap().repr(), "set([True])");
    }

    #[test]
    fn names_other_versions() {
        let err = load_pyc(b"\x33\x0d\x0d\x0a\0\0\0\0").unwrap_err();
        assert_eq!(
            err.message,
            "compiled by Python 3.6 (magic 3379); glasspy runs Python 2.7 bytecode (magic 62211)"
        );
        assert!(load_pyc(b"\x7fELF")
            .unwrap_err()
            .message
            .contains("bad magic number"));
    }
}

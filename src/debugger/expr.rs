//! The expressions `print` evaluates in the selected frame: names,
//! attributes, subscripts, calls, literals (numbers, strings, `None`,
//! `True`, `False`, tuples and lists), arithmetic and comparisons. Names are looked up
//! as the frame's code would: fast locals, cells, the frame's namespace,
//! globals, then builtins. Attributes, subscripts and calls run the
//! program's own methods, as they would in the program.

use crate::objects::object::Truth;
use std::rc::Rc;

use crate::objects::methodobject::Args;
use crate::objects::object::Value;
use crate::objects::stringobject::PyStr;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};

/// Why an expression gave no value.
pub enum Failure {
    /// The text is not an expression this evaluator reads.
    Syntax(String),
    /// Evaluating it raised.
    Raised(PyErr),
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Failure {
        Failure::Raised(e)
    }
}

/// Evaluates `text` in `frames[index]`.
pub fn evaluate(vm: &mut Vm, index: usize, text: &str) -> Result<Value, Failure> {
    let tokens = tokenize(text).map_err(Failure::Syntax)?;
    let mut parser = Parser {
        tokens,
        pos: 0,
        vm,
        frame: index,
    };
    let mut v = parser.expr()?;
    // `p a, b` shows a tuple, as in Python.
    if parser.eat(',') {
        let mut items = vec![v];
        while parser.pos < parser.tokens.len() {
            items.push(parser.expr()?);
            if !parser.eat(',') {
                break;
            }
        }
        v = Value::tuple(items);
    }
    if parser.pos < parser.tokens.len() {
        return Err(Failure::Syntax(format!(
            "unexpected {:?}",
            parser.tokens[parser.pos].text()
        )));
    }
    Ok(v)
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Name(String),
    Number(String),
    Str(Vec<u8>),
    Punct(char),
    /// A binary operator other than `-`.
    Op(String),
}

impl Token {
    fn text(&self) -> String {
        match self {
            Token::Name(s) | Token::Number(s) => s.clone(),
            Token::Str(b) => String::from_utf8_lossy(b).into_owned(),
            Token::Punct(c) => c.to_string(),
            Token::Op(o) => o.clone(),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Name(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            out.push(Token::Number(chars[start..i].iter().collect()));
        } else if c == '\'' || c == '"' {
            let mut bytes = Vec::new();
            i += 1;
            loop {
                let Some(&ch) = chars.get(i) else {
                    return Err("the string has no end".into());
                };
                i += 1;
                if ch == c {
                    break;
                }
                let ch = if ch == '\\' {
                    let e = chars.get(i).copied().unwrap_or('\\');
                    i += 1;
                    match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        other => other,
                    }
                } else {
                    ch
                };
                let mut buf = [0u8; 4];
                bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            out.push(Token::Str(bytes));
        } else if let Some(op) = ["**", "//", "==", "!=", "<=", ">="]
            .iter()
            .find(|op| chars[i..].starts_with(&op.chars().collect::<Vec<_>>()))
        {
            out.push(Token::Op(op.to_string()));
            i += 2;
        } else if "+*/%<>".contains(c) {
            out.push(Token::Op(c.to_string()));
            i += 1;
        } else if "()[].,-".contains(c) {
            out.push(Token::Punct(c));
            i += 1;
        } else {
            return Err(format!("unexpected {c:?}"));
        }
    }
    Ok(out)
}

struct Parser<'a> {
    tokens: Vec<Token>,
    pos: usize,
    vm: &'a mut Vm,
    frame: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Token::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), Failure> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(Failure::Syntax(format!("expected {c:?}")))
        }
    }

    /// The binary operator at the current token, with its precedence.
    fn operator(&self) -> Option<(String, u8)> {
        let op = match self.peek()? {
            Token::Punct('-') => "-".to_string(),
            Token::Op(o) => o.clone(),
            _ => return None,
        };
        let level = match op.as_str() {
            "==" | "!=" | "<" | "<=" | ">" | ">=" => 1,
            "+" | "-" => 2,
            "*" | "/" | "//" | "%" => 3,
            _ => 4,
        };
        Some((op, level))
    }

    /// Python's precedence: comparisons, then `+ -`, `* / // %`, unary
    /// minus, `**` (right to left).
    fn expr(&mut self) -> Result<Value, Failure> {
        self.binary(1)
    }

    fn binary(&mut self, min: u8) -> Result<Value, Failure> {
        let mut left = self.unary()?;
        while let Some((op, level)) = self.operator() {
            if level < min {
                break;
            }
            self.pos += 1;
            // `**` binds to the right; the others to the left.
            let right = if op == "**" {
                self.binary(level)?
            } else {
                self.binary(level + 1)?
            };
            left = self.apply(&op, &left, &right)?;
        }
        Ok(left)
    }

    fn apply(&mut self, op: &str, a: &Value, b: &Value) -> Result<Value, Failure> {
        use crate::objects::abstract_::{BinOp, CmpOp};
        let bin = match op {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            "//" => BinOp::FloorDiv,
            "%" => BinOp::Mod,
            "**" => BinOp::Pow,
            _ => {
                let cmp = match op {
                    "==" => CmpOp::Eq,
                    "!=" => CmpOp::Ne,
                    "<" => CmpOp::Lt,
                    "<=" => CmpOp::Le,
                    ">" => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                return Ok(self.vm.compare(a, b, cmp)?);
            }
        };
        Ok(self.vm.binary_op(a, b, bin)?)
    }

    fn unary(&mut self) -> Result<Value, Failure> {
        if self.eat('-') {
            let v = self.unary()?;
            return Ok(self.vm.unary_op(crate::opcode::UNARY_NEGATIVE, &v)?);
        }
        let base = self.postfix()?;
        // `-2 ** 2` is `-(2 ** 2)`: the power binds tighter than the minus.
        if matches!(self.peek(), Some(Token::Op(o)) if o == "**") {
            self.pos += 1;
            let exponent = self.unary()?;
            return self.apply("**", &base, &exponent);
        }
        Ok(base)
    }

    fn postfix(&mut self) -> Result<Value, Failure> {
        let mut v = self.atom()?;
        loop {
            if self.eat('.') {
                let Some(Token::Name(name)) = self.peek().cloned() else {
                    return Err(Failure::Syntax("expected a name after '.'".into()));
                };
                self.pos += 1;
                v = self.vm.getattr(&v, &Rc::new(PyStr::from(name.as_str())))?;
            } else if self.eat('[') {
                let key = self.expr()?;
                self.expect(']')?;
                v = self.vm.getitem(&v, &key)?;
            } else if self.eat('(') {
                let args = self.items(')')?;
                v = self.vm.call(&v, Args::positional(args))?;
            } else {
                return Ok(v);
            }
        }
    }

    /// Comma-separated expressions up to `close`.
    fn items(&mut self, close: char) -> Result<Vec<Value>, Failure> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(self.expr()?);
            if !self.eat(',') {
                self.expect(close)?;
                break;
            }
        }
        Ok(items)
    }

    fn atom(&mut self) -> Result<Value, Failure> {
        let Some(token) = self.peek().cloned() else {
            return Err(Failure::Syntax("an expression is missing".into()));
        };
        self.pos += 1;
        match token {
            Token::Name(name) => match name.as_str() {
                "None" => Ok(Value::None),
                "True" => Ok(Value::Bool(Truth::True)),
                "False" => Ok(Value::Bool(Truth::False)),
                _ => Ok(lookup(self.vm, self.frame, &name)?),
            },
            Token::Number(text) => {
                number(&text).ok_or_else(|| Failure::Syntax(format!("{text:?} is not a number")))
            }
            Token::Str(bytes) => Ok(Value::bytes(&bytes)),
            Token::Punct('(') => {
                let start = self.pos;
                let first = if self.eat(')') {
                    return Ok(Value::tuple(Vec::new()));
                } else {
                    self.expr()?
                };
                if self.eat(')') {
                    return Ok(first);
                }
                self.pos = start;
                Ok(Value::tuple(self.items(')')?))
            }
            Token::Punct('[') => Ok(Value::list(self.items(']')?)),
            other => Err(Failure::Syntax(format!("unexpected {:?}", other.text()))),
        }
    }
}

fn number(text: &str) -> Option<Value> {
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::Int(i));
    }
    if text.contains(['.', 'e', 'E']) {
        return text.parse::<f64>().ok().map(Value::float);
    }
    let digits = text.trim_end_matches(['l', 'L']);
    digits
        .parse::<num_bigint::BigInt>()
        .ok()
        .map(|b| Value::Long(Rc::new(b)))
}

/// A name as the frame's code would find it.
pub fn lookup(vm: &Vm, index: usize, name: &str) -> PyResult<Value> {
    let frame: &Frame = &vm.frames[index];
    let code = &frame.code.code;
    if let Some(i) = code.varnames.iter().position(|n| &**n == name) {
        if let Some(Some(v)) = frame.fast.get(i) {
            return Ok(v.clone());
        }
    }
    let cells = code.cellvars.iter().chain(code.freevars.iter());
    for (i, n) in cells.enumerate() {
        if &**n == name {
            if let Some(v) = frame.cells.get(i).and_then(|c| c.get()) {
                return Ok(v);
            }
        }
    }
    let found = frame
        .locals
        .as_ref()
        .and_then(|l| l.get_str(name))
        .or_else(|| frame.globals.get_str(name))
        .or_else(|| frame.builtins.get_str(name));
    found.ok_or_else(|| vm.name_error(format!("name '{name}' is not defined")))
}

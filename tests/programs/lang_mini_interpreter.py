# Longer program: an interpreter for a small language (tokenizer generator, recursive-descent parser to AST classes, tree-walking evaluator, closures, errors).
import string

class LangError(Exception):
    def __init__(self, msg, line=None):
        Exception.__init__(self, msg)
        self.line = line
    def __str__(self):
        if self.line is None:
            return self.args[0]
        return 'line %d: %s' % (self.line, self.args[0])

class Token(object):
    __slots__ = ('kind', 'value', 'line')
    def __init__(self, kind, value, line):
        self.kind, self.value, self.line = kind, value, line
    def __repr__(self):
        return '%s:%r' % (self.kind, self.value)

KEYWORDS = set(['let', 'fn', 'if', 'else', 'while', 'print', 'return', 'true', 'false'])
OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '=', '!', '(', ')', '{', '}', ',', ';']

def tokenize(src):
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
        elif c in ' \t':
            i += 1
        elif c == '#':
            while i < n and src[i] != '\n':
                i += 1
        elif c in string.digits:
            j = i
            while j < n and src[j] in string.digits:
                j += 1
            yield Token('num', int(src[i:j]), line)
            i = j
        elif c in string.ascii_letters or c == '_':
            j = i
            while j < n and (src[j] in string.ascii_letters or src[j] in string.digits or src[j] == '_'):
                j += 1
            word = src[i:j]
            yield Token('kw' if word in KEYWORDS else 'name', word, line)
            i = j
        elif c == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise LangError('unterminated string', line)
            yield Token('str', src[i + 1:j], line)
            i = j + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    yield Token('op', op, line)
                    i += len(op)
                    break
            else:
                raise LangError('unexpected character %r' % c, line)
    yield Token('eof', None, line)

class Node(object):
    fields = ()
    def __init__(self, *args):
        for f, a in zip(self.fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(repr(getattr(self, f)) for f in self.fields))

class Num(Node): fields = ('value',)
class Str(Node): fields = ('value',)
class Bool(Node): fields = ('value',)
class Var(Node): fields = ('name', 'line')
class BinOp(Node): fields = ('op', 'left', 'right', 'line')
class Unary(Node): fields = ('op', 'operand')
class Call(Node): fields = ('func', 'args', 'line')
class Func(Node): fields = ('params', 'body')
class Let(Node): fields = ('name', 'expr')
class Assign(Node): fields = ('name', 'expr', 'line')
class If(Node): fields = ('cond', 'then', 'other')
class While(Node): fields = ('cond', 'body')
class Print(Node): fields = ('args',)
class Return(Node): fields = ('expr',)
class ExprStmt(Node): fields = ('expr',)

PRECEDENCE = [('||',), ('&&',), ('==', '!='), ('<', '<=', '>', '>='), ('+', '-'), ('*', '/', '%')]

class Parser(object):
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def accept(self, kind, value=None):
        tok = self.peek()
        if tok.kind == kind and (value is None or tok.value == value):
            return self.advance()
        return None
    def expect(self, kind, value=None):
        tok = self.accept(kind, value)
        if tok is None:
            got = self.peek()
            raise LangError('expected %s but found %r' % (value or kind, got.value), got.line)
        return tok
    def program(self):
        stmts = []
        while self.peek().kind != 'eof':
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.expect('op', '{')
        stmts = []
        while not self.accept('op', '}'):
            stmts.append(self.statement())
        return stmts
    def statement(self):
        tok = self.peek()
        if self.accept('kw', 'let'):
            name = self.expect('name').value
            self.expect('op', '=')
            e = self.expression()
            self.expect('op', ';')
            return Let(name, e)
        if self.accept('kw', 'if'):
            cond = self.expression()
            then = self.block()
            other = []
            if self.accept('kw', 'else'):
                other = [self.statement()] if self.peek().value == 'if' else self.block()
            return If(cond, then, other)
        if self.accept('kw', 'while'):
            return While(self.expression(), self.block())
        if self.accept('kw', 'print'):
            args = [self.expression()]
            while self.accept('op', ','):
                args.append(self.expression())
            self.expect('op', ';')
            return Print(args)
        if self.accept('kw', 'return'):
            e = self.expression()
            self.expect('op', ';')
            return Return(e)
        if tok.kind == 'name' and self.tokens[self.pos + 1].value == '=':
            self.advance(); self.advance()
            e = self.expression()
            self.expect('op', ';')
            return Assign(tok.value, e, tok.line)
        e = self.expression()
        self.expect('op', ';')
        return ExprStmt(e)
    def expression(self, level=0):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        while self.peek().kind == 'op' and self.peek().value in PRECEDENCE[level]:
            op = self.advance()
            right = self.expression(level + 1)
            left = BinOp(op.value, left, right, op.line)
        return left
    def unary(self):
        if self.accept('op', '-'):
            return Unary('-', self.unary())
        if self.accept('op', '!'):
            return Unary('!', self.unary())
        return self.call()
    def call(self):
        e = self.primary()
        while self.peek().value == '(' and self.peek().kind == 'op':
            line = self.advance().line
            args = []
            if not self.accept('op', ')'):
                args.append(self.expression())
                while self.accept('op', ','):
                    args.append(self.expression())
                self.expect('op', ')')
            e = Call(e, args, line)
        return e
    def primary(self):
        tok = self.advance()
        if tok.kind == 'num':
            return Num(tok.value)
        if tok.kind == 'str':
            return Str(tok.value)
        if tok.kind == 'kw' and tok.value in ('true', 'false'):
            return Bool(tok.value == 'true')
        if tok.kind == 'name':
            return Var(tok.value, tok.line)
        if tok.kind == 'kw' and tok.value == 'fn':
            self.expect('op', '(')
            params = []
            if not self.accept('op', ')'):
                params.append(self.expect('name').value)
                while self.accept('op', ','):
                    params.append(self.expect('name').value)
                self.expect('op', ')')
            return Func(params, self.block())
        if tok.kind == 'op' and tok.value == '(':
            e = self.expression()
            self.expect('op', ')')
            return e
        raise LangError('unexpected %r' % (tok.value,), tok.line)

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

class Env(object):
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def lookup(self, name, line):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError('undefined variable %s' % name, line)

class Closure(object):
    def __init__(self, func, env):
        self.func, self.env = func, env
    def __str__(self):
        return '<fn/%d>' % len(self.func.params)

def show(v):
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    return str(v)

class Interpreter(object):
    def __init__(self):
        self.globals = Env()
        self.globals.vars['len'] = len
        self.globals.vars['str'] = show
        self.steps = 0
    def run(self, src):
        stmts = Parser(tokenize(src)).program()
        self.exec_block(stmts, self.globals)
    def exec_block(self, stmts, env):
        for s in stmts:
            self.execute(s, env)
    def execute(self, s, env):
        self.steps += 1
        method = getattr(self, 'exec_' + type(s).__name__)
        method(s, env)
    def exec_Let(self, s, env):
        env.vars[s.name] = self.eval(s.expr, env)
    def exec_Assign(self, s, env):
        env.lookup(s.name, s.line).vars[s.name] = self.eval(s.expr, env)
    def exec_If(self, s, env):
        branch = s.then if self.truthy(self.eval(s.cond, env)) else s.other
        self.exec_block(branch, Env(env))
    def exec_While(self, s, env):
        while self.truthy(self.eval(s.cond, env)):
            self.exec_block(s.body, Env(env))
    def exec_Print(self, s, env):
        print ' '.join(show(self.eval(a, env)) for a in s.args)
    def exec_Return(self, s, env):
        raise ReturnSignal(self.eval(s.expr, env))
    def exec_ExprStmt(self, s, env):
        self.eval(s.expr, env)
    def truthy(self, v):
        return v not in (False, 0, '', None)
    def eval(self, e, env):
        kind = type(e)
        if kind in (Num, Str, Bool):
            return e.value
        if kind is Var:
            return env.lookup(e.name, e.line).vars[e.name]
        if kind is Unary:
            v = self.eval(e.operand, env)
            return -v if e.op == '-' else not self.truthy(v)
        if kind is Func:
            return Closure(e, env)
        if kind is Call:
            return self.call(self.eval(e.func, env), [self.eval(a, env) for a in e.args], e.line)
        if kind is BinOp:
            if e.op == '&&':
                l = self.eval(e.left, env)
                return self.eval(e.right, env) if self.truthy(l) else l
            if e.op == '||':
                l = self.eval(e.left, env)
                return l if self.truthy(l) else self.eval(e.right, env)
            l, r = self.eval(e.left, env), self.eval(e.right, env)
            try:
                return BINOPS[e.op](l, r)
            except ZeroDivisionError:
                raise LangError('division by zero', e.line)
            except TypeError:
                raise LangError('bad operands for %s: %s and %s' % (e.op, type(l).__name__, type(r).__name__), e.line)
        raise LangError('cannot evaluate %r' % (e,))
    def call(self, f, args, line):
        if isinstance(f, Closure):
            if len(args) != len(f.func.params):
                raise LangError('expected %d arguments, got %d' % (len(f.func.params), len(args)), line)
            env = Env(f.env)
            env.vars.update(zip(f.func.params, args))
            try:
                self.exec_block(f.func.body, env)
            except ReturnSignal as r:
                return r.value
            return None
        if callable(f):
            return f(*args)
        raise LangError('%s is not a function' % show(f), line)

BINOPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a // b, '%': lambda a, b: a % b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
}

PROGRAM = '''
# closures, recursion and loops
let fact = fn(n) { if n <= 1 { return 1; } return n * fact(n - 1); };
print "fact(20) =", fact(20);
let make_counter = fn() {
    let count = 0;
    return fn() { count = count + 1; return count; };
};
let c1 = make_counter();
let c2 = make_counter();
c1(); c1();
print "counters:", c1(), c2();
let i = 0;
let total = 0;
while i < 10 {
    if i % 2 == 0 { total = total + i; } else if i == 7 { print "seven"; } else { total = total - 1; }
    i = i + 1;
}
print "total:", total;
let fib = fn(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); };
print "fib:", fib(15), "len:", len("hello"), "str:", str(true) + "!";
print !true, -(-5), 1 < 2 && 2 < 3, false || "fallback", 7 / 2, -7 / 2, -7 % 3;
let compose = fn(f, g) { return fn(x) { return f(g(x)); }; };
let inc = fn(x) { return x + 1; };
let dbl = fn(x) { return x * 2; };
print compose(inc, dbl)(5), compose(dbl, inc)(5), make_counter;
'''

interp = Interpreter()
interp.run(PROGRAM)
print 'steps executed:', interp.steps
print list(tokenize('let x = 1 + foo(2, "s");'))
print Parser(tokenize('1 + 2 * (3 - x)')).expression()

BAD = [
    'print 1 / 0;',
    'print y;',
    'let f = fn(a) { return a; }; f(1, 2);',
    'print 1 + "s";',
    'let = 5;',
    'print "open;',
    'print 3 @ 4;',
    'let v = 5; v(1);',
]
for src in BAD:
    try:
        Interpreter().run(src)
    except LangError as e:
        print 'error:', e
Interpreter().run('let a = 1;\nlet b = 2;\nprint a +\n   nope;')

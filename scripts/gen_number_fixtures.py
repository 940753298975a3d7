"""Writes tests/fixtures/numbers/cases.txt: what CPython 2.7 gives for
thousands of operations on ints, longs, floats and numeric strings, which
tests/numbers.rs checks line by line.

Usage (from the repository root): python2.7 scripts/gen_number_fixtures.py

One case a line, fields separated by tabs:

    OP  ARG...  ->  RESULT...

ARG is an int or long as repr() writes it (7, 7L), a float as repr() writes
it (repr reads back exactly: 1.5, -0.0, 1e+300, inf, nan), or a str as
repr() writes it ('0x1f').

RESULT is TYPE and repr(value): `int 7`, `long 7L`, `float 0.5`,
`str '0xff'`; divmod gives two such fields; a comparison gives `flags` and
six T/F letters for <, <=, ==, !=, >, >=. An exception is `!NAME` and
repr(str(exception)) as a second field.

OP names the Python expression (a, b, c are the ARGs):
  add sub mul        a + b, a - b, a * b
  div                a / b (classic division, operator.div)
  truediv            operator.truediv(a, b)
  floordiv mod       a // b, a % b
  divmod             divmod(a, b)
  pow                a ** b, or pow(a, b, c) with three ARGs
  lshift rshift      a << b, a >> b
  and or xor         a & b, a | b, a ^ b
  cmp                the six comparisons of a with b
  neg pos invert abs -a, +a, ~a, abs(a)
  int long float     int(a), long(a), float(a)
  hex oct bin        hex(a), oct(a), bin(a)
  repr str           repr(a), str(a)
  round              round(a, b)
  int_s long_s       int(a) / long(a), or int(a, b) / long(a, b): a is a str
  float_s            float(a): a is a str

The file is rewritten only when its content changed. With SIZES=1 in the
environment, each section's count of cases and bytes is printed (the file
is kept under 1 MB).
"""
import operator
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'numbers', 'cases.txt')

M = sys.maxint
assert M == 2 ** 63 - 1, 'a 64-bit CPython 2.7 is needed'

INTS = [0, 1, -1, 2, -2, 7, -7, 0L, -7L,
        M, -M - 1, long(M), long(-M - 1), 2 ** 62, 2 ** 63, 2 ** 64,
        10 ** 30, -10 ** 30]
FLOATS = [0.0, -0.0, 0.5, -1.0, 1.5, -7.5, 1e308, -1e308,
          1e-300, 5e-324, float('inf'), float('-inf'), float('nan'),
          9.2233720368547758e18]
# Integers met by floats (conversions, mixed arithmetic, comparisons).
FLOAT_INTS = [0, -7, M, 2 ** 63, -10 ** 30]
# Too large for a float: compared exactly, converted with an OverflowError.
HUGE = 10 ** 400

OPS2 = [
    ('add', operator.add), ('sub', operator.sub), ('mul', operator.mul),
    ('div', operator.div), ('truediv', operator.truediv),
    ('floordiv', operator.floordiv), ('mod', operator.mod),
    ('divmod', divmod), ('pow', operator.pow),
]
INT_OPS2 = [
    ('lshift', operator.lshift), ('rshift', operator.rshift),
    ('and', operator.and_), ('or', operator.or_), ('xor', operator.xor),
]
INT_OPS1 = [
    ('neg', operator.neg), ('pos', operator.pos), ('invert', operator.invert),
    ('abs', abs), ('int', int), ('long', long), ('float', float),
    ('hex', hex), ('oct', oct), ('bin', bin), ('repr', repr), ('str', str),
]


def arg(x):
    return repr(x)


class Flags(str):
    """A result field written as it is."""


def value(x):
    if isinstance(x, Flags):
        return x
    if isinstance(x, tuple):
        return '\t'.join(value(item) for item in x)
    if isinstance(x, bool):
        raise RuntimeError('bool result')
    return '%s %s' % (type(x).__name__, repr(x))


def flags(a, b):
    return Flags('flags ' + ''.join('T' if f(a, b) else 'F' for f in (
        operator.lt, operator.le, operator.eq, operator.ne, operator.gt,
        operator.ge)))


def case(out, op, args, fn):
    try:
        result = value(fn())
    except (ArithmeticError, ValueError, TypeError, MemoryError) as e:
        result = '!%s\t%s' % (type(e).__name__, repr(str(e)))
    out.append('\t'.join([op] + [arg(a) for a in args] + ['->', result]))


def too_slow_power(a, b):
    """a ** b that CPython would compute for hours or run out of memory on."""
    return abs(a) > 1 and b > 5000


def binary_cases(out, operands, ops, skip_int_pairs=False):
    for a in operands:
        for b in operands:
            ints = not isinstance(a, float) and not isinstance(b, float)
            if skip_int_pairs and ints:
                continue
            for name, fn in ops:
                if name == 'pow' and ints and too_slow_power(a, b):
                    continue
                case(out, name, [a, b], lambda: fn(a, b))
            case(out, 'cmp', [a, b], lambda: flags(a, b))


def random_long(rng, max_bits):
    n = rng.getrandbits(rng.randint(1, max_bits))
    return -n if rng.random() < 0.5 else n


def random_float(rng):
    """Any finite float: random bits, or a short decimal."""
    while True:
        if rng.random() < 0.5:
            x = float.fromhex('%s0x1.%013xp%d' % (
                rng.choice('+-'), rng.getrandbits(52), rng.randint(-1074, 1023)))
        else:
            x = rng.randint(-10 ** 6, 10 ** 6) * 10.0 ** rng.randint(-12, 8)
        if x == x and abs(x) != float('inf'):
            return x


def integer_cases(out, rng):
    # Classic division of integers is floor division: it is left to the
    # random cases below.
    binary_cases(out, INTS, [op for op in OPS2 + INT_OPS2 if op[0] != 'div'])
    for a in INTS:
        for name, fn in INT_OPS1:
            case(out, name, [a], lambda: fn(a))
    exponents = [0, 1, 2, 7, -1, M, 10 ** 30]
    moduli = [0, 1, -1, 7, -7, 7L, M, -M - 1, 2 ** 64, -10 ** 30]
    for a in [0, 1, -1, 2, -7, 0L, -7L, M, -M - 1, 2 ** 62, 2 ** 64, -10 ** 30]:
        for b in exponents:
            for c in moduli:
                case(out, 'pow', [a, b, c], lambda: pow(a, b, c))
    # Results that are just inside or outside a C long.
    edges = [M, -M - 1, M - 1, -M, 2 ** 31, -2 ** 31, 3037000499, 3037000500,
             -3037000500, 4611686018427387904, -4611686018427387904]
    small = [-3, -2, -1, 1, 2, 3]
    for a in edges:
        for b in edges + small:
            for name, fn in [('add', operator.add), ('sub', operator.sub),
                             ('mul', operator.mul), ('floordiv', operator.floordiv)]:
                case(out, name, [a, b], lambda: fn(a, b))
    for base in range(-10, 11):
        for exp in [2, 20, 39, 40, 62, 63, 64]:
            case(out, 'pow', [base, exp], lambda: base ** exp)
            case(out, 'pow', [base, exp, -M - 1], lambda: pow(base, exp, -M - 1))
    for a in [1, -1, 3, -3, 2 ** 31 - 1, M, -M - 1, 5L]:
        for b in range(0, 70, 3):
            case(out, 'lshift', [a, b], lambda: a << b)
            case(out, 'rshift', [a, b], lambda: a >> b)
    for _ in range(80):
        a = random_long(rng, 100)
        b = random_long(rng, 100) or 1
        for name, fn in OPS2 + [('and', operator.and_), ('or', operator.or_),
                                ('xor', operator.xor)]:
            if name != 'pow':
                case(out, name, [a, b], lambda: fn(a, b))
        case(out, 'pow', [a, abs(b) % 9], lambda: a ** (abs(b) % 9))
        case(out, 'pow', [a, abs(b), b], lambda: pow(a, abs(b), b))
        case(out, 'rshift', [a, abs(b) % 300], lambda: a >> (abs(b) % 300))
        case(out, 'lshift', [a, abs(b) % 300], lambda: a << (abs(b) % 300))
        for name, fn in [('hex', hex), ('oct', oct), ('repr', repr)]:
            case(out, name, [a], lambda: fn(a))
    for _ in range(60):
        # True division and conversion near the float range's edges.
        a = random_long(rng, 1100)
        b = random_long(rng, rng.choice([60, 200, 1100])) or 3
        case(out, 'truediv', [a, b], lambda: operator.truediv(a, b))
        case(out, 'float', [a], lambda: float(a))
    top = 2 ** 1024 - 2 ** 970
    for a in [2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, -(2 ** 53 + 1),
              2 ** 1024, top, top - 1, -top, -top + 1, 2 ** 1023, M, -M - 1,
              M - 511, M - 512, M - 513]:
        case(out, 'float', [a], lambda: float(a))
    for a, b in [(1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073),
                 (2 ** 1100, 2 ** 76), (2 ** 1100, 2 ** 77), (top, 1), (top - 1, 1),
                 (-1, 10 ** 400), (10 ** 400, 10 ** 399), (2 ** 53 + 1, 1),
                 (2 ** 53 + 1, 2), (M, 3), (0, -5), (0L, -5L), (-(2 ** 70), 2 ** 70 + 1)]:
        case(out, 'truediv', [a, b], lambda: operator.truediv(a, b))


def float_cases(out, rng):
    # + - * of floats are IEEE arithmetic: only the others are worth a grid.
    float_ops = [(name, fn) for name, fn in OPS2 if name not in ('add', 'sub', 'mul')]
    binary_cases(out, FLOATS + FLOAT_INTS, float_ops, skip_int_pairs=True)
    for x in FLOATS:
        case(out, 'cmp', [HUGE, x], lambda: flags(HUGE, x))
        case(out, 'cmp', [x, -HUGE], lambda: flags(x, -HUGE))
    for name, fn in OPS2:
        case(out, name, [HUGE, 1.5], lambda: fn(HUGE, 1.5))
        case(out, name, [1.5, -HUGE], lambda: fn(1.5, -HUGE))
    specials = [2.5, -2.5, 0.125, 0.375, 2.675, 1.5, -0.5, 0.285, 1e22, 5e-324,
                1.7976931348623157e308, 123.456, 5.0, 15.0, 25.0, -25.0, 0.001,
                -0.001, 4503599627370495.5, 0.49999999999999994, 1e300,
                1.23456789e-300]
    digits = [-400, -309, -308, -300, -23, -22, -5, -1, 0, 1, 2, 3, 15, 17, 22,
              300, 323, 324, 2 ** 70, -2 ** 70]
    for x in FLOATS + specials:
        for n in digits:
            case(out, 'round', [x, n], lambda: round(x, n))
    for _ in range(600):
        x = random_float(rng)
        n = rng.randint(-20, 25)
        if rng.random() < 0.3:
            # An exact halfway case: an odd multiple of 0.5 * 10**-n.
            x = (2 * rng.randint(0, 10 ** 6) + 1) * 0.5 * 10.0 ** -n
        case(out, 'round', [x, n], lambda: round(x, n))
    conversions = FLOATS + specials + [1e100, -1e100, 9.2233720368547758e18,
                                       -9.2233720368547758e18, 9.223372036854775e18,
                                       -9.223372036854776e18, 0.9999999999999999,
                                       -0.9999999999999999, 4.5e15, 1e-5]
    for _ in range(150):
        conversions.append(random_float(rng))
    for x in conversions:
        case(out, 'int', [x], lambda: int(x))
        case(out, 'long', [x], lambda: long(x))
    pairs = [(2 ** 53 + 1, 2.0 ** 53), (M, 2.0 ** 63), (2 ** 63, 2.0 ** 63),
             (-2 ** 63, -2.0 ** 63), (-2 ** 63 - 1, -2.0 ** 63), (10 ** 400, 1e308),
             (2 ** 1024, float('inf')), (-(2 ** 1024), -1e308), (0, -0.0),
             (1, 1.0000000000000002), (2 ** 49 + 1, 562949953421313.5),
             (M - 1, 9.2233720368547758e18), (0L, 5e-324), (-1, -1.0)]
    for _ in range(100):
        x = random_float(rng)
        n = int(x) + rng.choice([-1, 0, 0, 1])
        pairs.append((n, x))
    for n, x in pairs:
        case(out, 'cmp', [n, x], lambda: flags(n, x))
        case(out, 'cmp', [x, n], lambda: flags(x, n))
        case(out, 'floordiv', [x, n], lambda: x // n)
        case(out, 'mod', [n, x], lambda: n % x)
    for _ in range(150):
        a, b = random_float(rng), random_float(rng)
        for name, fn in [('divmod', divmod), ('mod', operator.mod), ('pow', operator.pow)]:
            case(out, name, [a, b], lambda: fn(a, b))
        e = rng.choice([-3, -2, 0.5, 2, 3, 17, 300, -300, rng.uniform(-50, 50)])
        case(out, 'pow', [abs(a), e], lambda: abs(a) ** e)
    for x, y in [(2.0, -1074.0), (0.5, 1074.0), (1e-160, 2.0), (2.0, -1075.0),
                 (-2.0, -1073.0), (2.0, 1024.0), (-2.0, 1025.0), (1.0000001, 1e20),
                 (-1.0, 1e300), (-1.0, float('inf')), (-8.0, 1.0 / 3), (-0.0, -3.0),
                 (-0.0, 3.0), (-0.0, 2.0), (0.0, float('-inf')), (float('-inf'), 3.0),
                 (float('-inf'), -3.0), (float('-inf'), 3.5), (10.0, 308.25),
                 (10.0, 309.0), (0.5, -2000.0), (-1e300, 3.0)]:
        case(out, 'pow', [x, y], lambda: x ** y)


def string_cases(out, rng):
    int_strings = [
        '0', '12', ' -12 ', '+7', '- 5', '-', '', '  ', 'abc', '0x1f', '0X1F',
        '0o17', '0O17', '0b101', '0B101', '010', '09', '08', '0x', '0b', '0o',
        '0xg', '0b2', '0o8', '1_0', '1__2', '5L', '5l', '5 L', '0xffL', '0L',
        'L', '1e5', '1.5', '99999999999999999999', '9223372036854775807',
        '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
        '18446744073709551615', '18446744073709551616', '0xffffffffffffffff',
        '0x7fffffffffffffff', '0x8000000000000000', '-0x8000000000000000',
        '0xffffffffffffffffL', '0x' + 'f' * 20 + 'z', '0x' + 'f' * 20,
        '0' + '7' * 30, 'z', 'Z', 'zz', 'ZZZZZZZZZZZZZZ', '\x0b12\x0c', '\t7\n',
        '5\x00', 'a\x00', '\x00', '\xff', '1\xa0', 'a' * 300, '1' * 250 + 'x',
        '0' * 50 + '1', ' 0x10 ', '-0x10', '- 0x10', '+-1', '--1', '1 2',
        '\xd9\xa1\xd9\xa2', '-0', '+0', '0x0', '0b0', '0o0', '00', '0 ', ' 0b1',
        '1' * 100, '-' + '9' * 40, '11111111111111111111111111111111111111111111111111111111111111111',
    ]
    for s in int_strings:
        if len(s) < 4:
            bases = [None, 0, 2, 8, 10, 16, 36, 1, 37, -1, 3]
        elif len(s) < 12:
            bases = [None, 0, 2, 8, 10, 16, 36]
        else:
            bases = [None, 0, 16]
        for base in bases:
            for name, fn in [('int_s', int), ('long_s', long)]:
                if base is None:
                    case(out, name, [s], lambda: fn(s))
                else:
                    case(out, name, [s, base], lambda: fn(s, base))
    for _ in range(150):
        base = rng.choice([2, 8, 10, 16, 36, 0])
        alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'[:max(base, 10)]
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        s = rng.choice(['', '-', '+', ' ']) + s
        case(out, 'int_s', [s, base], lambda: int(s, base))
        case(out, 'long_s', [s, base], lambda: long(s, base))
    float_strings = [
        '1.5', ' 1.5 ', '-1.5', '+.5', '.', '5.', '.5e1', '1e', '1e+', '1e-5',
        '1E5', 'e5', 'inf', 'Inf', '-inf', '+inFINITY', 'infinity', 'infinit',
        'infinityx', 'nan', 'NaN', '-nan', '+nan', 'nan1', 'nanx', '1e500',
        '-1e500', '1e-400', '-1e-400', '1e99999999999999999999',
        '1e-99999999999999999999', '0e99999999', '0x10', '1_0', '1.5L',
        '1.5\x00', '\x00', '1\x00', '', '  ', 'abc', '\xff', '1\xa0', 'a' * 300,
        '1 2', '0' * 300 + '1', '1' * 400, '0.' + '0' * 400 + '1', '2.5e-324',
        '2.4703282292062328e-324', '2.4703282292062327e-324',
        '4.9406564584124654e-324', '1.7976931348623157e308',
        '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993',
        '123456789012345678901234567890', '- 1', '1e5\x001', '\t\n1\x0b\x0c\r',
        '1.e5', '00.5', '-0', '-0.0', '+0e0', '1e+0005', '1e-0', '.e5', '-.e5',
        '+', '-', '1.2.3', '1e5e5', '0.1', '3.14159265358979323846264338327950288',
    ]
    for _ in range(150):
        float_strings.append('%s%s.%se%s%d' % (
            rng.choice(['', '-', '+']), rng.randint(0, 10 ** rng.randint(0, 20)),
            rng.randint(0, 10 ** rng.randint(0, 20)), rng.choice(['', '-', '+']),
            rng.randint(0, 330)))
    for s in float_strings:
        case(out, 'float_s', [s], lambda: float(s))


def main():
    rng = random.Random(2718)
    out = []
    for section in (integer_cases, float_cases, string_cases):
        before = len(out)
        section(out, rng)
        if os.environ.get('SIZES'):
            print section.__name__, len(out) - before, sum(len(l) + 1 for l in out[before:])
    data = '\n'.join(out) + '\n'
    if os.path.exists(OUT):
        with open(OUT, 'rb') as f:
            if f.read() == data:
                print 'unchanged', OUT, len(out), 'cases'
                return
    if not os.path.isdir(os.path.dirname(OUT)):
        os.makedirs(os.path.dirname(OUT))
    with open(OUT, 'wb') as f:
        f.write(data)
    print 'wrote', OUT, len(out), 'cases', len(data), 'bytes'


if __name__ == '__main__':
    main()

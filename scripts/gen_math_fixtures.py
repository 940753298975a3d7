"""Writes tests/fixtures/math/special.txt: what CPython 2.7's math.acosh,
asinh, atanh, erf, erfc, gamma and lgamma give for thousands of floats,
which tests/math_special.rs checks bit for bit.

Usage (from the repository root): python2.7 scripts/gen_math_fixtures.py

One case a line, fields separated by tabs:

    FUNCTION  ARG  RESULT

ARG is a float as repr() writes it (it reads back exactly). RESULT is
repr() of the result, or !ValueError / !OverflowError with the message as
a fourth field.
"""

import math
import os
import random
import struct

FUNCTIONS = ['acosh', 'asinh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma']
OUT = os.path.join('tests', 'fixtures', 'math', 'special.txt')


def from_bits(n):
    return struct.unpack('<d', struct.pack('<Q', n))[0]


def edge_cases():
    values = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 1.5, -1.5,
              float('inf'), float('-inf'), float('nan'),
              1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
              1e-20, -1e-20, 9.99e-21, -9.99e-21, 1.0000000000000002e-20,
              1e-10, 1e10, 1e100, 1e300, 1.7976931348623157e308,
              -1.7976931348623157e308, 0.9999999999999999, 1.0000000000000002,
              -0.9999999999999999, -1.0000000000000002,
              5.0, 4.999999999999999, 5.000000000000001,
              5.524680040776729, 5.52468004077673, 6.024680040776729,
              140.0, 139.99999999999997, 140.00000000000003,
              171.6, 171.62, 171.7, 200.0, 200.00000000000003,
              -200.0, -200.5, -199.5, -200.00000000000003, -170.5, -171.5,
              -180.3, 1e-15, -1e-15, 29.999999999999996, 30.0, -30.0,
              27.2, 26.5, -26.5, 1e7, -1e7 - 0.5, 2.0 ** 52 + 0.5, -(2.0 ** 52) - 0.5,
              2.0 ** 53, -(2.0 ** 53), 3e15 + 0.5]
    for n in range(-30, 31):
        values.append(float(n))
        values.append(n + 0.5)
        values.append(n + 0.25)
        values.append(n + 1e-9)
        values.append(n - 1e-9)
    for n in range(-260, 261, 7):
        values.append(float(n))
        values.append(n + 0.5)
        values.append(n + 0.1)
    return values


def random_cases(rng, count):
    values = []
    for _ in range(count):
        kind = rng.randrange(6)
        if kind == 0:
            values.append(rng.uniform(-2.0, 2.0))
        elif kind == 1:
            values.append(rng.uniform(-40.0, 40.0))
        elif kind == 2:
            values.append(rng.uniform(-250.0, 250.0))
        elif kind == 3:
            values.append(rng.choice([-1, 1]) * 10.0 ** rng.uniform(-320, 308))
        elif kind == 4:
            x = from_bits(rng.getrandbits(64))
            values.append(x)
        else:
            values.append(rng.uniform(-1.0, 1.0))
    return values


def result(f, x):
    try:
        return repr(f(x))
    except (ValueError, OverflowError) as e:
        return '!%s\t%s' % (type(e).__name__, e)


def main():
    rng = random.Random(2718)
    common = edge_cases()
    lines = []
    for name in FUNCTIONS:
        f = getattr(math, name)
        for x in common + random_cases(rng, 600):
            lines.append('%s\t%r\t%s' % (name, x, result(f, x)))
    text = '\n'.join(lines) + '\n'
    old = None
    if os.path.exists(OUT):
        with open(OUT) as fh:
            old = fh.read()
    if old != text:
        with open(OUT, 'w') as fh:
            fh.write(text)
    print '%d cases' % len(lines)


if __name__ == '__main__':
    main()

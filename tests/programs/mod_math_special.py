# math.acosh/asinh/atanh/erf/erfc/gamma/lgamma: values, edge cases, errors and argument handling.
import math

inf = float('inf')
nan = float('nan')
funcs = ['acosh', 'asinh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma']
values = [0, 0.0, -0.0, 1, -1, 2, 0.5, -0.5, 1.5, 3L, 10, 100, -3, 171, 172, 1e-300,
          -1e-300, 5e-324, 1e300, -1e300, 1e-20, 2.5, -2.5, -200.5, 250.5, inf, -inf, nan,
          True, 10 ** 20, -(10 ** 20)]

for name in funcs:
    f = getattr(math, name)
    for v in values:
        try:
            print name, repr(v), repr(f(v))
        except (ValueError, OverflowError) as e:
            print name, repr(v), type(e).__name__, e


class Old:
    pass


class OldF:
    def __float__(self):
        return 0.25


class New(object):
    pass


class NewF(object):
    def __float__(self):
        return 1.75


class BadF(object):
    def __float__(self):
        return 3


class MyFloat(float):
    pass


class MyInt(int):
    pass


odd = [Old(), OldF(), New(), NewF(), BadF(), MyFloat(0.125), MyInt(4), 1j, 'x', u'y',
       None, [1.0], 10 ** 400, -10 ** 400]
for name in funcs:
    f = getattr(math, name)
    for v in odd:
        try:
            print name, type(v).__name__, repr(f(v))
        except Exception as e:
            print name, type(v).__name__, type(e).__name__, e

calls = [('erf()', lambda: math.erf()), ('gamma(1, 2)', lambda: math.gamma(1, 2)),
         ('lgamma(x=1)', lambda: math.lgamma(x=1)), ('acosh(*[])', lambda: math.acosh(*[]))]
for text, call in calls:
    try:
        print text, call()
    except TypeError as e:
        print text, type(e).__name__, e

print math.degrees(1e308), math.radians(-inf)
print [round(math.gamma(n / 2.0), 6) for n in range(1, 12)]
print sum(math.erf(x / 10.0) for x in range(-30, 31))
print math.lgamma(1e308) if False else 'skip'
try:
    math.lgamma(1e308)
except OverflowError as e:
    print 'lgamma(1e308)', e
print math.lgamma(1e305), math.gamma(-1e-300), math.gamma(1e-300)
for tiny in [1e-320, -1e-320]:
    try:
        math.gamma(tiny)
    except OverflowError as e:
        print 'gamma(%r)' % tiny, e
print math.erf.__name__, math.gamma.__name__

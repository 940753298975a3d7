# A few math module functions: sqrt, floor/ceil, pi/e, pow/exp/log, trig values, hypot, factorial, fsum.
import math

print math.pi, math.e
print repr(math.pi), str(math.e)
print math.sqrt(16), math.sqrt(2), math.sqrt(0.25)
print math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1), type(math.floor(1.5))
print math.trunc(2.7), math.trunc(-2.7), type(math.trunc(2.5))
print math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(1), math.log(math.e), math.log10(1000)
print math.log(8, 2), math.log(100, 10), round(math.exp(1), 10)
print math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12)
print math.hypot(3, 4), math.degrees(math.pi), math.radians(180)
print math.factorial(0), math.factorial(10), math.factorial(25)
print math.fsum([0.1] * 10), sum([0.1] * 10)
print math.isnan(float('nan')), math.isinf(float('-inf')), math.isinf(1e308), math.copysign(1, -0.0)
print math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4)
print math.fmod(7, 3), math.fmod(-7, 3), -7 % 3
for call, fn in [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)),
                 ('factorial(-1)', lambda: math.factorial(-1)), ('exp(1000)', lambda: math.exp(1000)),
                 ('sqrt("x")', lambda: math.sqrt('x'))]:
    try:
        result = fn()
        print call, result
    except (ValueError, OverflowError, TypeError) as e:
        print call, '->', type(e).__name__ + ':', e

def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)

points = [(0, 0), (3, 4), (6, 8), (-1, 1)]
print ['%.4f' % distance(points[0], p) for p in points]
print int(math.sqrt(10 ** 10)), math.sqrt(10 ** 10) == 10 ** 5

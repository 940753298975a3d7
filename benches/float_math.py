# Float arithmetic: a numeric integration of sin(x) by the midpoint rule.
import math

def integrate(f, a, b, steps):
    h = (b - a) / steps
    total = 0.0
    x = a + h / 2
    for _ in xrange(steps):
        total += f(x) * h
        x += h
    return total

def poly(x):
    return 3.0 * x * x - 2.5 * x + 1.0

print round(integrate(math.sin, 0.0, math.pi, 300000), 6)
print round(integrate(poly, 0.0, 1.0, 300000), 6)

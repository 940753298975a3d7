# Arithmetic special methods on new-style classes: binary, unary, divmod, pow with modulo, true/floor division under both modes.
class V(object):
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        return V(*[f(a, o) for a in self.c])
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __div__(self, o): return ('div', self._zip(o, lambda a, b: a / b))
    def __truediv__(self, o): return ('truediv', self._zip(o, lambda a, b: a / float(b)))
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, o, m=None):
        if m is None:
            return self._zip(o, lambda a, b: a ** b)
        return self._zip(o, lambda a, b: pow(a, b, m))
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return 'pos'
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])

a = V(7, -3)
b = V(2, 5)
print a + b, a - b, a * b, a * 3
print a / b
print a // b, a % b, divmod(a, b)
print a ** 2, pow(a, 2, 5), pow(V(3, 4), V(2, 3))
print a << 1, V(16, 8) >> 2, a & 6, a | 8, a ^ b
print -a, +a, abs(a), ~a
x = V(1)
x += V(2)
print x
x *= 5
print x
x -= 1
print x
x **= 2
print x
x //= 7
print x
x <<= 2
print x
try:
    a[0]
except TypeError as e:
    print 'TypeError:', e

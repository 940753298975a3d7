# __int__, __float__, __long__, __complex__, __index__, __oct__, __hex__, __trunc__: which builtins use which hook, and error messages.
class Num(object):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print '  __int__'
        return int(self.v)
    def __float__(self):
        print '  __float__'
        return float(self.v)
    def __long__(self):
        print '  __long__'
        return long(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        print '  __index__'
        return 2
    def __oct__(self):
        return 'custom-oct'
    def __hex__(self):
        return 'custom-hex'

n = Num(3.7)
print int(n)
print float(n)
print long(n)
print complex(n)
print oct(n), hex(n)
print [10, 20, 30, 40][n]
print 'abcdef'[n:]
print range(10)[n:n + 3] if False else 'xyz'[:n]
print math_pi if False else 'skip'
print '%d' % n
print '%.1f' % n
print '%x' % Num(255) if False else 'skip2'

class Idx(object):
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
print [1, 2, 3, 4][Idx(1)], (5, 6)[Idx(-1)], 'hello'[Idx(1):Idx(3)], range(Idx(4)) if False else 'no-range'
print bin(Idx(5)), 'ab' * Idx(3), [0] * Idx(2)
l = [0, 1, 2, 3]
l[Idx(0)] = 'z'
del l[Idx(1)]
print l

class Trunc(object):
    def __trunc__(self):
        return 99
print int(Trunc())

class NoInt(object):
    pass
for fn in (int, float, long, oct, hex):
    try:
        fn(NoInt())
    except TypeError as e:
        print fn.__name__, 'TypeError:', e
try:
    [1, 2][NoInt()]
except TypeError as e:
    print 'TypeError:', e
class BadInt(object):
    def __int__(self):
        return 'str'
try:
    int(BadInt())
except TypeError as e:
    print 'TypeError:', e
class LongInt(object):
    def __int__(self):
        return 2 ** 70
print int(LongInt()), type(int(LongInt())).__name__
print int('12'), int('ff', 16), int(' 7 '), long('99'), float(' 1e3 '), int(-3.9), int(3.9)
class FloatFromStr(object):
    def __float__(self):
        return 'nope'
float(FloatFromStr())

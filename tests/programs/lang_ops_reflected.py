# Reflected operators and NotImplemented: __radd__ etc., subclass-first rule, both return NotImplemented gives TypeError; ends uncaught.
class M(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.v)
    def __add__(self, o):
        print '  %r.__add__(%r)' % (self, o)
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print '  %r.__radd__(%r)' % (self, o)
        if isinstance(o, int):
            return M(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        return M(self.v - o)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return 'rmul %r' % (o,)
    def __rpow__(self, o):
        return 'rpow %r' % (o,)
    def __rlshift__(self, o):
        return 'rlshift %r' % (o,)
    def __rmod__(self, o):
        return 'rmod %r' % (o,)
    def __rdivmod__(self, o):
        return 'rdivmod %r' % (o,)
    def __rand__(self, o):
        return 'rand'
    def __rfloordiv__(self, o):
        return 'rfloordiv'

class Sub(M):
    def __radd__(self, o):
        print '  Sub.__radd__(%r)' % (o,)
        return Sub(100)

print 'M+1'; print M(1) + 1
print '1+M'; print 1 + M(2)
print 'M+M'; print M(1) + M(2)
print 'M+Sub'; print M(1) + Sub(5)
print 10 - M(3), M(10) - 3
print 3 * M(0), 2 ** M(0), 1 << M(0)
print 'fmt' % M(0) if False else 5 % M(0)
print divmod(7, M(0)), 1 & M(0), 9 // M(0)
print [1] * 2, 2 * [1], 'ab' * 2
class Str(object):
    def __radd__(self, o):
        return o + '!'
print 'hey' + Str()
print [1, 2] + [3] if True else None
try:
    print 'M+str'; M(1) + 'x'
except TypeError as e:
    print 'TypeError:', e
try:
    'x' + M(1)
except TypeError as e:
    print 'TypeError:', e
class NoOps(object):
    pass
try:
    NoOps() * 2
except TypeError as e:
    print 'TypeError:', e
try:
    -NoOps()
except TypeError as e:
    print 'TypeError:', e
M(1) - NoOps()

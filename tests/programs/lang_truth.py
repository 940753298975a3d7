# Truth testing: __nonzero__, __len__ fallback, __nonzero__ precedence, bad return types, classic classes, in if/while/not/and/or.
class NZ(object):
    def __init__(self, v):
        self.v = v
    def __nonzero__(self):
        print '  nonzero', self.v
        return self.v

class L(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print '  len', self.n
        return self.n

class Both(object):
    def __nonzero__(self):
        return False
    def __len__(self):
        return 10

print bool(NZ(True)), bool(NZ(False)), bool(L(0)), bool(L(3)), bool(Both()), len(Both())
if NZ(1):
    print 'if NZ(1)'
print not L(0), NZ(0) or 'or-value', L(2) and 'and-value'
x = NZ(0) or L(0) or 'last'
print x
n = 3
items = L(0)
while not items:
    print 'loop', n
    n -= 1
    if n == 0:
        break
print [bool(v) for v in (0, 0.0, 0j, '', u'', [], (), {}, set(), None, 0L, 1, ' ', [0], (0,), {0: 0})]
print bool(object()), bool(Both), bool(NZ)

class Classic:
    def __init__(self, v):
        self.v = v
    def __nonzero__(self):
        return self.v
class ClassicLen:
    def __len__(self):
        return 0
class ClassicPlain:
    pass
print bool(Classic(1)), bool(Classic(0)), bool(ClassicLen()), bool(ClassicPlain())

class BadNZ(object):
    def __nonzero__(self):
        return 'yes'
try:
    bool(BadNZ())
except TypeError as e:
    print 'TypeError:', e
class BadLen(object):
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print 'ValueError:', e
class IntNZ(object):
    def __nonzero__(self):
        return 2
try:
    print bool(IntNZ())
except TypeError as e:
    print 'TypeError:', e
print 1 if L(1) else 0, len([v for v in [NZ(1), NZ(0)] if v])
print all([L(1), NZ(True)]), any([L(0), NZ(False)])
if BadNZ():
    print 'unreachable'

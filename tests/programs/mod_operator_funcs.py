# operator: arithmetic, bitwise, comparison, identity, truth, sequence and in-place functions (and their __dunder__ aliases) on builtins and user classes
import operator as o

print o.add(1, 2), o.sub(5, 7), o.mul(3, 4), o.div(7, 2), o.div(7.0, 2), o.floordiv(-7, 2), o.truediv(7, 2)
print o.mod(-7, 3), o.mod(7.5, 2), o.pow(2, 10), o.pow(2, -1), o.pow(2L, 100), o.lshift(1, 40), o.rshift(-16, 2)
print o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.neg(5), o.pos(-5), o.abs(-3), o.abs(-2.5), o.inv(5), o.invert(0)
print o.add('ab', 'cd'), o.add([1], [2]), o.mul('ab', 3), o.mul(2, [0]), o.mod('%d-%s', (1, 'x'))
print o.__add__(1, 2), o.__sub__(3, 1), o.__neg__(4), o.__not__(0), o.__abs__(-1), o.__inv__(1), o.__index__(7)
print o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'a'), o.gt([2], [1, 5]), o.ge((1,), (1,)), o.eq(None, 0)
print o.__lt__(3, 2), o.__eq__('x', 'x'), o.__ge__(1, 2)
print o.is_(None, None), o.is_([], []), o.is_not(1, None), o.is_not(True, True)
print o.not_([]), o.not_([0]), o.truth(''), o.truth('x'), o.truth(0.0)
print o.index(5), o.index(5L), o.index(True)
print o.contains([1, 2], 2), o.contains('abc', 'bc'), o.__contains__({1: 2}, 2), o.sequenceIncludes((1,), 1)
print o.countOf([1, 2, 2, 3, 2], 2), o.indexOf('hello', 'l'), o.indexOf([4, 5, 6], 6)
print o.getitem([1, 2, 3], 1), o.getitem({'a': 1}, 'a'), o.getitem('hello', slice(1, 3)), o.__getitem__((9, 8), -1)
l = [1, 2, 3, 4, 5]
o.setitem(l, 0, 'x')
o.delitem(l, 1)
o.__setitem__(l, -1, 'y')
print l
print o.getslice(range(10), 2, 5), o.__getslice__('abcdef', 1, -1)
l = range(6)
o.setslice(l, 1, 3, ['a', 'b', 'c'])
print l
o.delslice(l, 0, 2)
print l
d = {}
o.setitem(d, 'k', 'v')
print d
print o.concat([1], [2, 3]), o.concat('a', 'b'), o.concat((1,), (2,)), o.concat('a', u'b')
print o.repeat('ab', 3), o.repeat([0], 4), o.repeat((1, 2), 0)
a = [1]
b = o.iadd(a, [2])
print a, b, a is b
b = o.iconcat(a, (3,))
print a, b
b = o.irepeat(a, 2)
print a, b
x = 5
print o.iadd(x, 3), x, o.isub(10, 4), o.imul(3, 3), o.idiv(7, 2), o.ifloordiv(7, 2), o.itruediv(7, 2), o.imod(7, 4)
print o.ipow(2, 5), o.ilshift(1, 3), o.irshift(16, 2), o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3)
s = set([1, 2])
print o.ior(s, set([3])), s
print o.isCallable(len), o.isCallable(1), o.isSequenceType([]), o.isSequenceType({}), o.isSequenceType('a')
print o.isMappingType({}), o.isMappingType([]), o.isNumberType(1), o.isNumberType(1.5), o.isNumberType('1')
print o.add, o.__add__, o.and_, o.itemgetter.__name__
print sorted(n for n in dir(o) if not n.startswith('_'))[:10]

class V(object):
    # a vector with operator special methods
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + getattr(other, 'x', other))
    def __radd__(self, other):
        return V(other + self.x)
    def __sub__(self, other):
        return V(self.x - other.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return self
    def __abs__(self):
        return abs(self.x)
    def __invert__(self):
        return V(~self.x)
    def __lt__(self, other):
        return self.x < other.x
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __iadd__(self, other):
        self.x += other.x
        return self
    def __getitem__(self, i):
        return self.x * i
    def __contains__(self, v):
        return v == self.x
    def __index__(self):
        return self.x
    def __nonzero__(self):
        return self.x != 0
    def __len__(self):
        return 1
    def __repr__(self):
        return 'V(%r)' % self.x

v, w = V(3), V(4)
print o.add(v, w), o.add(1, v), o.sub(w, v), o.mul(v, 5), o.neg(v), o.pos(v), o.abs(V(-8)), o.invert(v)
print o.lt(v, w), o.gt(v, w), o.eq(v, V(3)), o.ne(v, V(3)), o.getitem(v, 7), o.contains(v, 3), o.index(v)
print o.truth(V(0)), o.not_(V(0)), o.isSequenceType(v)
u = v
print o.iadd(u, w), u is o.iadd(u, w), v

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: o.add(1))
t(lambda: o.__add__(1))
t(lambda: o.add(1, 2, 3))
t(lambda: o.add(1, x=2))
t(lambda: o.neg(1, 2))
t(lambda: o.neg())
t(lambda: o.not_(1, 2))
t(lambda: o.truth())
t(lambda: o.add(1, 'a'))
t(lambda: o.neg('a'))
t(lambda: o.abs('a'))
t(lambda: o.div(1, 0))
t(lambda: o.mod(1.0, 0))
t(lambda: o.lt(1j, 2j))
t(lambda: o.concat(1, 2))
t(lambda: o.concat([1], (2,)))
t(lambda: o.repeat(1, 2))
t(lambda: o.repeat([1], 2.0))
t(lambda: o.index(2.0))
t(lambda: o.index('a'))
t(lambda: o.indexOf([1, 2], 3))
t(lambda: o.getslice([1, 2, 3], 1))
t(lambda: o.contains(1, 1))
t(lambda: o.delitem([1], 5))
t(lambda: o.getitem({}, 'missing'))
t(lambda: o.setitem((1,), 0, 2))
t(lambda: o.iconcat([1], 2))
t(lambda: o.countOf(5, 1))
t(lambda: o.setitem([1], 0))
t(lambda: o.concat(v, 1))
t(lambda: o.concat(v, [1]))
t(lambda: o.concat(xrange(2), xrange(2)))
t(lambda: o.repeat(v, 2))
t(lambda: o.concat([1]))
t(lambda: o.index(V(2)))

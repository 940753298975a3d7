# __hash__ and __eq__ in dicts and sets: equal objects collapse, __hash__ = None makes unhashable, hash of int/float/str equality, error messages.
class Key(object):
    def __init__(self, name, salt):
        self.name = name
        self.salt = salt
    def __eq__(self, other):
        print '  eq', self.name, other.name
        return self.name == other.name
    def __ne__(self, other):
        return not self.__eq__(other)
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return 'Key(%s,%d)' % (self.name, self.salt)

d = {}
d[Key('a', 1)] = 'first'
d[Key('a', 2)] = 'second'
print d
s = set([Key('x', 1), Key('x', 2), Key('y', 3)])
print len(s), sorted(k.name for k in s)
print Key('y', 9) in s

class ConstHash(object):
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'C%d' % self.n
cs = set([ConstHash(1), ConstHash(2), ConstHash(3)])
print len(cs)

class Unhashable(object):
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print 'TypeError:', e
try:
    {Unhashable(): 1}
except TypeError as e:
    print 'TypeError:', e
try:
    set([[1, 2]])
except TypeError as e:
    print 'TypeError:', e
try:
    {}[{}] = 1
except TypeError as e:
    print 'TypeError:', e

print hash(1) == hash(1.0) == hash(1L), hash(True) == 1, hash('') == 0 if False else hash(0)
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print m
print {0: 'a', False: 'b', 0.0: 'c'}
print hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
print hash(-1), hash(-2), hash(2 ** 64) == hash(2 ** 64)

class EqOnly(object):
    def __eq__(self, o):
        return True
e = EqOnly()
print e == 5, hash(e) == hash(e)
class BadHash(object):
    def __hash__(self):
        return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print 'TypeError:', e
class LongHash(object):
    def __hash__(self):
        return 2 ** 100
print type(hash(LongHash())).__name__
print {[1]: 2}

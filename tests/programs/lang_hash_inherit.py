# __hash__ inheritance rules in 2.7: new-style classes overriding __eq__ keep object.__hash__, explicit __hash__ = None, subclasses of dict/list unhashable, classic classes with __eq__/__cmp__.
class EqOnly(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

a, b = EqOnly(1), EqOnly(1)
print a == b, hash(a) == hash(a), len(set([a, b])), len({a: 1, b: 2})

class NoHash(EqOnly):
    __hash__ = None
try:
    hash(NoHash(1))
except TypeError as e:
    print 'TypeError:', e

class Rehash(NoHash):
    def __hash__(self):
        return hash(self.v)
print len(set([Rehash(3), Rehash(3)])), hash(Rehash(5)) == hash(5)

class MyList(list):
    pass
class MyDict(dict):
    pass
for cls in (MyList, MyDict):
    try:
        hash(cls())
    except TypeError as e:
        print 'TypeError:', e
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
print {HashableList([1, 2]): 'ok'}[HashableList([1, 2])]

class ClassicEq:
    def __eq__(self, other):
        return True
try:
    print 'classic with __eq__:', hash(ClassicEq()) is not None
except TypeError as e:
    print 'TypeError:', e
class ClassicCmp:
    def __cmp__(self, other):
        return 0
try:
    hash(ClassicCmp())
except TypeError as e:
    print 'TypeError:', e
class ClassicPlain:
    pass
print hash(ClassicPlain()) is not None

class Tricky(object):
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print '  compared', self.h, other.h
        return self.h == other.h
d = {}
d[Tricky(1)] = 'one'
d[Tricky(2)] = 'two'
print d[Tricky(2)]
print Tricky(1) in d
s = set([Tricky(7)])
s.add(Tricky(7))
print len(s)
print hash(frozenset([1])) == hash(frozenset([1])), hash((1, (2, 3))) == hash((1, (2, 3)))
print hash(NoHash(2))

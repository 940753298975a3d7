# The in operator: __contains__ first, else __iter__, else __getitem__ with IndexError; truthiness of __contains__ results; dict/str/list/set semantics.
class WithContains(object):
    def __contains__(self, x):
        print '  __contains__', x
        return x % 2
class WithIter(object):
    def __iter__(self):
        print '  __iter__'
        return iter([1, 2, 3])
class WithGetitem(object):
    def __getitem__(self, i):
        print '  __getitem__', i
        if i > 2:
            raise IndexError(i)
        return i * 10
class ContainsNone(object):
    __contains__ = None
    def __iter__(self):
        return iter([1])

print 3 in WithContains(), 4 in WithContains(), 4 not in WithContains()
print 2 in WithIter(), 9 in WithIter()
print 10 in WithGetitem(), 99 in WithGetitem()
try:
    print 1 in ContainsNone()
except TypeError as e:
    print 'TypeError:', e

class ReturnsList(object):
    def __contains__(self, x):
        return [x]
print 0 in ReturnsList(), type(0 in ReturnsList()).__name__

print 'ab' in 'cabd', '' in 'abc', 'x' in '', 1 in [1.0], (1, 2) in [(1, 2)], [1] in [[1]]
print 'k' in {'k': 1}, 1 in {'k': 1}, 'k' in {'k': 1}.values(), 2 in set([1, 2]), 3 in frozenset()
print 5 in xrange(10), 10 in xrange(10), 4 in xrange(0, 10, 3), 6 in xrange(0, 10, 3)
print None in [None], float('nan') in [float('nan')]
nan = float('nan')
print nan in [nan], nan == nan
try:
    [] in {}
except TypeError as e:
    print 'TypeError:', e
try:
    1 in 'abc'
except TypeError as e:
    print 'TypeError:', e
try:
    [] in set()
except TypeError as e:
    print 'TypeError:', e
class Raiser(object):
    def __contains__(self, x):
        raise LookupError('contains failed for %r' % (x,))
3 in Raiser()

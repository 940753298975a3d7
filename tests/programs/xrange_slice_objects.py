# xrange objects and slice objects: reprs, iteration, indexing, indices() and errors.
print range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 2)
print xrange(5), xrange(2, 8), xrange(10, 0, -3), xrange(0), xrange(1, 10, 2)
r = xrange(3, 20, 4)
print list(r), len(r), r[0], r[-1], r[2], 7 in r, 8 in r
for i in xrange(3):
    print i,
print
print list(reversed(xrange(5))), sum(xrange(101)), list(xrange(-5, -1)), list(xrange(-1, -5, -1))
try:
    xrange(5)[10]
except IndexError as e:
    print 'IndexError:', e
try:
    range(1, 5, 0)
except ValueError as e:
    print 'ValueError:', e
try:
    xrange(1, 5, 0)
except ValueError as e:
    print 'ValueError:', e
try:
    range(1.5)
except TypeError as e:
    print 'TypeError:', e
print type(xrange(3)).__name__, type(range(3)).__name__
s = slice(1, 10, 2)
print s, repr(s), s.start, s.stop, s.step
print slice(5), slice(None, 3), slice(1, None, -1)
print s.indices(6), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5)
data = range(20)
print data[s], data[slice(15, None)], data[slice(None, None, -5)]
print 'abcdefghij'[slice(2, 8, 3)]
print slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3)
big = xrange(2 ** 31, 2 ** 31 + 3)
print list(big)
print zip(xrange(3), xrange(10, 13))
print [x * x for x in xrange(1, 6) if x % 2]
print xrange(10)[-10], list(xrange(0, 10, 3))

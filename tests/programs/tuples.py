# Tuples: packing/unpacking, singleton syntax, immutability, methods and nesting.
t = 1, 2, 3
print t, type(t), len(t)
single = (5,)
not_tuple = (5)
print single, not_tuple, type(single).__name__, type(not_tuple).__name__
empty = ()
print empty, len(empty), empty == tuple()
a, b, c = t
print a, b, c
a, b = b, a
print a, b
(x, y), z = (1, 2), 3
print x, y, z
first, rest = t[0], t[1:]
print first, rest
print t + (4,), t * 2, t[::-1], t.index(2), t.count(1), (1, 1, 1).count(1)
print 2 in t, 7 in t, max(t), min(t), sum(t)
try:
    t[0] = 9
except TypeError as e:
    print 'TypeError:', e
try:
    del t[0]
except TypeError as e:
    print 'TypeError:', e
try:
    t.index(99)
except ValueError as e:
    print 'ValueError:', e
nested = (1, [2, 3], ('a', 'b'))
nested[1].append(4)
print nested
print tuple([1, 2]), tuple('ab'), tuple(xrange(3)), tuple({'k': 1})
print (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 'a') == (1, 'a')
print hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 'a', 2.5))
try:
    hash((1, [2]))
except TypeError as e:
    print 'TypeError:', e
points = [(3, 4), (1, 2), (3, 1)]
for px, py in sorted(points):
    print px, py, px * py
print [(i, i * i) for i in range(4)]
print dict([(1, 'one'), (2, 'two')])
print zip(*[(1, 'a'), (2, 'b')])
print repr(((),)), repr(((1,),)), str((None, True, 'x', u'y', 1.5, 2L))

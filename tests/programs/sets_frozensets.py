# sets and frozensets: construction, operators, methods, printing and hashability.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print a, b, len(a)
print a | b, a & b, a - b, b - a, a ^ b
print a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b)
print a <= b, set([3]) <= b, set([3]) < b, b >= set([5]), a.issubset(range(10)), a.isdisjoint([7])
print 3 in a, 7 in a, 7 not in a
c = set()
print c, set(''), set('abracadabra'), set([1, 1, 1])
c.add(5)
c.add(5)
c.update([6, 7], (8,))
print c
c.discard(99)
c.remove(5)
print c, c.pop() in (6, 7, 8), len(c)
try:
    c.remove(99)
except KeyError as e:
    print 'KeyError:', e
try:
    set().pop()
except KeyError as e:
    print 'KeyError:', e
f = frozenset([1, 2, 3])
print f, frozenset(), frozenset('aab'), type(f).__name__
print f | set([4]), set([4]) | f, f & a, type(f | set([4])).__name__, type(set([4]) | f).__name__
print {f: 'frozen ok'}[frozenset([3, 2, 1])]
try:
    {a: 1}
except TypeError as e:
    print 'TypeError:', e
try:
    f.add(4)
except AttributeError as e:
    print 'AttributeError:', e
s = set([10, 20])
s |= set([30])
s &= set([10, 30, 40])
s -= set([10])
s ^= set([50, 30])
print s
print set([1, 2]) == set([2, 1]), set([1]) == frozenset([1]), set() == set([])
print sorted(set(['pear', 'apple', 'fig'])), set(['pear', 'apple', 'fig'])
print set(range(20)), set([100, 3, 64, 1])
words = 'the cat sat on the mat with the hat'.split()
print sorted(set(words)), len(set(words))
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print unique
print set([(1, 2), (3, 4)]), set([frozenset([1])])
x = set([1, 2, 3])
y = x.copy()
y.clear()
print x, y, x.difference_update([1]) is None, x, x.intersection_update([3, 9]), x

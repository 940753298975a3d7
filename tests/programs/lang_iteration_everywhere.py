# Iteration protocol consumers with a generator source: for, list, tuple, in, unpacking, sum/min/max/sorted/zip/map/enumerate/filter/dict/join.
def gen(n):
    for i in range(n):
        yield i

class Box(object):
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item

print list(gen(4)), tuple(gen(3))
print 2 in gen(5), 7 in gen(5)
a, b, c = gen(3)
print a, b, c
first, rest = gen(2)
print first, rest
print sum(gen(5)), min(gen(5)), max(gen(5)), sorted(gen(3), reverse=True)
print zip(gen(3), 'abc', Box([True, False, None]))
print map(None, gen(2), gen(3))
print map(lambda x, y: x + y, gen(3), gen(3))
print list(enumerate(Box('xy'), 1))
print filter(None, gen(4)), filter(lambda c: c in 'aeiou', 'education')
print dict(zip(gen(3), Box('abc'))), dict((str(i), i) for i in gen(2))
print '-'.join(Box(['x', 'y', 'z'])), ''.join(str(i) for i in gen(5))
print reduce(lambda x, y: x * y, gen(6)[1:] if False else Box([1, 2, 3, 4]))
print set(Box([1, 1, 2])), frozenset(gen(2))
l = [0]
l.extend(gen(3))
l[1:2] = Box(['A', 'B'])
print l
print list(reversed(list(gen(3)))), sorted(Box(['b', 'a']))
print [x for x in Box([1, 2]) for y in gen(2)]
print any(Box([0, 0, 1])), all(Box([])), len(list(Box(range(100))))
print dict.fromkeys(gen(3), 0), list(xrange(3)) == list(gen(3))
x, (y, z), w = Box([1, Box([2, 3]), 4])
print x, y, z, w
s = 'a=1,b=2'
print dict(pair.split('=') for pair in s.split(','))
print str.join('+', map(str, gen(3)))
print max(Box(['pear', 'fig', 'banana']), key=len), min(gen(5), key=lambda v: abs(v - 3))
print sorted(Box([(1, 'b'), (0, 'z'), (1, 'a')]))
print list(zip(*[gen(3), gen(3)]))
print [(i, v) for i, v in enumerate(gen(3))]
print tuple(Box('')), list(iter(Box([5]))), next(iter(Box([6])))
print 'x' in Box('xyz'), 'q' not in Box('xyz')
try:
    a, b = gen(3)
except ValueError as e:
    print 'ValueError:', e
try:
    a, b, c = gen(2)
except ValueError as e:
    print 'ValueError:', e
print sum(Box([[1], [2]]), [])

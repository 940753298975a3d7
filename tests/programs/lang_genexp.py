# Generator expressions: laziness, first iterable evaluated eagerly, nested for/if clauses, scoping, passing as sole argument.
def src(n):
    print '  src evaluated'
    return range(n)

ge = (x * x for x in src(4))
print 'genexp created'
print type(ge).__name__, list(ge), list(ge)
print sum(x for x in range(10) if x % 2)
print sorted((y for y in 'banana'), reverse=True)
print list((x, y) for x in range(3) for y in range(x))
print dict((k, len(k)) for k in ['a', 'bb', 'ccc'])
print max(len(w) for w in 'the quick brown fox'.split())
print ' '.join(w.upper() for w in ['a', 'b'])
print set(c for c in 'hello'), tuple(i for i in xrange(3)), frozenset(x % 3 for x in range(10))
print any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]), min(-x for x in [1, 5])

x = 'outer'
g = (x for x in 'abc')
print list(g), x
l = [x for x in 'xyz']
print x

def lazy_error():
    return (1 / d for d in [1, 0, 2])
le = lazy_error()
print next(le)
try:
    next(le)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
print list(le)
try:
    (a for a in 5)
except TypeError as e:
    print 'TypeError early:', e
items = [1, 2, 3]
g = (i * 10 for i in items)
items.append(4)
print list(g)
items = [9]
gg = (i for i in items)
items = [7]
print list(gg)
print list(n for n in (m * 2 for m in range(3)))
rows = [[1, 2], [3, 4]]
print list(c for r in rows for c in r if c != 3)
print sum((x for x in range(4)), 100)
mult = [lambda: i for i in range(3)]
print [f() for f in mult]
gens = [(lambda: j) for j in range(3)]
print [f() for f in gens]

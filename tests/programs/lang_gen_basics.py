# Generators: yield, next(), StopIteration at the end, return in generator, generator attributes, lazy evaluation order.
def counter(n):
    print '  start'
    i = 0
    while i < n:
        print '  yielding', i
        yield i
        i += 1
    print '  finished'

g = counter(2)
print type(g).__name__, g.__name__
print 'created'
print next(g)
print g.next()
try:
    next(g)
except StopIteration:
    print 'StopIteration'
print next(g, 'default after end')
print list(counter(3))

def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print list(early(10))

def empty():
    return
    yield
print list(empty()), type(empty()).__name__

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print [next(f) for _ in range(15)]

def chain(*its):
    for it in its:
        for x in it:
            yield x
print list(chain('ab', [1, 2], (None,), xrange(2)))

def take(n, it):
    it = iter(it)
    for _ in xrange(n):
        yield next(it)
print list(take(3, fib()))
print list(take(5, 'abc'))

g2 = counter(1)
print g2.gi_running, g2.gi_frame is not None
for v in g2:
    pass
print g2.gi_frame
print iter(g2) is g2

def gen_with_locals(x):
    y = x * 2
    yield y
    z = y + 1
    yield z, y, x
print list(gen_with_locals(5))
def recursive(n):
    if n > 0:
        for v in recursive(n - 1):
            yield v
        yield n
print list(recursive(4))

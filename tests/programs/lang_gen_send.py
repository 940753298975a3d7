# Generator send(): priming with None, values returned by yield expressions, coroutine-style accumulator, TypeError on non-None first send.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print e.send(None)
print e.send('a')
print e.send('b')
print e.send(None)
try:
    e.send(1)
except StopIteration:
    print 'done'

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print a.send(v)

def bad():
    yield 1
g = bad()
try:
    g.send('x')
except TypeError as ex:
    print 'TypeError:', ex

def both():
    got = yield 'first'
    print '  got', got
    got = yield 'second'
    print '  got', got
b = both()
print next(b)
print next(b)
try:
    b.send('last')
except StopIteration:
    print 'stopped'

def parser():
    while True:
        line = yield
        if line is None:
            continue
        print '  parsed:', line.split()
p = parser()
p.send(None)
p.send('hello world')
p.send(None)
p.send('a b c')
p.close()

def running_sum():
    s = 0
    while True:
        s += (yield s)
rs = running_sum()
print [rs.send(x) for x in [None, 1, 2, 3, 4]] if False else [next(rs)] + [rs.send(x) for x in [1, 2, 3, 4]]
def yield_expr():
    x = yield
    y = yield x * 2
    print '  y is', y
ye = yield_expr()
print next(ye), ye.send(21)
ye.send(None) if False else None
next(ye)

# Generator edge cases: ValueError when a running generator is re-entered, gi_running, gi_frame line numbers, gi_code, exhausted generators staying exhausted; ends uncaught.
def selfref():
    yield g.gi_running
    yield next(g)

g = selfref()
print g.gi_running, next(g)
try:
    next(g)
except ValueError as e:
    print 'ValueError:', e
print next(g, 'exhausted')

def lines():
    yield 1
    x = 5
    yield 2
    yield 3
h = lines()
print h.gi_frame.f_lineno, h.gi_code.co_name, h.__name__
next(h)
print h.gi_frame.f_lineno
next(h)
print h.gi_frame.f_lineno, h.gi_frame.f_locals
list(h)
print h.gi_frame
for i in range(2):
    print list(h), next(h, 'still done')

def counter():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == 'reset':
            n = 0
c = counter()
print next(c), next(c), c.send('reset'), next(c)

def delegate(gen):
    for v in gen:
        yield v
inner = lines()
outer = delegate(inner)
print next(outer), next(inner), next(outer)

def gen_raises_stop():
    yield 1
    raise StopIteration
    yield 2
print list(gen_raises_stop())

def gen_return_value():
    yield 'a'
    return
print list(gen_return_value())

def infinite_self():
    yield infinite_self
r = infinite_self()
print next(r) is infinite_self

def driver():
    yield g2.send(None)
g2 = driver()
next(g2)

# Traceback through next() on a generator and through list(): error raised in generator after a send; ends uncaught.
def stage(n):
    value = yield 'ready'
    while True:
        value = yield 100 / value

g = stage(1)
print next(g)
print g.send(4)
print g.send(50)
def collect():
    return list(x / (x - 3) for x in range(5))
try:
    collect()
except ZeroDivisionError as e:
    print 'genexp failed:', e
g.send(0)

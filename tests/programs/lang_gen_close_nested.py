# Closing nested generators: finally blocks run innermost first when the outer generator is closed or dropped, with statements inside generators exit on close.
class Ctx(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print '  enter', self.name
    def __exit__(self, t, v, tb):
        print '  exit', self.name, t.__name__ if t else None

def inner():
    with Ctx('inner-with'):
        try:
            for i in range(10):
                yield i
        finally:
            print '  inner finally'

def outer():
    it = inner()
    try:
        for v in it:
            yield v * 10
    finally:
        print '  outer finally, closing inner explicitly'
        it.close()

print 'explicit close:'
g = outer()
print next(g), next(g)
g.close()
print 'drop reference:'
g = outer()
print next(g)
g = None
print 'exhausted normally:'
print sum(inner())
print 'break out of for:'
for v in outer():
    if v >= 20:
        break
print 'after break'
print 'exception in consumer:'
try:
    for v in inner():
        if v == 1:
            raise KeyError('consumer failed')
except KeyError as e:
    print '  caught', e
print 'end'

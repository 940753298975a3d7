# __enter__/__exit__ protocol: enter value bound by as, exit args on normal and exceptional exit, exit on classes found on type.
class Ctx(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, etype, value, tb):
        print 'exit', self.name, etype.__name__ if etype else None, value, tb is not None
        return self.suppress

with Ctx('a') as v:
    print 'body', v
with Ctx('b', suppress=True):
    raise ValueError('swallowed')
print 'after b'
try:
    with Ctx('c'):
        1 / 0
except ZeroDivisionError as e:
    print 'propagated', e

class NoEnterVal(object):
    def __enter__(self):
        pass
    def __exit__(self, *a):
        print 'exit args len', len(a), a[0]
with NoEnterVal() as x:
    print 'x is', x

class Inst(object):
    pass
i = Inst()
i.__enter__ = lambda: 'instance enter'
i.__exit__ = lambda *a: None
try:
    with i:
        print 'not reached'
except AttributeError as e:
    print 'AttributeError:', e

class OnlyEnter(object):
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except AttributeError as e:
    print 'AttributeError:', e

class Classic:
    def __enter__(self):
        print 'classic enter'
        return 1
    def __exit__(self, t, v, tb):
        print 'classic exit', t
with Classic() as one:
    print one

class Tup(object):
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Tup() as (a, (b, c)):
    print a, b, c
d = {}
with Tup() as d['key']:
    pass
print d
class Attrs(object):
    pass
o = Attrs()
with Tup() as o.val:
    pass
print o.val

class Truthy(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 'non-empty string'
with Truthy():
    raise KeyError('also swallowed')
print 'done'
with Ctx('last'):
    {}['missing']

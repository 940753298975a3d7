# __slots__: no __dict__, AttributeError messages, slot descriptors, inheritance adding a __dict__, empty slots.
class P(object):
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print p.x
try:
    print p.y
except AttributeError as e:
    print 'AttributeError:', e
try:
    p.z = 3
except AttributeError as e:
    print 'AttributeError:', e
try:
    p.__dict__
except AttributeError as e:
    print 'AttributeError:', e
p.y = 2
print p.x, p.y
del p.y
try:
    del p.y
except AttributeError as e:
    print 'AttributeError:', e
print type(P.x).__name__, P.__slots__
print hasattr(p, '__dict__'), hasattr(p, '__weakref__')

class Q(P):
    pass
q = Q(5)
q.extra = 'ok'
print q.x, q.extra, sorted(q.__dict__.items())

class R(P):
    __slots__ = ['w']
r = R(7)
r.w = 8
print r.x, r.w
try:
    r.v = 1
except AttributeError as e:
    print 'AttributeError:', e

class Empty(object):
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print 'AttributeError:', e

class Single(object):
    __slots__ = 'only'
s = Single()
s.only = 'one'
print s.only, Single.__slots__

class WithDict(object):
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print wd.a, wd.__dict__

try:
    class Clash(object):
        __slots__ = ('v',)
        v = 3
except ValueError as e:
    print 'ValueError:', e

P.x.__set__(p, 99)
print P.x.__get__(p, P)
p.q = 1

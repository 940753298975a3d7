# Assigning __dict__, __class__, __bases__ and __name__, and a class's
# read-only __dict__ (dictproxy) and __subclasses__().
class A(object):
    x = 1
class B(A):
    pass
class C(A):
    pass
a = A()
a.__dict__ = {'y': 2}
print a.y, a.__dict__
for bad in [5, None]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print 'TypeError:', e
del a.__dict__
print a.__dict__
a.__class__ = B
print type(a).__name__
for bad in [int, 3]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print 'TypeError:', e
class S(object):
    __slots__ = ('q',)
try:
    a.__class__ = S
except TypeError as e:
    print 'TypeError:', e
print sorted(k.__name__ for k in A.__subclasses__()), B.__subclasses__()
d = A.__dict__
print type(d).__name__, repr(d)[:10], d['x'], 'x' in d, len(d) == len(dict(d)), d.get('nope', 0)
try:
    d['z'] = 1
except TypeError as e:
    print 'TypeError:', e
try:
    hash(d)
except TypeError as e:
    print 'TypeError:', e
print d == dict(d), sorted(k for k in d.keys() if k[0] != '_'), A.__doc__, '__doc__' in d
class M(object):
    def hello(self):
        return 'hello'
C.__bases__ = (M,)
print C().hello(), C.__mro__, [k.__name__ for k in M.__subclasses__()]
for bad in [(), 5, (3,), (C,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print 'TypeError:', e
B.__name__ = 'Bee'
print B, B.__name__
for bad in [5, 'a\0b']:
    try:
        B.__name__ = bad
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print A.__class__, A.__base__, bool.__base__, object.__base__
class Old:
    pass
class Older:
    def hi(self):
        return 'hi'
Old.__bases__ = (Older,)
print Old().hi()
for bad in [(A,), [Older]]:
    try:
        Old.__bases__ = bad
    except TypeError as e:
        print 'TypeError:', e
o = Old()
o.__class__ = Older
print o.__class__.__name__
try:
    o.__class__ = A
except TypeError as e:
    print 'TypeError:', e

# Plain classes: instance attributes, methods, and class calls, including
# changes to the class that must take effect at once.
import sys

class P(object):
    k = 10
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y + self.k

p = P(1, 2)
print p.x, p.y, p.k, p.total()
p.k = 5
print p.k, P.k, p.total()
del p.k
print p.k

# A property added to the class later wins over the instance dict.
P.x = property(lambda self: 'prop-x')
print p.x
try:
    p.x = 3
except AttributeError as e:
    print 'AttributeError:', e
del P.x
print p.x

# __setattr__ and __getattr__ added to a base after instances exist.
class Base(object):
    pass
class D(Base):
    def __init__(self, v):
        self.v = v
d = D(1)
print d.v
def setattr_hook(self, name, value):
    print 'set', name, value
    object.__setattr__(self, name, value * 2)
Base.__setattr__ = setattr_hook
d.w = 4
print d.w
D(3)
del Base.__setattr__
d.w = 4
print d.w
Base.__getattr__ = lambda self, name: 'missing ' + name
print d.nothing
del Base.__getattr__
try:
    d.nothing
except AttributeError as e:
    print 'AttributeError:', e

# __init__ must return None.
class R(object):
    def __init__(self):
        return 1
try:
    R()
except TypeError as e:
    print 'TypeError:', e

# Wrong argument counts go to the general path's messages.
try:
    P(1)
except TypeError as e:
    print 'TypeError:', e
try:
    P(1, 2, 3)
except TypeError as e:
    print 'TypeError:', e

# An exception in __init__ carries its traceback through the class call.
class Bad(object):
    def __init__(self, a):
        self.a = a
        raise ValueError(a)
try:
    Bad(7)
except ValueError as e:
    tb = sys.exc_info()[2]
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print 'ValueError', e, n

# Recursion through class calls ends with CPython's error at the same depth.
class Deep(object):
    def __init__(self, n):
        self.n = n
        if n:
            self.child = Deep(n - 1)
depth = [0]
def probe(n):
    depth[0] = n
    Deep(n)
Deep(50)
print 'deep ok'
class Forever(object):
    def __init__(self):
        Forever()
try:
    Forever()
except RuntimeError as e:
    print 'RuntimeError:', e

# A class whose __init__ is replaced, and one with __new__ added later.
class C(object):
    def __init__(self, a):
        self.a = a
c = C(1)
C.__init__ = lambda self, a: setattr(self, 'a', a * 10)
print C(2).a
def new(cls, *args):
    print 'new', cls.__name__, args
    return object.__new__(cls)
C.__new__ = staticmethod(new)
print C(3).a
# Private-looking and special names.
class S(object):
    def __init__(self):
        self.__hidden = 1
        self._single = 2
        self.__dunder__ = 3
s = S()
print s._S__hidden, s._single, s.__dunder__, sorted(s.__dict__)
print s.__class__.__name__

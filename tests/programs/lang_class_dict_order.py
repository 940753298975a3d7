# A class's __dict__ iterates in CPython's order: a copy of the namespace, then slot members, __dict__/__weakref__ descriptors and __doc__; type() leaves the given dict alone.
class WR(object):
    __slots__ = ('v', '__weakref__')
print WR.__dict__.keys()
class IntSlots(int):
    __slots__ = ()
print IntSlots.__dict__.keys()
class Plain(object):
    def a(self): pass
    def b(self): pass
    x = 1
    y = 2
    def __init__(self): pass
    def __repr__(self): return 'P'
    z = 3
print Plain.__dict__.keys()
d = {'q': 1, 'r': 2}
X = type('X', (object,), d)
print d, X.__dict__.keys()
class Doc(object):
    "doc"
    __slots__ = ('a', 'b', 'c')
print Doc.__dict__.keys()
class Old:
    a = 1
print Old.__dict__.keys()
class Many(object):
    pass
for i in range(20):
    setattr(Many, 'attr%d' % i, i)
print Many.__dict__.keys()
class E(Exception):
    def __str__(self): return 'e'
print E.__dict__.keys()

# __new__ and __init__: argument passing, __new__ returning another type's instance skips __init__, singletons, immutable subclasses.
class Tracker(object):
    def __new__(cls, *args, **kw):
        print 'new', cls.__name__, args, sorted(kw.items())
        return super(Tracker, cls).__new__(cls)
    def __init__(self, x, y=0):
        print 'init', x, y
        self.x, self.y = x, y

t = Tracker(1, y=2)
print t.x, t.y

class Other(object):
    def __init__(self):
        print 'Other.__init__ should not run here'

class Shape(object):
    def __new__(cls, kind):
        if kind == 'other':
            return Other.__new__(Other)
        if kind == 'int':
            return 42
        return object.__new__(cls)
    def __init__(self, kind):
        print 'Shape.__init__', kind
        self.kind = kind

s = Shape('circle')
print type(s).__name__, s.kind
o = Shape('other')
print type(o).__name__
n = Shape('int')
print n, type(n).__name__

class Single(object):
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
            print 'created'
        return cls._inst
    def __init__(self):
        print 'init called'
a = Single()
b = Single()
print a is b

class Upper(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())
u = Upper('hello')
print u, type(u).__name__, len(u), u + '!'

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(%d, %d)' % self
p = Point(3, 4)
print p, p.x, p[1], isinstance(p, tuple), p == (3, 4)

class Sub(Tracker):
    pass
sb = Sub(5)
print type(sb).__name__, sb.x

class NoInit(object):
    def __new__(cls, v):
        inst = object.__new__(cls)
        inst.v = v
        return inst
print NoInit(9).v
try:
    object.__new__(3)
except TypeError as e:
    print 'TypeError:', e
try:
    object.__new__(int)
except TypeError as e:
    print 'TypeError:', e

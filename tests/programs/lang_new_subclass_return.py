# __new__ returning instances of subclasses (then __init__ runs) vs unrelated classes (it does not); factories dispatching on arguments; __init__ called with original args.
class Shape(object):
    registry = {}
    def __new__(cls, kind, *args):
        if cls is Shape:
            target = Shape.registry.get(kind)
            if target is None:
                raise ValueError('unknown shape %r' % kind)
            return super(Shape, cls).__new__(target)
        return super(Shape, cls).__new__(cls)
    def __init__(self, kind, *args):
        print '  %s.__init__%r' % (type(self).__name__, (kind,) + args)
        self.kind = kind
        self.args = args

class Circle(Shape):
    def area(self):
        return 3 * self.args[0] ** 2
class Square(Shape):
    def area(self):
        return self.args[0] ** 2
Shape.registry.update(circle=Circle, square=Square)

shapes = [Shape('circle', 2), Shape('square', 3), Circle('circle', 1)]
for s in shapes:
    print type(s).__name__, s.kind, s.area()
try:
    Shape('hexagon')
except ValueError as e:
    print 'ValueError:', e

class Unrelated(object):
    def __init__(self):
        print '  Unrelated.__init__ (should not be printed by Weird)'
class Weird(object):
    def __new__(cls, flag):
        if flag:
            return Unrelated.__new__(Unrelated)
        return object.__new__(cls)
    def __init__(self, flag):
        print '  Weird.__init__', flag
w1 = Weird(True)
w2 = Weird(False)
print type(w1).__name__, type(w2).__name__

class Base(object):
    def __init__(self, x):
        print '  Base.__init__', x
class Derived(Base):
    pass
class ReturnsDerived(Base):
    def __new__(cls, x):
        return Derived.__new__(Derived)
rd = ReturnsDerived(5)
print type(rd).__name__, isinstance(rd, ReturnsDerived)
class ReturnsSub(Base):
    def __new__(cls, x):
        return object.__new__(SubOfReturnsSub)
class SubOfReturnsSub(ReturnsSub):
    def __init__(self, x):
        print '  SubOfReturnsSub.__init__', x
rs = ReturnsSub(7)
print type(rs).__name__
class NoneNew(object):
    def __new__(cls):
        return None
    def __init__(self):
        print 'never'
print NoneNew()
class Cache(object):
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print '  cache hit', key
            return cls._cache[key]
        obj = object.__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print '  init', key
        self.key = key
c1 = Cache('a'); c2 = Cache('a'); c3 = Cache('b')
print c1 is c2, c1 is c3
Shape('triangle', 1, 2)

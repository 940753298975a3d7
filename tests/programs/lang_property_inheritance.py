# Properties and inheritance: overriding a property in a subclass, extending the getter via super, property built from a base getter with a new setter, abstract-style errors.
class Shape(object):
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @property
    def area(self):
        raise NotImplementedError('%s must define area' % type(self).__name__)
    def describe(self):
        return '%s with area %.2f' % (self.name, self.area)

class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, 'rect')
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
    @property
    def name(self):
        return 'square(' + super(Square, self).name + ')'
    @Rect.area.getter
    def area(self):
        return Rect.area.fget(self) * 1.0

class Named(Shape):
    @Shape.name.setter
    def name(self, value):
        self._name = value.lower()

print Rect(2, 3).describe(), Square(3).describe()
print Square(2).name, Rect(1, 1).name
n = Named('X')
n.name = 'Hexagon'
print n.name, type(Named.name).__name__, Named.name.fget is Shape.name.fget
try:
    Rect(1, 1).name = 'new'
except AttributeError as e:
    print 'AttributeError:', e
print Square.area is not Rect.area, Square.area.fset, Rect.area.__doc__

class Cached(object):
    calls = 0
    @property
    def value(self):
        Cached.calls += 1
        self.__dict__['value'] = 'shadow?'
        return 'computed'
c = Cached()
print c.value, c.value, Cached.calls, c.__dict__

class Lazy(object):
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Data(object):
    loads = 0
    @Lazy
    def payload(self):
        "expensive payload"
        Data.loads += 1
        return [1, 2, 3]
d = Data()
print d.payload, d.payload, Data.loads, Data.payload.__doc__, 'payload' in d.__dict__
Shape('abstract').describe()

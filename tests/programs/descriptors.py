# Descriptors: property with setter and docstring, staticmethod, classmethod, and a class with __get__/__set__.
class Temperature(object):
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9.0 / 5 + 32
    @staticmethod
    def unit():
        return 'C'
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(20)
print t.celsius, t.fahrenheit, t.unit(), Temperature.unit()
t.celsius = 30
print t.celsius, t.fahrenheit
try:
    t.celsius = -300
except ValueError as e:
    print 'ValueError:', e
try:
    t.fahrenheit = 5
except AttributeError as e:
    print 'AttributeError:', e
f = Temperature.freezing()
print type(f).__name__, f.celsius, Temperature.celsius.__doc__
print isinstance(Temperature.__dict__['unit'], staticmethod), type(Temperature.__dict__['freezing']).__name__

class Typed(object):
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value

class Point(object):
    x = Typed('x', int)
    y = Typed('y', int)
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print p.x, p.y, type(Point.x).__name__
try:
    p.x = 'one'
except TypeError as e:
    print 'TypeError:', e

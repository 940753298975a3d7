# New-style class metadata: __name__, __module__, __doc__, __bases__, __dict__ (dictproxy), __mro__, __subclasses__, class reprs, assigning __bases__ and __name__.
class Base(object):
    "base doc"
    attr = 1
    def m(self):
        pass
class Child(Base):
    pass
class Other(Base):
    pass

print Base, Child, int, type, object, [Base]
print Base.__name__, Base.__module__, Base.__doc__, Child.__doc__
print Child.__bases__, Base.__bases__, object.__bases__
print type(Base.__dict__).__name__, sorted(k for k in Base.__dict__ if not k.startswith('__'))
print '__doc__' in Base.__dict__, '__module__' in Base.__dict__, 'attr' in Child.__dict__
try:
    Base.__dict__['attr'] = 2
except TypeError as e:
    print 'TypeError:', e
print sorted(c.__name__ for c in Base.__subclasses__())
print Child.__mro__
Child.__name__ = 'Renamed'
print Child, Child.__name__
try:
    Child.__name__ = 5
except TypeError as e:
    print 'TypeError:', e
class Mixin(object):
    def mixed(self):
        return 'mixed in'
Other.__bases__ = (Mixin,)
print Other().mixed(), Other.__mro__
try:
    Other.__bases__ = ()
except TypeError as e:
    print 'TypeError:', e
try:
    int.x = 1
except TypeError as e:
    print 'TypeError:', e
try:
    object.__name__ = 'thing'
except TypeError as e:
    print 'TypeError:', e
print type(Base.m).__name__, Base.__dict__['m'].__name__, Base.m.__name__
print dir(Child) == dir(Base), 'attr' in dir(Child), '__mro__' in dir(type)
print str(Base), repr(Child)
print Base.__class__, type(Base).__name__, Base.__class__.__class__
import sys
print type(sys).__name__, type(len).__name__, type([].append).__name__, type(Base.__dict__['m']).__name__
print type(None).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__, type(type(None))
print bool.__name__, bool.__base__, Child.__base__, object.__base__

# Metaclass selection: derived metaclass wins, metaclass conflict TypeError, __instancecheck__/__subclasscheck__ on a metaclass, metaclass methods vs class methods.
class MetaA(type):
    def hello(cls):
        return 'MetaA.hello on %s' % cls.__name__
class MetaB(type):
    pass
class MetaAB(MetaA, MetaB):
    pass

class A(object):
    __metaclass__ = MetaA
class B(object):
    __metaclass__ = MetaB
class AB(object):
    __metaclass__ = MetaAB

class C(A):
    pass
print type(C).__name__, C.hello()

class D(A, AB):
    pass
print type(D).__name__

try:
    class E(A, B):
        pass
except TypeError as e:
    print 'TypeError:', e

class F(AB, B):
    pass
print type(F).__name__

class Interface(type):
    def __instancecheck__(cls, inst):
        return all(hasattr(inst, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)

class Sized(object):
    __metaclass__ = Interface
    required = ('__len__',)

print isinstance([], Sized), isinstance(3, Sized), isinstance('x', Sized)
print issubclass(dict, Sized), issubclass(int, Sized)

class Quacks(object):
    __metaclass__ = Interface
    required = ('quack', 'walk')
class Duck(object):
    def quack(self): pass
    def walk(self): pass
class Robot(object):
    def walk(self): pass
print isinstance(Duck(), Quacks), isinstance(Robot(), Quacks), issubclass(Duck, Quacks)
try:
    raise Duck()
except TypeError as e:
    print 'TypeError:', e

class WithRepr(type):
    def __repr__(cls):
        return '<custom class %s>' % cls.__name__
    def __len__(cls):
        return 99
    def __getitem__(cls, key):
        return '%s[%r]' % (cls.__name__, key)
    def __iter__(cls):
        return iter(['x', 'y'])
class G(object):
    __metaclass__ = WithRepr
print G, repr(G), [G], len(G), G['k'], list(G)
print type(G) is WithRepr, isinstance(G, type), issubclass(WithRepr, type)
class H(G):
    pass
print H, H[1:2]
class E2(A, B):
    pass

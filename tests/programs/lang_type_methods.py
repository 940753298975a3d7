# type's own methods and slot wrappers: a class with a metaclass shows as a class, type.__eq__/__hash__/__instancecheck__/__subclasscheck__/__setattr__ called directly, dir(type).
class Meta(type):
    pass
class C(object):
    __metaclass__ = Meta
class D(C):
    pass
print repr(C), str(D), [C, D], type(C).__name__
print type.__repr__(C), type.__repr__(int), type.__repr__(Meta)
print sorted(type.__dict__.keys())
print dir(type) == sorted(set(dir(object)) | set(type.__dict__.keys()))
print type.__eq__(C, C), type.__eq__(C, D), type.__ne__(C, D), type.__eq__(C, 1), type.__lt__(C, 'x')
print type.__hash__(C) == hash(C), hash(D) == hash(D), {C: 1, D: 2}[D]
print type.__instancecheck__(C, D()), type.__instancecheck__(D, C()), type.__instancecheck__(object, 3)
print type.__subclasscheck__(C, D), type.__subclasscheck__(D, C), type.__subclasscheck__(object, Meta)
try:
    type.__subclasscheck__(C, 3)
except TypeError as e:
    print 'TypeError:', e
type.__setattr__(C, 'x', 5)
print C.x, D.x
type.__delattr__(C, 'x')
print hasattr(C, 'x'), type.__getattribute__(D, '__name__')
try:
    type.__repr__(3)
except TypeError as e:
    print 'TypeError:', e
class Checked(type):
    def __instancecheck__(cls, obj):
        print 'checking', type(obj).__name__
        return type.__instancecheck__(cls, obj)
    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub) or sub is int
class E(object):
    __metaclass__ = Checked
print isinstance(E(), E), isinstance(3, E), issubclass(int, E), issubclass(str, E)
print C == C, C != D, C is not D, sorted([C.__name__, D.__name__])

# Classic classes: type(instance) is instance, __class__, class repr without address via print, __dict__, __bases__, __name__, isinstance.
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class B(A):
    pass

a = A(5)
b = B(6)
print type(a), type(A), type(a) is type(b)
print a.__class__, b.__class__, A, B
print a.__class__ is A, a.__class__.__name__, A.__name__, A.__module__
print A.__bases__, B.__bases__ == (A,), len(B.__bases__)
print sorted(A.__dict__.keys())
print a.__dict__, b.get(), B.x, b.x
print isinstance(a, A), isinstance(b, A), isinstance(a, B), issubclass(B, A), issubclass(A, B)
print isinstance(a, object), issubclass(A, object)
print str(A), repr(A).startswith('<class __main__.A at ') if False else str(B)
print hasattr(A, '__mro__'), hasattr(a, '__weakref__')
a.__class__ = B
print a.__class__, isinstance(a, B)
a.__dict__ = {'v': 'swapped'}
print a.get()
try:
    a.__dict__ = 5
except TypeError as e:
    print 'TypeError:', e
try:
    a.__class__ = int
except TypeError as e:
    print 'TypeError:', e
class C:
    "Classic doc"
print C.__doc__, C().__doc__, A.__doc__
A.y = 'added later'
print b.y
del A.x
print hasattr(b, 'x')
try:
    print b.nothing
except AttributeError as e:
    print 'AttributeError:', e
try:
    print A.nothing
except AttributeError as e:
    print 'AttributeError:', e
print getattr(A, '__name__'), A.__dict__['get'].__name__
e = A.__dict__
A.__name__ = 'Renamed'
print A, a.__class__.__bases__[0]
try:
    A.__bases__ = (int,)
except TypeError as ex:
    print 'TypeError:', ex
class D:
    pass
D.__bases__ = (B,)
print D().get if False else D.__bases__[0]
print type(A.__dict__).__name__
A(1, 2)

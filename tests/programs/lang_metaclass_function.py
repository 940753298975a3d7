# __metaclass__ as a plain function, type(name, bases, dict) construction, module-level __metaclass__ for classic class statements.
def upper_attrs(name, bases, attrs):
    new = {}
    for k, v in attrs.items():
        if k.startswith('__'):
            new[k] = v
        else:
            new[k.upper()] = v
    print 'building', name
    return type(name, bases, new)

class Foo(object):
    __metaclass__ = upper_attrs
    bar = 'bip'
    def hello(self):
        return 'hi'

print hasattr(Foo, 'bar'), Foo.BAR, Foo().HELLO()
print type(Foo).__name__

def returns_dict(name, bases, attrs):
    return {'name': name, 'keys': sorted(k for k in attrs if not k.startswith('__'))}
class Weird:
    __metaclass__ = returns_dict
    a = 1
    b = 2
print Weird

Dyn = type('Dyn', (object,), {'x': 10, 'double': lambda self: self.x * 2})
d = Dyn()
print Dyn.__name__, d.x, d.double(), Dyn.__bases__ == (object,)

Sub = type('Sub', (Dyn,), {'x': 21})
print Sub().double(), [k.__name__ for k in Sub.__mro__]
print type(Sub) is type

def init(self, a):
    self.a = a
Klass = type('Klass', (object,), dict(__init__=init, __repr__=lambda self: 'Klass(%r)' % self.a))
print Klass(3), [Klass(1), Klass('s')]

print type(5) is int, type('') is str, type(type) is type
try:
    type('Bad', 5, {})
except TypeError as e:
    print 'TypeError:', e
try:
    type('Bad', (object,), 5)
except TypeError as e:
    print 'TypeError:', e
try:
    type('a', 'b')
except TypeError as e:
    print 'TypeError:', e

__metaclass__ = type
class NowNew:
    pass
print type(NowNew).__name__, isinstance(NowNew(), object), NowNew.__mro__ == (NowNew, object)

# isinstance and issubclass with single classes and tuples; type() reprs of builtin types.
values = [1, 1L, 1.0, 1j, True, 'a', u'a', [], (), {}, set(), frozenset(), None, xrange(1), len, type]
for v in values:
    print type(v)
print isinstance(1, int), isinstance(True, int), isinstance(1L, int), isinstance(1, (int, long))
print isinstance('x', str), isinstance(u'x', str), isinstance('x', basestring), isinstance(u'x', (str, unicode))
print isinstance([], (tuple, list)), isinstance({}, (list, (set, dict))), isinstance(None, type(None))
print isinstance(1, ()), isinstance(int, type), isinstance(type, type), isinstance(object, object)
print issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int))
print issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(str, basestring)

class Animal(object):
    pass

class Dog(Animal):
    pass

class Puppy(Dog):
    pass

p = Puppy()
print isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog(), Puppy), isinstance(p, (int, Dog))
print issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, Puppy), issubclass(Dog, (int, str))
print type(p) is Puppy, type(p) == Dog, type(p).__name__, p.__class__.__name__, Puppy.__bases__[0].__name__
print [c.__name__ for c in Puppy.__mro__]
print type(1) is int, type(True) is bool, type(2 ** 64) is long, type(1.0) in (int, float)
print int.__name__, str.__name__, type(None).__name__, type(Ellipsis).__name__, type(type).__name__
for bad in [lambda: isinstance(1, 'int'), lambda: issubclass(1, int), lambda: issubclass(int, [int])]:
    try:
        print bad()
    except TypeError as e:
        print 'TypeError:', e
print isinstance(1, (int, 'ignored after match'))
def kind(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, long)):
        return 'integer'
    if isinstance(x, float):
        return 'float'
    if isinstance(x, basestring):
        return 'text'
    if isinstance(x, (list, tuple)):
        return 'sequence of %d' % len(x)
    return 'other'
print [kind(v) for v in [True, 3, 3L, 3.0, 's', u'u', [1], (1, 2), {}]]

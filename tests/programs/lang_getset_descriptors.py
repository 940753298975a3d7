# getset and member descriptors: type's own (__name__, __mro__, __doc__, __module__, ...), a class's __dict__ and __weakref__, their reprs, __get__/__set__, layouts.
class C(object):
    "doc of C"
class D(C): pass
class S(object):
    __slots__ = ('a', 'b')
class SD(object):
    __slots__ = ('a', '__dict__')
class SW(object):
    __slots__ = ('__weakref__',)
class T(S): pass
class U(SD): pass
class E(Exception): pass
class L(list): pass
class Tu(tuple): pass
class St(str): pass
class Fs(frozenset): pass
class M(type): pass
class Old: pass
class Mixed(Old, object): pass

def own(c):
    return [k for k in ('__dict__', '__weakref__') if k in c.__dict__]

for c in [C, D, S, SD, SW, T, U, E, L, Tu, St, Fs, M, Mixed]:
    print c.__name__, own(c)

for name in ['__name__', '__bases__', '__module__', '__abstractmethods__', '__dict__', '__doc__',
             '__mro__', '__base__', '__basicsize__', '__itemsize__', '__flags__',
             '__weakrefoffset__', '__dictoffset__']:
    d = type.__dict__[name]
    print name, type(d).__name__, repr(d), d.__name__, d.__objclass__
print repr(C.__dict__['__dict__']), repr(C.__dict__['__weakref__']), repr(S.__dict__['a'])
print type(S.__dict__['a']).__name__, S.__dict__['a'].__objclass__, S.__dict__['a'].__name__
print C.__dict__['__dict__'].__doc__
print C.__dict__['__weakref__'].__doc__
print C.__dict__['__dict__'].__objclass__, C.__dict__['__dict__'].__name__

print type.__dict__['__mro__'].__get__(D), type.__dict__['__name__'].__get__(D)
print type.__dict__['__bases__'].__get__(D), type.__dict__['__doc__'].__get__(C)
print type.__dict__['__name__'].__get__(None, type) is type.__dict__['__name__']
try:
    type.__dict__['__name__'].__get__(1)
except TypeError as e:
    print 'TypeError:', e
try:
    C.__dict__['__dict__'].__get__(1)
except TypeError as e:
    print 'TypeError:', e
c = C()
c.x = 1
print C.__dict__['__dict__'].__get__(c, C), C.__dict__['__weakref__'].__get__(c), c.__weakref__
C.__dict__['__dict__'].__set__(c, {'y': 2})
print c.y, c.__dict__
try:
    c.__weakref__ = 1
except AttributeError as e:
    print 'AttributeError:', e
print C.__weakref__ is C.__dict__['__weakref__'], D.__weakref__ is C.__dict__['__weakref__']

print C.__doc__, D.__doc__, C.__module__, type.__module__, int.__module__, type.__name__
print type.__doc__
for k in (C, type):
    try:
        k.__abstractmethods__
    except AttributeError as e:
        print 'AttributeError:', repr(e)
C.__abstractmethods__ = frozenset(['f'])
print C.__abstractmethods__, '__abstractmethods__' in C.__dict__
del C.__abstractmethods__
try:
    del C.__abstractmethods__
except AttributeError as e:
    print 'AttributeError:', repr(e)
for k in [object, C, D, S, SD, SW, T, U]:
    print k.__name__, k.__basicsize__, k.__itemsize__, k.__dictoffset__, k.__weakrefoffset__
try:
    C.__mro__ = ()
except TypeError as e:
    print 'TypeError:', e
try:
    C.__doc__ = 'x'
except AttributeError as e:
    print 'AttributeError:', e
try:
    C.__dict__ = {}
except AttributeError as e:
    print 'AttributeError:', e
C.__module__ = 'elsewhere'
print C, C.__module__
try:
    del C.__module__
except TypeError as e:
    print 'TypeError:', e
try:
    int.__module__ = 'x'
except TypeError as e:
    print 'TypeError:', e
type.__dict__['__name__'].__set__(D, 'Renamed')
print D, D.__name__
try:
    type.__dict__['__mro__'].__set__(D, ())
except TypeError as e:
    print 'TypeError:', e
class WithDoc(object):
    __doc__ = property(lambda self: 'instance doc')
print type(WithDoc.__doc__).__name__, WithDoc().__doc__
print sorted(k for k in dir(C()) if k in ('__dict__', '__weakref__', '__module__', '__doc__'))
print sorted(k for k in dir(S()) if k in ('__dict__', '__weakref__', 'a', 'b'))
print '__mro__' in dir(type), '__name__' in dir(M), '__weakref__' in dir(Fs)
class Fresh(object):
    pass
f = Fresh()
f.attr = 1
print dir(object)
print dir(object()) == dir(object), dir(Fresh) == sorted(set(dir(object)) | set(['__dict__', '__module__', '__weakref__']))
print dir(f)
print object.__doc__, Fresh.__doc__, f.__doc__, object.__module__, object.__dict__['__class__']
print object.__dict__['__class__'].__get__(f), '__module__' in object.__dict__
try:
    object().__module__
except AttributeError as e:
    print 'AttributeError:', e
object.__dict__['__class__'].__set__(f, C)
print type(f).__name__
class Edge(object):
    pass
e = Edge()
def attempt(f):
    try:
        print repr(f())
    except Exception as exc:
        print type(exc).__name__, exc
attempt(lambda: type.__dict__['__dict__'].__get__(Edge)['__module__'])
attempt(lambda: object.__dict__['__class__'].__get__(None, object))
attempt(lambda: Edge.__dict__['__dict__'].__set__(e, 5))
attempt(lambda: Edge.__dict__['__weakref__'].__delete__(e))
attempt(lambda: delattr(Edge, '__name__'))
attempt(lambda: delattr(Edge, '__doc__'))
attempt(lambda: setattr(int, '__doc__', 'x'))
attempt(lambda: type.__dict__['__mro__'].__get__(3))
attempt(lambda: type.__dict__['__module__'].__set__(Edge, 'm'))
attempt(lambda: Edge.__module__)
attempt(lambda: type.__dict__['__abstractmethods__'].__get__(Edge))
attempt(lambda: object.__dict__['__class__'].__set__(e, int))
attempt(lambda: type.__dict__['__name__'].__set__(3, 'x'))
attempt(lambda: type.__dict__['__bases__'].__delete__(Edge))
attempt(lambda: object().__dict__)
attempt(lambda: hasattr(object(), '__dict__'))

# set, frozenset and object subclasses: set operations return base type, frozenset __new__, object subclass defaults.
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

t = Tags(['a'])
t.add_all('b', 'c')
print sorted(t), type(t).__name__, len(t)
u = t | set(['z'])
print type(u).__name__, sorted(u)
print type(t & set('ab')).__name__, type(t - set('a')).__name__
print 'a' in t, t == set('abc'), t.issubset('abcd')
t2 = t.copy()
print type(t2).__name__, sorted(t2)

class FrozenTags(frozenset):
    def __new__(cls, *items):
        return frozenset.__new__(cls, items)
    def __repr__(self):
        return 'FrozenTags(%s)' % ', '.join(sorted(self))
f = FrozenTags('x', 'y')
print f, len(f), {f: 1}[frozenset(['x', 'y'])], hash(f) == hash(frozenset('xy'))
print type(f | frozenset('z')).__name__

class Node(object):
    pass
n = Node()
print type(n).__name__, isinstance(n, object), n == n, n != Node(), bool(n)
print Node.__bases__ == (object,), Node.__name__, hasattr(n, '__dict__')
n.a = 1
print n.__dict__
print str(n) == repr(n), repr(n).startswith('<__main__.Node object')
print object().__class__.__name__, type(object()).__name__
try:
    object().x = 1
except AttributeError as e:
    print 'AttributeError:', e
try:
    object(1)
except TypeError as e:
    print 'TypeError:', e
print Node.__doc__, Node.__module__
class Doc(object):
    "documented"
print Doc.__doc__, Doc().__doc__
print hash(n) == hash(n), n.__hash__() == hash(n)
print sorted(k for k in dir(n) if not k.startswith('__'))
print Node.__dict__['__module__'], '__dict__' in Node.__dict__, '__weakref__' in Node.__dict__

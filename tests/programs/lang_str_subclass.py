# str, unicode and tuple subclasses: methods return base types, extra behaviour, namedtuple-like tuple subclass.
class Tag(str):
    def wrap(self):
        return '<%s>' % self
    def __add__(self, other):
        return Tag(str.__add__(self, other))

t = Tag('div')
print t, t.wrap(), t.upper(), type(t.upper()).__name__
print (t + 'x').wrap(), type(t[1:]).__name__, len(t), t == 'div'
print repr(t), '%s|%r' % (t, t), {t: 1}
print type(str(t)).__name__, type(t).__name__
print 'i' in t, t * 2, t.split('i')

class Ci(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.lower())
print Ci('Hello') == 'HELLO', Ci('a') != 'A', Ci('x') in [Ci('X')]
d = {Ci('Key'): 1}
print d[Ci('KEY')]

class U(unicode):
    def shout(self):
        return self.upper() + u'!'
u = U(u'caf\xe9')
print repr(u.shout()), type(u.shout()).__name__, repr(u)

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def __repr__(self):
        return 'Pair(first=%r, second=%r)' % self
    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 'two')
print p, p.first, p.second, p.swap(), tuple(p), p == (1, 'two')
a, b = p
print a, b, len(p), p + (3,), type(p + (3,)).__name__, p[::-1]
print sorted([Pair(2, 1), Pair(1, 2)])
try:
    p.third = 3
except AttributeError as e:
    print 'AttributeError:', e
print Tag(5), Tag(), repr(Tag())

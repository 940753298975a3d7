# Special methods on classic instances: looked up on the instance too, __getattr__ for special names, arithmetic, len, getitem, iter, str.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return Vec(self.x + o, self.y + o)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __hash__(self):
        return hash((self.x, self.y))

v = Vec(1, 2)
print v + Vec(3, 4), 10 + v, v * 3, -v, v == Vec(1, 2), len(v), list(v), v[1]
print sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), {v: 'ok'}[Vec(1, 2)]

class Dyn:
    pass
d = Dyn()
d.__len__ = lambda: 7
d.__repr__ = lambda: 'instance-level repr'
d.__getitem__ = lambda i: i * 2
print len(d), repr(d), d[21]

class Delegate:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print '  __getattr__', name
        return getattr(self.target, name)
dl = Delegate([1, 2, 3])
print len(dl)
print dl[0]
print 2 in dl

class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print list(Iter()), max(Iter())

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'Cmp(%d)' % self.v
print sorted([Cmp(2), Cmp(1)])

class Plain:
    pass
try:
    Plain() + 1
except TypeError as e:
    print 'TypeError:', e
try:
    len(Plain())
except AttributeError as e:
    print 'AttributeError:', e
try:
    Plain()[0]
except AttributeError as e:
    print 'AttributeError:', e
try:
    iter(Plain())
except TypeError as e:
    print 'TypeError:', e
try:
    Plain()()
except AttributeError as e:
    print 'AttributeError:', e
print Plain() == Plain(), Vec(0, 0) == Vec(0, 0)
-Plain()

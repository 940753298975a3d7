# Container special methods: __len__, __getitem__/__setitem__/__delitem__ with ints and slice objects, __contains__, len errors.
class Grid(object):
    def __init__(self, n):
        self.cells = range(n)
        self.log = []
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        self.log.append(('get', key))
        if isinstance(key, slice):
            return Grid.from_list(self.cells[key])
        return self.cells[key]
    def __setitem__(self, key, value):
        self.log.append(('set', key))
        self.cells[key] = value
    def __delitem__(self, key):
        self.log.append(('del', key))
        del self.cells[key]
    def __contains__(self, x):
        self.log.append(('contains', x))
        return x in self.cells
    @staticmethod
    def from_list(l):
        g = Grid(0)
        g.cells = l
        return g
    def __repr__(self):
        return 'Grid(%r)' % self.cells

g = Grid(10)
print len(g), g[3], g[-1]
print g[2:5], g[::3], g[7:], g[:2]
g[0] = 'zero'
g[1:3] = ['a', 'b', 'c']
del g[4]
del g[::4]
print g, len(g)
print 'a' in g, 99 in g, 99 not in g
for entry in g.log:
    print entry
try:
    g[100]
except IndexError as e:
    print 'IndexError:', e

class Mapping(object):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
m = Mapping()
m['a', 1] = 'tuple key'
try:
    m[1:2] = 'slice key?'
except TypeError as e:
    print 'TypeError:', e
print m.d.keys()
print m['a', 1]
print m[...] if False else 'skip ellipsis'
class ShowKey(object):
    def __getitem__(self, k):
        return k
sk = ShowKey()
print sk[1], sk[1:2], sk[1:2:3], sk[:], sk[::2], sk[1, 2], sk[1:2, 3], sk[...]
print sk[-1], sk['x'], sk[None:]

class BadLen(object):
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print 'ValueError:', e
class StrLen(object):
    def __len__(self):
        return 'five'
try:
    len(StrLen())
except TypeError as e:
    print 'TypeError:', e
class NoLen(object):
    pass
try:
    len(NoLen())
except TypeError as e:
    print 'TypeError:', e
try:
    NoLen()[0]
except TypeError as e:
    print 'TypeError:', e
try:
    NoLen()[0] = 1
except TypeError as e:
    print 'TypeError:', e
try:
    del NoLen()[0]
except TypeError as e:
    print 'TypeError:', e
print 3 in NoLen()

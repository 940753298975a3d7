# dict subclass overrides: which dict methods call the overridden __getitem__/__setitem__ (get, update, setdefault, constructor, ** unpacking, % formatting) and which do not.
class Loud(dict):
    def __getitem__(self, k):
        print '  __getitem__', k
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print '  __setitem__', k
        dict.__setitem__(self, k, v)
    def keys(self):
        print '  keys()'
        return dict.keys(self)

d = Loud(a=1)
print 'constructor done'
d['b'] = 2
print d['a']
print d.get('a')
d.update({'c': 3})
d.update(e=5)
print d.setdefault('f', 6)
print sorted(d.items()), len(d), 'a' in d
def f(**kw):
    return sorted(kw)
print f(**d)
print '%(a)s' % d
print dict(d) == d
copy = d.copy()
print type(copy).__name__, sorted(copy)
print sorted(d.pop(k) for k in ['e', 'f'])
other = {}
other.update(d)
print sorted(other)
print sorted(Loud.fromkeys('xy', 0).items()), type(Loud.fromkeys('x')).__name__
print [k for k in d]
print d == {'a': 1, 'b': 2, 'c': 3}, d != {}, repr(d) == repr(dict(d))

class Ordered(dict):
    def __init__(self, *a, **kw):
        self.order = []
        dict.__init__(self, *a, **kw)
    def __setitem__(self, k, v):
        if k not in self:
            self.order.append(k)
        dict.__setitem__(self, k, v)
    def __iter__(self):
        return iter(self.order)
    def keys(self):
        return list(self.order)
o = Ordered()
for k in ['zeta', 'alpha', 'mid']:
    o[k] = len(k)
print list(o), o.keys(), [k for k in o], sorted(o.values())
print dict(o) == {'zeta': 4, 'alpha': 5, 'mid': 3}
o2 = Ordered(x=1)
print o2.order, o2

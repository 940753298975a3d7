# In-place operators: __iadd__ returning self or a new object, fallback to __add__, immutables rebinding, list += iterable, augmented on items/attrs.
class Acc(object):
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print 'iadd', other
        self.items.extend(other)
        return self
    def __add__(self, other):
        print 'add', other
        return Acc(self.items + list(other))
    def __isub__(self, other):
        print 'isub returns a fresh string'
        return 'replaced'
    def __repr__(self):
        return 'Acc(%r)' % self.items

a = Acc([1])
alias = a
a += [2, 3]
print a, alias is a
class OnlyAdd(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
old = o
o += 5
print o.v, old.v, o is old
a -= 1
print a

t = (1, 2)
t2 = t
t += (3,)
print t, t2, t is t2
s = 'ab'
s += 'cd'
print s
l = [1]
l2 = l
l += 'xy'
print l, l2 is l
l *= 2
print l2
try:
    l + 'xy'
except TypeError as e:
    print 'TypeError:', e

d = {'k': [1]}
d['k'] += [2]
d['n'] = d.get('n', 0)
d['n'] += 10
print d

class Holder(object):
    pass
h = Holder()
h.count = 0
for i in range(5):
    h.count += i
print h.count

class Log(object):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print 'getitem', k
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print 'setitem', k, v
        self.data[k] = v
lg = Log()
lg['x'] += 4
lg['x'] *= 3
print lg.data
n = 7
n **= 2; n %= 10; n <<= 3; n |= 1; n ^= 3; n &= 0xff; n >>= 1
print n
tt = ([],)
try:
    tt[0] += [1]
except TypeError as e:
    print 'TypeError:', e
print tt

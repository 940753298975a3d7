# Rich comparisons: __lt__/__le__/__eq__/__ne__/__gt__/__ge__, reflection when one side lacks it, sorting, NotImplemented fallback.
class V(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%d)' % self.v
    def __lt__(self, o):
        print '  %r < %r' % (self, o)
        return self.v < o.v if isinstance(o, V) else NotImplemented
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __ne__(self, o):
        return not self == o

a, b = V(1), V(2)
print a < b
print b > a
print a == V(1), a != V(1), a == 1, a != 1
print sorted([V(3), V(1), V(2)])
print max([V(3), V(5), V(4)]), min(V(9), V(8))
print V(1) in [V(0), V(1)], [V(1)].index(V(1)), [V(1), V(2), V(1)].count(V(1))

class Only(object):
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return 'gt-result'
    def __le__(self, o):
        return 0
print Only(1) > 2, 2 < Only(1), Only(1) <= 5, 5 >= Only(1)

class Weird(object):
    def __eq__(self, o):
        return 'yes'
    def __lt__(self, o):
        return [1]
print Weird() == 3, 3 == Weird(), Weird() < 1
if Weird() < 1:
    print 'list is truthy'
print 1 < 2 < Weird() if False else (Weird() < 1 < 2)
class Rev(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'R%d' % self.v
print sorted([Rev(1), Rev(3), Rev(2)])
print sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower)
class NotOrd(object):
    def __eq__(self, o):
        return NotImplemented
n = NotOrd()
print n == n, n == NotOrd(), n != n
print [1, 2] < [1, 3], (1, 'a') < (1, 'b'), [1] == [1.0], 'abc' < 'abd'

# Classic instances: default equality by identity, __eq__/__lt__ on classic classes, sort of classic instances by key, mixing classic and new-style in comparisons and containers.
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return 'P(%s,%d)' % (self.name, self.age)

people = [P('ann', 31), P('bob', 25), P('cy', 40)]
print sorted(people, key=lambda p: p.age)
print sorted(people, key=lambda p: p.name, reverse=True)
a = P('x', 1)
b = P('x', 1)
print a == a, a == b, a != b, a is b, a in [b], a in [a]

class Q:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return getattr(other, 'v', None) == self.v
    def __ne__(self, other):
        return not self == other
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Q(%r)' % self.v
print Q(1) == Q(1), Q(1) != Q(2), Q(1) < Q(2), Q(3) > Q(2)
print sorted([Q(3), Q(1), Q(2)]), max([Q(3), Q(1)]), Q(2) in [Q(1), Q(2)]
print [Q(1), Q(2)].index(Q(2)), [Q(1), Q(1)].count(Q(1))

class N(object):
    def __init__(self, v):
        self.v = v
print Q(5) == N(5), N(5) == Q(5)
print type(Q(1)) == type(P('a', 1)), type(Q(1)).__name__
d = {a: 'a', b: 'b'}
print len(d), d[a], d[b]
class CmpOnly:
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
    def __repr__(self):
        return 'C%d' % self.v
print sorted([CmpOnly(2), CmpOnly(0), CmpOnly(1)]), CmpOnly(1) == CmpOnly(1), CmpOnly(1) <= CmpOnly(0)
print min(CmpOnly(4), CmpOnly(3)), cmp(CmpOnly(1), CmpOnly(2))

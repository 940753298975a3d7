# __coerce__ on classic classes: called for mixed-type arithmetic, returning None or a pair; coerce() builtin; ends uncaught.
class Num:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print 'coerce', self.v, repr(other)
        if isinstance(other, Num):
            return (self, other)
        if isinstance(other, (int, float)):
            return (self, Num(other))
        return None
    def __add__(self, other):
        return Num(self.v + other.v)
    def __mul__(self, other):
        return Num(self.v * other.v)
    def __repr__(self):
        return 'Num(%r)' % (self.v,)

print Num(2) + 3
print Num(2) * 1.5
print Num(1) + Num(4)
print coerce(1, 2.5), coerce(3L, 4), coerce(1, 2)
print coerce(1, True), coerce(1j, 2)

class Raw:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        return (self.v, other)
print Raw(10) + 5, Raw(10) - 3, 4 * Raw(2) if False else Raw(2) * 4
print 3 + Raw(4)
print coerce(Raw(7), 8)

class Refuse:
    def __coerce__(self, other):
        return None
try:
    Refuse() + 1
except TypeError as e:
    print 'TypeError:', e
try:
    coerce(1, 'a')
except TypeError as e:
    print 'TypeError:', e
Num(1) + 'text'

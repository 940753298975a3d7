# Operators between classic and new-style instances: which side's methods run, coercion for classic, reflected methods on new-style when classic returns NotImplemented.
class Old:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print '  Old.__add__'
        if isinstance(o, (Old, New)):
            return Old(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print '  Old.__radd__'
        return Old(self.v + getattr(o, 'v', o))
    def __repr__(self):
        return 'Old(%r)' % self.v

class New(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print '  New.__add__'
        if isinstance(o, New):
            return New(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print '  New.__radd__'
        return New(getattr(o, 'v', o) + self.v)
    def __repr__(self):
        return 'New(%r)' % self.v

print Old(1) + Old(2)
print Old(1) + New(2)
print New(1) + Old(2)
print New(1) + New(2)
print 5 + Old(1)
print 5 + New(1)
try:
    print Old(1) + 5
except TypeError as e:
    print 'TypeError:', e
class OldMul:
    def __mul__(self, o):
        return 'OldMul * %s' % (type(o).__name__,)
    def __rmul__(self, o):
        return '%r * OldMul' % (o,)
print OldMul() * 3, 3 * OldMul(), [1] * 2
try:
    print OldMul() * OldMul()
except TypeError as e:
    print 'TypeError:', e
class OldEq:
    def __eq__(self, o):
        print '  OldEq.__eq__'
        return 'old-eq'
class NewEq(object):
    def __eq__(self, o):
        print '  NewEq.__eq__'
        return 'new-eq'
print OldEq() == NewEq()
print NewEq() == OldEq()
print OldEq() == 1, 1 == OldEq()
print isinstance(Old(1), object), type(Old(1)) is type(OldEq())
New(1) + 'text'

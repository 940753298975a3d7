# int, long and float subclasses: arithmetic returns base type unless overridden, custom repr, bool is int, __new__ defaults.
class Meters(int):
    def __repr__(self):
        return 'Meters(%d)' % int(self)
    def __str__(self):
        return '%dm' % int(self)
    def __add__(self, other):
        return Meters(int(self) + int(other))

a = Meters(5)
b = Meters(7)
print a, repr(a), a + b, type(a + b).__name__
print a * 2, type(a * 2).__name__, type(-a).__name__
print 3 + a, type(3 + a).__name__
print a == 5, hash(a) == hash(5), {a: 'x'}[5]
print isinstance(a, int), int(a), type(int(a)).__name__
print '%d %s %r' % (a, a, a)

class Flag(int):
    def __new__(cls, value=1, name='flag'):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
f = Flag(4, 'four')
print f, f.name, f | 1, Flag().name, Flag()

class Big(long):
    pass
print Big(10) ** 20, type(Big(3)).__name__, repr(Big(3))

class Money(float):
    def __str__(self):
        return '$%.2f' % self
m = Money(3.14159)
print m, repr(m), m + 1, type(m * 2).__name__
print round(m, 2), int(m), Money('2.5')

print True + True, True * 10, isinstance(True, int), int.__add__(True, 1)
print type(True + 0).__name__, True & False, type(True & False).__name__, True ^ True
print Meters.__mro__ == (Meters, int, object)
try:
    class B2(bool):
        pass
except TypeError as e:
    print 'TypeError:', e

class Hex(int):
    def __repr__(self):
        return hex(self)
print [Hex(255), Hex(16)], sorted([Hex(3), Hex(1)])
print Meters('x')

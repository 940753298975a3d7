# C3 MRO: diamond and deeper hierarchies, __mro__ contents, mro() method, and attribute resolution order.
class A(object):
    def who(self):
        return 'A'
    def chain(self):
        return ['A']

class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super(B, self).chain()

class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super(C, self).chain()

class D(B, C):
    def chain(self):
        return ['D'] + super(D, self).chain()

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print names(D)
print [k.__name__ for k in D.mro()]
print D().who(), D().chain()

class E(C, B):
    pass
print names(E), E().who()

class K1(object): pass
class K2(object): pass
class K3(object): pass
class X1(K1, K2): pass
class X2(K2, K3): pass
class X3(K1, K3): pass
class Z(X1, X2, X3): pass
print names(Z)

class O(object): pass
class F(O): pass
class Ee(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, Ee): pass
class Aa(Bb, Cc): pass
print names(Aa)
print names(Bb), names(Cc)
print Aa.__bases__ == (Bb, Cc), [b.__name__ for b in Aa.__bases__]
print issubclass(Aa, O), issubclass(O, Aa), isinstance(Aa(), Dd)
print object.__mro__ == (object,), len(int.__mro__), [k.__name__ for k in bool.__mro__]

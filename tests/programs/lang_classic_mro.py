# Classic class depth-first left-to-right lookup vs new-style C3 in the same diamond; mixing classic and new-style bases.
class A:
    def who(self):
        return 'A'
class B(A):
    pass
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print 'classic diamond:', D().who()

class NA(object):
    def who(self):
        return 'A'
class NB(NA):
    pass
class NC(NA):
    def who(self):
        return 'C'
class ND(NB, NC):
    pass
print 'new-style diamond:', ND().who()

class Mixed(A, object):
    pass
print type(Mixed).__name__, [k.__name__ for k in Mixed.__mro__]
print Mixed().who(), type(Mixed()).__name__

class Mixed2(D, NA):
    pass
print [k.__name__ for k in Mixed2.__mro__], Mixed2().who()

class X:
    a = 'X.a'
    b = 'X.b'
class Y(X):
    a = 'Y.a'
class Z:
    a = 'Z.a'
    b = 'Z.b'
    c = 'Z.c'
class W(Y, Z):
    pass
w = W()
print w.a, w.b, w.c

class P:
    def m(self):
        return 'P.m'
class Q(P):
    def m(self):
        return 'Q.m + ' + P.m(self)
class R(Q):
    def m(self):
        return 'R.m + ' + Q.m(self)
print R().m()
try:
    class S(P):
        def m(self):
            return super(S, self).m()
    S().m()
except TypeError as e:
    print 'TypeError:', e
print type(D), type(ND), type(Mixed2)
class NewFromClassicMeta(NB, A):
    pass
print NewFromClassicMeta().who()

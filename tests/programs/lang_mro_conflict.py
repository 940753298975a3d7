# C3 MRO failure: inconsistent base order raises TypeError; also duplicate base class; ends uncaught.
class A(object): pass
class B(A): pass
class C(A): pass
class X(B, C): pass
class Y(C, B): pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print 'TypeError:', e

try:
    class W(A, A):
        pass
except TypeError as e:
    print 'TypeError:', e

try:
    class V(A, B):
        pass
except TypeError as e:
    print 'TypeError:', e

class OK(B, A):
    pass
print [k.__name__ for k in OK.__mro__]

try:
    class Bad(object, A):
        pass
except TypeError as e:
    print 'TypeError:', e

class Final(Y, X):
    pass

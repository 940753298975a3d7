# The MRO conflict message names the heads left in the merge (not the bases); their order follows addresses, so it is sorted here.
def heads(e):
    text = str(e)
    return text.split('\n')[0], sorted(text.split('bases ')[1].split(', '))

class A(object): pass
class B(A): pass
class C(A): pass
class X(B, C): pass
class Y(C, B): pass

for bases in [(X, Y), (A, B), (Y, X), (object, A), (A, X, Y), (X, A, Y)]:
    try:
        type('Z', bases, {})
    except TypeError as e:
        print [b.__name__ for b in bases], heads(e)

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print heads(e)

class P(object): pass
class Q(object): pass
class R(P, Q): pass
class S(object): pass
class T(S): pass
try:
    T.__bases__ = (R, Q, P)
except TypeError as e:
    print 'assign', heads(e)
class U(P): pass
class W(U, P, Q): pass
try:
    U.__bases__ = (Q, P)
    print [k.__name__ for k in W.__mro__]
except TypeError as e:
    print 'subclass', heads(e)
print [k.__name__ for k in U.__mro__], [k.__name__ for k in W.__mro__]
print [b.__name__ for b in U.__bases__], [k.__name__ for k in U.__mro__]

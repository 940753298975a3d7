# Bound and unbound methods: im_self, im_class, im_func, __func__, unbound repr, calling with wrong first argument ends uncaught.
class A(object):
    def f(self, x):
        return 'A.f(%s)' % x
    def g(self):
        return type(self).__name__

class B(A):
    pass

class Other(object):
    pass

a = A()
b = B()
m = a.f
print m(1), m.im_self is a, m.im_class is A, m.im_func is A.__dict__['f']
print m.__func__ is m.im_func, m.__self__ is a
u = A.f
print u
print u.im_self, u.im_class is A, u.im_func.__name__
print A.f(a, 2), A.f(b, 3), B.f(b, 4)
print B.f
print B.f.im_class is B, b.f.im_class is B
print A.g(b)
print m == a.f, A.f == A.f, a.f == b.f
print m.__name__, u.__name__
mf = A.__dict__['f']
print type(mf).__name__, mf(Other(), 9)
print type(u).__name__, type(m).__name__

class Classic:
    def h(self):
        return 'classic h'
print Classic.h
print Classic.h(Classic())
try:
    Classic.h(5)
except TypeError as e:
    print 'TypeError:', e
try:
    A.f()
except TypeError as e:
    print 'TypeError:', e
try:
    A.f(Other(), 1)
except TypeError as e:
    print 'TypeError:', e
try:
    B.f(a, 1)
except TypeError as e:
    print 'TypeError:', e
print A.f(B(), 'sub ok')
A.g(42)

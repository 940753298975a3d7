# super() misuse and corner cases: no arguments, wrong types, super on classmethods and staticmethods, attribute errors through super, super objects' attributes.
class A(object):
    x = 'A.x'
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c for %s' % cls.__name__
    @staticmethod
    def s():
        return 'A.s'
class B(A):
    x = 'B.x'
    def f(self):
        return 'B.f>' + super(B, self).f()

b = B()
print super(B, b).x, super(B, b).f(), super(B, b).c(), super(B, b).s(), super(B, B).c()
sp = super(B, b)
print sp.__thisclass__.__name__, sp.__self__ is b, sp.__self_class__.__name__
print super(A, b).__class__.__name__
try:
    super()
except TypeError as e:
    print 'TypeError:', e
try:
    super(B, 1)
except TypeError as e:
    print 'TypeError:', e
try:
    super(1, b)
except TypeError as e:
    print 'TypeError:', e
try:
    super(B, b).nothing
except AttributeError as e:
    print 'AttributeError:', e
try:
    super(A, b).f()
except AttributeError as e:
    print 'AttributeError:', e
unbound = super(B)
print unbound.__get__(b, B).f()
class C(B):
    def f(self):
        return 'C.f>' + super(C, self).f()
    def g(self):
        return super(B, self).f()
print C().f(), C().g()
try:
    super(B, b).x = 5
except AttributeError as e:
    print 'AttributeError:', e
print super(B, b).__init__ is not None
class D(A):
    def f(self):
        return super(self.__class__, self).f()
print D().f()
class E(D):
    pass
try:
    E().f()
except RuntimeError as e:
    print 'RuntimeError:', e
super(B, b).missing_method()

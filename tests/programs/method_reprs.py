# A bound method's repr shows the repr of what it is bound to, the program's own __repr__ included.
class A(object):
    @classmethod
    def c(cls): pass
    def m(self): pass
    def __repr__(self): return 'A!'
class B:
    def m(self): pass
    def __repr__(self): return 'B!'
class Meta(type):
    def __repr__(cls): return 'Meta-made ' + cls.__name__
class C(object):
    __metaclass__ = Meta
    @classmethod
    def k(cls): pass
print A.c, repr(A.c), str(A().m), [A().m], B().m, A.m, B.m
print A().__repr__, (lambda: 0).__get__(3), (lambda: 0).__get__(None, int)
print [A.c], {1: A().m}, C.k
class Bad(object):
    def m(self): pass
    def __repr__(self): raise ValueError('no repr')
try:
    repr(Bad().m)
except ValueError as e:
    print 'ValueError', e

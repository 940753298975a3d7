# __slots__ with multiple inheritance: layout conflicts, slots plus __dict__ from a base, slots on subclasses of builtins, __slots__ with __weakref__; ends uncaught.
class A(object):
    __slots__ = ('a',)
class B(object):
    __slots__ = ('b',)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print 'TypeError:', e
class Empty1(object):
    __slots__ = ()
class Empty2(object):
    __slots__ = ()
class Both(Empty1, Empty2):
    __slots__ = ('x',)
bo = Both()
bo.x = 1
print bo.x, hasattr(bo, '__dict__')
class AE(A, Empty1):
    pass
ae = AE()
ae.a = 1
ae.z = 2
print ae.a, ae.z, ae.__dict__
class WithDictBase(object):
    pass
class SlotChild(WithDictBase):
    __slots__ = ('s',)
sc = SlotChild()
sc.s = 1
sc.other = 2
print sc.s, sc.other, sc.__dict__
class IntSlots(int):
    __slots__ = ()
print IntSlots(5) + 1, hasattr(IntSlots(5), '__dict__')
try:
    class LongSlots(long):
        __slots__ = ('x',)
except TypeError as e:
    print 'TypeError:', e
class TupleSlots(tuple):
    __slots__ = ()
print TupleSlots((1, 2)), hasattr(TupleSlots(), '__dict__')
class WR(object):
    __slots__ = ('__weakref__', 'v')
print hasattr(WR(), '__weakref__'), sorted(k for k in WR.__dict__ if not k.startswith('__') or k == '__weakref__')
try:
    class BadSlot(object):
        __slots__ = ('ok', 5)
except TypeError as e:
    print 'TypeError:', e
try:
    class BadName(object):
        __slots__ = ('not valid',)
except TypeError as e:
    print 'TypeError:', e
try:
    class Dup(object):
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print 'TypeError:', e
class Sub(A):
    __slots__ = ('a',)
s = Sub()
s.a = 'shadowed slot'
print s.a, Sub.a is A.a, type(Sub.a).__name__
class AB2(A, B):
    pass

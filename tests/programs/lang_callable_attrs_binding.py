# What binds as a method when stored on a class: plain functions bind, builtins and callable instances don't, lambdas bind, staticmethod wraps; bound method equality and hashing.
class Callable(object):
    def __call__(self, *args):
        return 'Callable got %d args' % len(args)

def func(*args):
    return 'func got %d args' % len(args)

class Host(object):
    f = func
    l = lambda *args: 'lambda got %d args' % len(args)
    b = len
    c = Callable()
    s = staticmethod(func)
    t = type
h = Host()
print h.f(), h.l(), h.b('abc'), h.c(), h.s(), h.t(5)
print Host.c(), Host.s(1), Host.b([1, 2])
print type(Host.f).__name__, type(h.f).__name__, type(Host.b).__name__, type(h.c).__name__
m1 = h.f
m2 = h.f
print m1 == m2, m1 is m2, hash(m1) == hash(m2), h.f == Host().f
d = {h.f: 'bound'}
print d[h.f]
func.attr = 'function attribute'
print h.f.attr, Host.f.attr, h.f.im_func.attr
try:
    h.f.attr2 = 1
except AttributeError as e:
    print 'AttributeError:', e
h.inst_func = func
print h.inst_func(), type(h.inst_func).__name__
class Classic:
    f = func
    c = Callable()
    b = abs
ci = Classic()
print ci.f(), ci.c(), ci.b(-3), type(Classic.f).__name__
import math
class UsesMath(object):
    sqrt = math.sqrt
print UsesMath().sqrt(16)
bm = h.f
print bm.__self__ is h, bm.__func__ is func, bm.im_class is Host
print bm(), bm(1, 2)
class Dec(object):
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        return lambda *a: 'Dec-bound %s %d' % (type(obj).__name__, len(a))
class UsesDec(object):
    m = Dec(func)
print UsesDec().m(1), UsesDec.m()
print Host.f(h, 2)
Host.f()

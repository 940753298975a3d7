# Classic class construction: __init__ returning non-None, missing __init__ with arguments, calling instances, classic __del__, instance creation via class call only.
class Good:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
g = Good(1)
print g.a, g.b, Good(1, b=5).b

class NoInit:
    pass
print type(NoInit()).__name__
try:
    NoInit(1, 2)
except TypeError as e:
    print 'TypeError:', e

class NewNoInit(object):
    pass
try:
    NewNoInit(1)
except TypeError as e:
    print 'TypeError:', e

class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print 'TypeError:', e

class NewReturnsValue(object):
    def __init__(self):
        return 'x'
try:
    NewReturnsValue()
except TypeError as e:
    print 'TypeError:', e

class Finalized:
    count = 0
    def __init__(self, tag):
        self.tag = tag
        Finalized.count += 1
    def __del__(self):
        Finalized.count -= 1
        print 'classic __del__', self.tag
f1 = Finalized('one')
f2 = Finalized('two')
print Finalized.count
f1 = None
print Finalized.count
del f2
print Finalized.count

class InitRaises:
    def __init__(self):
        self.partial = True
        raise ValueError('constructor failed')
    def __del__(self):
        print 'partial object finalized', self.partial
try:
    InitRaises()
except ValueError as e:
    print 'ValueError:', e

class WithNew:
    def __new__(cls):
        print 'classic __new__ is ignored'
        return object.__new__(cls)
w = WithNew()
print type(w).__name__

class Args:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = sorted(kw.items())
a = Args(1, 2, x=3)
print a.args, a.kw
try:
    Good()
except TypeError as e:
    print 'TypeError:', e
Good(1, 2, 3)

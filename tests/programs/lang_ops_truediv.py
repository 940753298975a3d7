# from __future__ import division routes / to __truediv__; fallback to __rtruediv__; classic __div__ ignored here.
from __future__ import division

class N(object):
    def __init__(self, v):
        self.v = v
    def __div__(self, o):
        return 'classic div'
    def __truediv__(self, o):
        return 'truediv %s/%s' % (self.v, getattr(o, 'v', o))
    def __rtruediv__(self, o):
        return 'rtruediv %s/%s' % (o, self.v)
    def __itruediv__(self, o):
        return 'itruediv'

n = N(6)
print n / 2
print 3 / n
m = n
m /= 4
print m
print 7 / 2, 7 // 2, -7 / 2, 1 / 3
print 6 / 3, type(6 / 3).__name__

class OnlyDiv(object):
    def __div__(self, o):
        return 'div only'
try:
    OnlyDiv() / 2
except TypeError as e:
    print 'TypeError:', e
OnlyDiv() / OnlyDiv()

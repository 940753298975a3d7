# __del__ with exceptions, generators, closures, classic classes, resurrection and objects owning other finalizable objects.
import sys
class Noisy(object):
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print 'del', self.tag

class ClassicNoisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print 'classic del', self.tag

def f():
    n = Noisy('in f')
    c = ClassicNoisy('classic in f')
    print 'leaving f'
f()
print 'after f'

def raiser():
    n = Noisy('raiser local')
    raise ValueError('boom')
try:
    raiser()
except ValueError:
    print 'caught'
sys.exc_clear()
print 'after exc_clear'

def gen():
    n = Noisy('gen local')
    yield 1
    yield 2
g = gen()
print next(g)
del g
print 'generator dropped'

def outer():
    n = Noisy('closure cell')
    def inner():
        return n.tag
    return inner
fn = outer()
print fn()
del fn
print 'closure dropped'

class Resurrect(object):
    saved = []
    def __del__(self):
        print 'resurrecting'
        Resurrect.saved.append(self)
r = Resurrect()
del r
print len(Resurrect.saved)
class Holder(object):
    def __init__(self):
        self.parts = [Noisy('part1'), Noisy('part2')]
    def __del__(self):
        print 'holder del'
h = Holder()
del h
print 'end'

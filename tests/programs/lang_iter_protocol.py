# Iterator protocol: __iter__ returning self with next(), separate iterator objects, StopIteration, iter(callable, sentinel), next default.
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print list(Countdown(5))
c = Countdown(3)
for x in c:
    print x,
print
print list(c), next(c, 'exhausted')

class Range2(object):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter(object):
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi
    def __iter__(self):
        return self
    def next(self):
        if self.cur >= self.hi:
            raise StopIteration()
        v = self.cur
        self.cur += 1
        return v
r = Range2(1, 4)
print list(r), list(r), [(a, b) for a in r for b in r if a < b]
it = iter(r)
print next(it), next(it), next(it), next(it, None)
try:
    next(it)
except StopIteration as e:
    print 'StopIteration', repr(e)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print list(iter(tick, 5))
data = ['a', 'b', '', 'c']
print list(iter(data.pop, 'b'))
print data

class BadIter(object):
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print 'TypeError:', e
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print 'TypeError:', e
class NoNext(object):
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print 'TypeError:', e
try:
    next([1, 2])
except TypeError as e:
    print 'TypeError:', e
try:
    iter(5)
except TypeError as e:
    print 'TypeError:', e
li = iter([1, 2])
print type(li).__name__, iter(li) is li, type(iter('ab')).__name__, type(iter((1,))).__name__
print type(iter({})).__name__, type(iter(set())).__name__, type(iter(xrange(3))).__name__
for x in 5:
    pass

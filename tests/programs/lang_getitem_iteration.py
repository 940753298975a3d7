# Sequence iteration fallback through __getitem__: IndexError stops it, other errors propagate, used by for/list/in/unpacking; ends uncaught.
class Seq(object):
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError('seq index out of range')
        return i * i

s = Seq(4)
print list(s), s.calls
print [x for x in Seq(3)]
print 4 in Seq(3), 9 in Seq(5), 5 in Seq(3)
a, b, c = Seq(3)
print a, b, c
print sum(Seq(5)), max(Seq(4)), sorted(Seq(3), reverse=True), tuple(Seq(2))
print ','.join(map(str, Seq(4)))
print list(enumerate(Seq(3))), zip(Seq(2), 'ab')
it = iter(Seq(2))
print type(it).__name__, next(it), next(it), next(it, 'end')

class Classic:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return 'c%d' % i
print list(Classic()), 'c1' in Classic()

class Letters(object):
    def __getitem__(self, i):
        return 'abc'[i]
print list(Letters()), dict(zip(Letters(), Seq(3)))

class Inf(object):
    def __getitem__(self, i):
        return i
for i in Inf():
    if i > 3:
        break
    print i,
print

class KeyErr(object):
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(KeyErr())
except KeyError as e:
    print 'KeyError', e
class StopIt(object):
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return 'only'
print list(StopIt())
try:
    x, y = Seq(3)
except ValueError as e:
    print 'ValueError:', e
try:
    x, y, z = Seq(2)
except ValueError as e:
    print 'ValueError:', e
class Broken(object):
    def __getitem__(self, i):
        return 10 / (2 - i)
for v in Broken():
    print v

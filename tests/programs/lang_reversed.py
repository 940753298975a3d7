# reversed(): __reversed__ hook, fallback to __len__ + __getitem__, reversed on builtins, errors for non-sequences.
class Deck(object):
    def __init__(self, cards):
        self.cards = cards
    def __reversed__(self):
        print '  __reversed__ called'
        return iter(self.cards[::-1])
    def __iter__(self):
        return iter(self.cards)

d = Deck(['A', 'K', 'Q'])
print list(reversed(d)), list(d)

class Seq(object):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        print '  getitem', i
        return i * 10
print list(reversed(Seq()))
r = reversed(Seq())
print type(r).__name__, next(r)

print list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed('abc')), ''.join(reversed(u'xyz'))
print list(reversed(xrange(5))), list(reversed(range(0, 10, 3)))
print type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(xrange(2))).__name__
l = [1, 2, 3]
ri = reversed(l)
l.append(4)
print list(ri)
for bad in ({}, set([1]), iter([1]), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print 'TypeError:', e

class OnlyGet(object):
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGet())
except TypeError as e:
    print 'TypeError:', e
class NoneRev(object):
    __reversed__ = None
print sorted(reversed(Deck([3, 1, 2])))
try:
    reversed(NoneRev())
except TypeError as e:
    print 'TypeError:', e

# random: the Random class, subclasses overriding random()/seed(), module attributes, bound methods and descriptor errors
import random

print random.Random
print random.Random.VERSION
r = random.Random(3)
print sorted(vars(r).keys()), r.gauss_next
print type(r).__name__, isinstance(r, random.Random)
print random.Random.random(r) == random.Random(3).random()
print callable(random.random), callable(random.shuffle)
names = ['betavariate', 'choice', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
         'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randint',
         'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
         'uniform', 'vonmisesvariate', 'weibullvariate', 'Random']
print all(hasattr(random, n) for n in names)
print repr(random.NV_MAGICCONST), repr(random.TWOPI), repr(random.LOG4), repr(random.SG_MAGICCONST)
print random.BPF, repr(random.RECIP_BPF)

class Fixed(random.Random):
    # a subclass supplying its own generator
    def __init__(self, values):
        self.values = list(values)
        random.Random.__init__(self, 0)
    def random(self):
        v = self.values.pop(0)
        self.values.append(v)
        return v

f = Fixed((0.1, 0.5, 0.9, 0.3))
print [f.randrange(10) for i in range(6)]
print [f.randint(1, 4) for i in range(4)]
print f.choice('abcd'), f.choice('abcd')
x = range(6)
f.shuffle(x)
print x
print f.sample(range(10), 3)
print repr(f.uniform(0, 10)), repr(f.expovariate(1))

class Counting(random.Random):
    # a subclass observing seed() calls
    calls = 0
    def seed(self, a=None):
        Counting.calls += 1
        random.Random.seed(self, a)

c = Counting(11)
print Counting.calls, repr(c.random()), repr(random.Random(11).random())
c.seed(11)
print Counting.calls, repr(c.random())

class Shared(random.Random):
    pass
s = Shared(4)
print repr(s.random()) == repr(random.Random(4).random())
print s.randrange(100), s.getrandbits(12)

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: random.Random.random(5))
t(lambda: random.random(1))
t(lambda: random.seed(1, 2))
t(lambda: random.Random('x', 2))
t(lambda: random.getrandbits())
t(lambda: random.shuffle())
t(lambda: random.choice(1, 2))
t(lambda: random.sample([1, 2]))
t(lambda: random.getrandbits(1, 2))
t(lambda: random.getrandbits(k=2))
t(lambda: random.random(x=2))
t(lambda: random.getstate(1))
t(lambda: random.setstate())

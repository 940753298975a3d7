# random: choice, shuffle and sample on lists, tuples, strings, xrange, sets and dicts of many sizes, with 2.7's pool/set choice
import random

r = random.Random(31337)
for n in [1, 2, 3, 5, 10, 21, 22, 50, 100, 1000]:
    seq = range(n)
    print n, [r.choice(seq) for i in range(8)]
print r.choice("abcdef"), r.choice((1, 2, 3)), r.choice(u"xyz"), r.choice(xrange(5, 50))

for n in [0, 1, 2, 3, 4, 7, 10, 52, 100]:
    x = range(n)
    r.shuffle(x)
    print n, x if n <= 20 else (sum(i * v for i, v in enumerate(x)), x[:5])

big = range(5000)
r.shuffle(big)
print sum(i * v for i, v in enumerate(big)) % 1000003, big[:10]
print sorted(big) == range(5000)

words = ["w%d" % i for i in range(30)]
r.shuffle(words)
print words

# shuffle with a supplied random function
x = range(10)
r.shuffle(x, lambda: 0.5)
print x
state = [0.9]
def fake():
    state[0] = (state[0] * 7.3) % 1.0
    return state[0]
x = range(12)
r.shuffle(x, random=fake)
print x

# shuffle of a user sequence goes through __getitem__/__setitem__
class Seq(object):
    def __init__(self, n):
        self.data = range(n)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
s = Seq(9)
r.shuffle(s)
print s.data

for n, k in [(5, 0), (5, 5), (10, 3), (21, 10), (22, 5), (25, 6), (100, 5), (100, 60),
             (1000, 10), (1000, 900), (10000, 50), (60, 6), (37, 6)]:
    res = r.sample(range(n), k)
    print n, k, res if k <= 12 else (sum(res), res[:6]), len(set(res)) == k

print r.sample(xrange(10 ** 6), 8)
print r.sample("abcdefghijklmnopqrstuvwxyz", 5)
print r.sample(tuple(range(100)), 4)
print sorted(r.sample(set([3, 1, 4, 15, 9, 2, 6]), 3))
print sorted(r.sample(set(range(100)), 4))
print sorted(r.sample({1: 'a', 2: 'b', 3: 'c', 4: 'd'}, 2))
print r.sample(population=range(30), k=3)

h = 0
for i in xrange(300):
    for v in r.sample(range(200), 7):
        h = (h * 131 + v) % 1000000007
print h

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: r.choice([]))
t(lambda: r.choice(()))
t(lambda: r.choice(""))
t(lambda: r.choice({}))
t(lambda: r.choice(5))
t(lambda: r.choice())
t(lambda: r.sample([1], 2))
t(lambda: r.sample([1, 2, 3], -1))
t(lambda: r.sample([1, 2, 3], 2.0))
t(lambda: r.sample(5, 1))
t(lambda: r.shuffle((1, 2, 3)))
t(lambda: r.shuffle([]))
t(lambda: r.shuffle([1]))
t(lambda: random.choice([]))
t(lambda: random.sample(range(3), 4))

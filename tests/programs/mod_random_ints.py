# random: getrandbits of many widths, randrange/randint (small, negative, stepped, 2**53 and beyond), errors
import random

r = random.Random(2024)
for k in [1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 100, 128, 1000]:
    v = r.getrandbits(k)
    print k, type(v).__name__, v, v < 2 ** k
print r.getrandbits(5L)

acc = 0
for k in range(1, 200):
    acc = (acc * 31 + r.getrandbits(k)) % (2 ** 89 - 1)
print acc

r.seed(7)
print [r.randrange(10) for i in range(20)]
print [r.randrange(-5, 5) for i in range(20)]
print [r.randrange(0, 100, 7) for i in range(15)]
print [r.randrange(100, 0, -3) for i in range(15)]
print [r.randrange(-10, -100, -9) for i in range(10)]
print [r.randint(1, 6) for i in range(30)]
print [r.randint(-3, -1) for i in range(10)]
print r.randrange(5.0), r.randrange(2.0, 9.0), r.randrange(0, 10, 2.0)
print r.randrange(10L), type(r.randrange(10L)).__name__
print r.randrange(2 ** 53), r.randrange(2 ** 53 - 1)
print r.randrange(2 ** 53, 2 ** 53 + 5)
print r.randrange(10 ** 30), r.randrange(-10 ** 20, 10 ** 20)
print r.randrange(0, 10 ** 25, 10 ** 10)
print r.randint(2 ** 60, 2 ** 61)
print r.randrange(start=3, stop=9), r.randrange(3, stop=20, step=4)

counts = [0] * 10
for i in xrange(20000):
    counts[r.randrange(10)] += 1
print counts, sum(counts)

h = 0
for i in xrange(3000):
    h = (h * 7 + r.randint(0, 1000)) % 1000000007
print h

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: r.randrange(5, 5))
t(lambda: r.randrange(5, 2))
t(lambda: r.randrange(0))
t(lambda: r.randrange(-3))
t(lambda: r.randrange(1.5))
t(lambda: r.randrange(1, 2.5))
t(lambda: r.randrange(1, 5, 0))
t(lambda: r.randrange(1, 5, 1.5))
t(lambda: r.randrange(5, 1, 2))
t(lambda: r.randrange(1, 5, -1))
t(lambda: r.randrange())
t(lambda: r.randrange(1, 2, 3, 4, 5, 6))
t(lambda: r.randrange(1, 10, x=3))
t(lambda: r.randrange(1, 10, start=3))
t(lambda: r.randint(1))
t(lambda: r.randint(5, 1))
t(lambda: r.randint(1, 'a'))
t(lambda: r.getrandbits(0))
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(2.5))
t(lambda: r.getrandbits('a'))
t(lambda: r.getrandbits())
t(lambda: r.getrandbits(2 ** 70))
t(lambda: random.randrange(3, 3))

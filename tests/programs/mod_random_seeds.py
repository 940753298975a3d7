# random: seeding with ints, longs, negatives, strings, tuples, floats and None-free sequences; random() streams hashed per seed
import random

def digest(r, n):
    # Sum and a rolling hash of n floats, both printed exactly.
    total = 0.0
    h = 0
    for i in xrange(n):
        x = r.random()
        total += x
        h = (h * 1000003 + int(x * 2 ** 53)) % (2 ** 61 - 1)
    return repr(total), h

seeds = [0, 1, 2, 5, 42, 1234, 5489, -1, -42, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32,
         2 ** 32 + 1, 2 ** 64, 2 ** 64 - 1, -(2 ** 40), 10 ** 30, 3 ** 100, 0L, 7L,
         True, False, "", "a", "hello world", "x" * 100, (1, 2), (), ("a", 1, 2.5),
         1.5, -2.25, 0.0, 1e100, u"unicode", 0]
for s in seeds[:-1]:
    r = random.Random(s)
    print repr(s)[:40], digest(r, 2000)

# the module-level functions share one hidden instance
random.seed(12345)
a = [random.random() for i in range(5)]
random.seed(12345)
b = [random.random() for i in range(5)]
print a == b, a
print [repr(random.random()) for i in range(3)]

# seeding an existing instance restarts its stream
r = random.Random(99)
first = r.random()
r.seed(99)
print r.random() == first
r.seed("99")
print repr(r.random())
r.seed(99L)
print r.random() == first

# keyword seeding
print repr(random.Random(x=7).random()), repr(random.Random(7).random())
r.seed(a=8)
print repr(r.random())

# independent instances do not disturb each other
r1 = random.Random(1)
r2 = random.Random(1)
x1 = [r1.random() for i in range(3)]
random.random()
x2 = [r2.random() for i in range(3)]
print x1 == x2

# seeding from the system still gives floats in range
r = random.Random()
vals = [r.random() for i in range(1000)]
print all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 990
r.seed()
r.seed(None)
print 0.0 <= r.random() < 1.0

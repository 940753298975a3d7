# random: uniform, triangular, gauss (with gauss_next), normal/lognormal/expo/vonmises/gamma/beta/pareto/weibull, state save and restore
import random

r = random.Random(77)

def show(name, xs):
    print name, repr(sum(xs)), [repr(x) for x in xs[:3]]

show("uniform", [r.uniform(-3, 7) for i in range(500)])
show("uniform-int", [r.uniform(1, 2) for i in range(5)])
print repr(r.uniform(2.5, 2.5))
show("triangular", [r.triangular() for i in range(300)])
show("triangular2", [r.triangular(0, 10, 2) for i in range(300)])
show("triangular3", [r.triangular(low=5, high=1, mode=4.5) for i in range(50)])
print r.triangular(1, 1, 1), r.triangular(3, 3)
show("gauss", [r.gauss(0, 1) for i in range(501)])
print repr(r.gauss_next)
show("gauss2", [r.gauss(10, 0.5) for i in range(10)])
show("normal", [r.normalvariate(2, 3) for i in range(400)])
show("lognormal", [r.lognormvariate(0, 0.5) for i in range(300)])
show("expo", [r.expovariate(1.5) for i in range(400)])
show("expo-neg", [r.expovariate(-2) for i in range(20)])
show("vonmises", [r.vonmisesvariate(1.0, 4.0) for i in range(300)])
show("vonmises0", [r.vonmisesvariate(0.5, 0) for i in range(10)])
show("gamma-big", [r.gammavariate(3.5, 2.0) for i in range(300)])
show("gamma-one", [r.gammavariate(1.0, 2.0) for i in range(100)])
show("gamma-small", [r.gammavariate(0.4, 1.0) for i in range(300)])
show("beta", [r.betavariate(2, 5) for i in range(300)])
show("pareto", [r.paretovariate(3) for i in range(300)])
show("weibull", [r.weibullvariate(1.5, 2) for i in range(300)])

# getstate/setstate replay the same numbers, gauss_next included
r.seed(5)
r.gauss(0, 1)
st = r.getstate()
print type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], repr(st[2])[:8], st[1][:3]
a = [r.random() for i in range(5)] + [r.gauss(0, 1) for i in range(3)]
r.setstate(st)
b = [r.random() for i in range(5)] + [r.gauss(0, 1) for i in range(3)]
print a == b
r2 = random.Random()
r2.setstate(st)
print [r2.random() for i in range(5)] == a[:5]
random.setstate(st)
print random.random() == a[0]
old = (2, tuple(int(x) - 2 ** 32 if x >= 2 ** 31 else int(x) for x in st[1][:-1]) + (st[1][-1],), None)
r.setstate(old)
print r.random() == a[0]
print random.Random(0).getstate()[1][:4], random.Random(0).getstate()[1][-1]

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: r.setstate((3, st[1][:-1] + (625,), None)))
t(lambda: r.setstate((3, st[1][:-1] + (-1,), None)))
t(lambda: r.setstate((3, st[1][:-2] + (-1, 0), None)))
t(lambda: r.setstate((3, st[1][:10], None)))
t(lambda: r.setstate((3, list(st[1]), None)))
t(lambda: r.setstate((3, st[1])))
t(lambda: r.setstate((4, st[1], None)))
t(lambda: r.setstate(5))
t(lambda: r.expovariate(0))
t(lambda: r.paretovariate(0))
t(lambda: r.gammavariate(0, 1))
t(lambda: r.gammavariate(1, -1))
t(lambda: r.uniform('a', 3))
t(lambda: r.uniform(1))
t(lambda: r.gauss('a', 3))
t(lambda: r.normalvariate(1))
t(lambda: r.triangular(1, 2, 3, 4))

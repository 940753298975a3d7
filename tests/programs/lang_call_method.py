# __call__: callable instances, callable(), call with *args/**kwargs, __call__ on the class not the instance, decorators as classes.
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())

add5 = Adder(5)
print add5(1), add5(1, 2, 3), add5(0, k=10), add5(*[1, 2]), add5(**{'x': 3})
print callable(add5), callable(Adder), callable(5), callable(len), callable(lambda: 0)

class Memo(object):
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.cache[args] = self.fn(*args)
        return r

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print fib(40), fib.hits, len(fib.cache)

class Inst(object):
    pass
i = Inst()
i.__call__ = lambda: 'instance attr'
try:
    i()
except TypeError as e:
    print 'TypeError:', e
print i.__call__()

class Classic:
    def __call__(self, a):
        return 'classic called with %r' % (a,)
print Classic()(1), callable(Classic()), callable(Classic)
ci = Classic()
class Plain:
    pass
p = Plain()
print callable(p)
p.__call__ = lambda: 'classic instance attr works'
print p(), callable(p)

class Chain(object):
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return '/'.join(self.path) + repr(args)
print Chain().api.users.get(7)

class Counter(object):
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
c = Counter()
c()()()
print Counter.count
try:
    Adder(1)()
except TypeError as e:
    print 'TypeError:', e
Inst()()

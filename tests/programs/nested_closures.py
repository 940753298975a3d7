# Closures nested three levels deep, cells passed through intermediate scopes, and shadowing.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print level1(1)(10)(100), level1('x')('y')('z')

def through():
    secret = 'cell'
    def middle():
        def inner():
            return secret
        return inner
    return middle()()

print through()

def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x

print shadow()

def compose(*fns):
    def run(value):
        for fn in reversed(fns):
            value = fn(value)
        return value
    return run

inc = lambda v: v + 1
dbl = lambda v: v * 2
print compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7)

def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a

volume = curry3(lambda l, w, h: l * w * h)
print volume(2)(3)(4)

def make_ops():
    state = {'n': 0}
    def up():
        state['n'] += 1
        return state['n']
    def down():
        state['n'] -= 1
        return state['n']
    def both():
        return up(), down(), up()
    return both

print make_ops()()

def outer():
    items = []
    def add_many(*vals):
        def add_one(v):
            items.append(v)
        for v in vals:
            add_one(v)
        return len(items)
    return add_many, items

add_many, items = outer()
print add_many(1, 2), add_many(3), items
print level1.func_code.co_cellvars, level1(0).func_code.co_freevars, level1(0).func_code.co_cellvars
print level1(0)(0).func_code.co_freevars

# Closures and cell variables: counters, late binding, shared cells and func_closure contents.
def make_counter(start=0):
    count = [start]
    def increment(step=1):
        count[0] += step
        return count[0]
    return increment

c1 = make_counter()
c2 = make_counter(100)
print c1(), c1(), c1(5), c2(), c1()

def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add10 = make_adder(10)
print add3(1), add10(1), map(add3, [1, 2, 3])
print add3.func_closure is not None, len(add3.func_closure), add3.func_closure[0].cell_contents
print add3.func_code.co_freevars, make_adder.func_code.co_cellvars

def late_binding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [fn() for fn in fns]

print late_binding()

def shared_cell():
    value = 'initial'
    def get():
        return value
    def show():
        return 'value is ' + value
    value = 'changed'
    return get, show

get, show = shared_cell()
print get(), show()

def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        del total[:]
    return add, reset

add, reset = accumulate()
print add(1), add(2), add(3)
reset()
print add(10)

def outer_param_cell(x):
    def inner():
        return x * 2
    x = x + 1
    return inner()

print outer_param_cell(5)
print make_counter.func_closure, add3.__closure__[0].cell_contents

def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memoize
def slow_square(n):
    print 'computing', n
    return n * n

print slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items())

# *args and **kwargs: collection, unpacking at call sites, ordering and mixing with defaults.
def show(*args, **kwargs):
    print 'args =', args, 'kwargs =', sorted(kwargs.items())

show()
show(1, 2)
show(a=1)
show(1, 'two', x=3, y=4)
show(*[1, 2, 3])
show(*'ab', **{'k': 'v'})
show(0, *(1, 2), **dict(z=26))

def mixed(a, b=2, *rest, **opts):
    return a, b, rest, sorted(opts.items())

print mixed(1)
print mixed(1, 3)
print mixed(1, 3, 5, 7)
print mixed(1, c=9)
print mixed(b=4, a=0)
print mixed(*range(5), **{'flag': True})

def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result

print total(), total(5), total(*range(101))
args = (2, 3)
kw = {'mod': 5}

def power(base, exp, mod=None):
    return pow(base, exp) if mod is None else pow(base, exp, mod)

print power(*args), power(*args, **kw), power(2, *(10,)), power(exp=3, *(2,))

def wrapper(*args, **kwargs):
    return power(*args, **kwargs)

print wrapper(3, 4), wrapper(3, exp=2), wrapper(base=2, exp=5, mod=7)

def kw_only_style(**kwargs):
    name = kwargs.pop('name', 'anon')
    return name, sorted(kwargs)

print kw_only_style(), kw_only_style(name='x', a=1, b=2)
print type(show.func_code.co_varnames), show.func_code.co_varnames, show.func_code.co_argcount
print mixed.func_code.co_varnames, mixed.func_code.co_argcount, mixed.func_code.co_flags & 12
gen_args = (x * x for x in range(4))
show(*gen_args)
show(**{'a' + 'b': 1})

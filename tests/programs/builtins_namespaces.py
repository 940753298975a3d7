# vars(), globals(), locals(), apply(), id() comparisons and dir() of simple objects.
x = 10
y = 'module level'

def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())

print show_locals(1)
print show_locals(5, b=7)
print 'x' in globals(), globals()['y'], globals() is vars(), locals() is globals()
g = globals()
g['created_dynamically'] = 'hello'
print created_dynamically
print sorted(k for k in globals() if not k.startswith('_'))
print __name__, globals()['__name__'], '__builtins__' in globals()

def modify_locals():
    z = 1
    locals()['z'] = 2
    return z

print modify_locals()
print apply(max, [3, 9, 2]), apply(pow, (2, 5)), apply(lambda a, b=0: a - b, (10,), {'b': 3})
print apply(show_locals, (0,), {'b': 0})
a = [1, 2]
b = a
c = [1, 2]
print id(a) == id(b), id(a) == id(c), a is b, a is c, a == c
print id(None) == id(None), id(x) == id(10), id(a) != id(c)
small1 = 256
small2 = 256
print small1 is small2, id(small1) == id(small2)
s1 = 'abc'
s2 = 'abc'
print s1 is s2, id(s1) == id(s2)

class Obj(object):
    cls_attr = 1

    def __init__(self):
        self.inst = 2

o = Obj()
print vars(o), sorted(k for k in vars(Obj) if not k.startswith('__'))
print [n for n in dir(o) if not n.startswith('__')], [n for n in dir([]) if not n.startswith('_')]
print dir(Obj) == sorted(dir(Obj)), 'upper' in dir(''), len([n for n in dir({}) if not n.startswith('_')])
try:
    vars(5)
except TypeError as e:
    print 'TypeError:', e
def outer():
    v = 'enclosed'
    def inner():
        w = v
        return sorted(locals())
    return inner()
print outer()

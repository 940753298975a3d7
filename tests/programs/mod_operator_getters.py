# operator: itemgetter, attrgetter (dotted names) and methodcaller, used with sorted/map, their argument errors
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 25, 'b'), ('alice', 30, 'a'), ('carol', 25, 'c'), ('dave', 20, 'd')]
print sorted(rows, key=itemgetter(1))
print sorted(rows, key=itemgetter(1, 0))
print map(itemgetter(0), rows)
print itemgetter(-1)('hello'), itemgetter(slice(1, 3))('hello'), itemgetter('k')({'k': 'v'})
print itemgetter(0, 0, 2)([7, 8, 9]), itemgetter(1)(xrange(5))
print type(itemgetter(1)).__name__, isinstance(itemgetter(1), itemgetter), callable(itemgetter(1))

class P(object):
    # points with a nested attribute
    def __init__(self, name, x, y):
        self.name = name
        self.pos = type('Pos', (object,), {})()
        self.pos.x = x
        self.pos.y = y
    def __repr__(self):
        return 'P(%s)' % self.name
    def dist(self, scale=1):
        return (self.pos.x ** 2 + self.pos.y ** 2) * scale

ps = [P('a', 3, 4), P('b', 1, 1), P('c', 0, 2)]
print sorted(ps, key=attrgetter('pos.x'))
print sorted(ps, key=attrgetter('pos.y', 'name'))
print map(attrgetter('name'), ps), attrgetter('pos.x', 'pos.y')(ps[0])
print attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(5)
print attrgetter(u'name')(ps[1])
print map(methodcaller('dist'), ps), map(methodcaller('dist', 10), ps), methodcaller('dist', scale=2)(ps[0])
print methodcaller('split', ',', 1)('a,b,c'), methodcaller('upper')('abc'), methodcaller('get', 'z', 0)({})
print sorted(['b', 'A', 'c'], key=methodcaller('lower'))
print reduce(operator.add, range(10)), reduce(operator.mul, range(1, 10)), map(operator.neg, [1, -2])
print sorted({'x': 3, 'y': 1, 'z': 2}.items(), key=itemgetter(1), reverse=True)

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: itemgetter())
t(lambda: itemgetter(1)())
t(lambda: itemgetter(1)(1, 2))
t(lambda: itemgetter(1, x=2))
t(lambda: itemgetter(1)(x=2))
t(lambda: itemgetter(5)([1]))
t(lambda: itemgetter('a')({}))
t(lambda: itemgetter(1)(5))
t(lambda: attrgetter())
t(lambda: attrgetter(1)(5))
t(lambda: attrgetter('real.x')(1))
t(lambda: attrgetter('nope')(ps[0]))
t(lambda: attrgetter('a')())
t(lambda: methodcaller())
t(lambda: methodcaller(1)('a'))
t(lambda: methodcaller('upper')('a', 'b'))
t(lambda: methodcaller('nope')('a'))
t(lambda: methodcaller('split', ',', maxsplit=1)('a,b,c'))

# The dicts of dict, set and frozenset: their keys, the kinds of their
# special methods, and calls of the slot wrappers (reflected and in-place
# set operators, __cmp__, __sizeof__, __reduce__) with right and wrong
# operands.


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, '->', repr(r)


class X(object):
    def __repr__(self):
        return 'X()'

    def __rand__(self, other):
        return 'rand'

    def __ror__(self, other):
        return 'ror'


for T in (dict, set, frozenset):
    print T.__name__, sorted(T.__dict__)
    print T.__name__, [k for k in dir(T) if k not in T.__dict__]
    print T.__name__, T.__hash__

for T, name in [(set, '__rand__'), (set, '__iand__'), (frozenset, '__rxor__'),
                (dict, '__cmp__'), (set, '__cmp__'), (dict, '__sizeof__'),
                (set, '__reduce__'), (set, '__contains__'),
                (dict, '__contains__'), (dict, '__getitem__'),
                (set, '__init__'), (frozenset, '__hash__')]:
    print repr(T.__dict__[name])

others = [1, 'x', [4], (5,), {4: 5}, set([2, 3]), frozenset([2, 3]), None, X()]

for T in (set, frozenset):
    names = ['__and__', '__rand__', '__or__', '__ror__', '__sub__', '__rsub__',
             '__xor__', '__rxor__', '__cmp__', '__eq__', '__ne__', '__lt__',
             '__le__', '__contains__']
    if T is set:
        names += ['__iand__', '__ior__', '__isub__', '__ixor__']
    for name in names:
        for o in others:
            s = T([1, 2])
            show('%s.%s(%r)' % (T.__name__, name, o), getattr(s, name), o)
            if name.startswith('__i') and name != '__iter__':
                print '  self now', sorted(s)
        show('%s.%s()' % (T.__name__, name), getattr(T([1]), name))
        show('%s.%s unbound' % (T.__name__, name), getattr(T, name), 5, 1)
    r = T([1, 2]).__reduce__()
    print r[0], sorted(r[1][0]), r[2]
    show('reduce(1)', T().__reduce__, 1)
    show('reduce unbound', T.__reduce__, [1])

s = set([1, 2])
print s.__iand__(set([2, 3])) is s, s
print set([1]).__rsub__(set([1, 2])), type(set([1]).__rsub__(frozenset([1, 2])))
print type(frozenset([1]).__ror__(set([3])))

for name in ['__cmp__', '__eq__', '__ne__', '__lt__', '__ge__', '__contains__',
             '__getitem__']:
    for o in others + [{1: 2}, {1: 3}, {0: 0, 1: 1}]:
        show('dict.%s(%r)' % (name, o), getattr({1: 2}, name), o)
    show('dict.%s()' % name, getattr({}, name))
    show('dict.%s unbound' % name, getattr(dict, name), 5, 1)


class D(dict):
    pass


class S(set):
    pass


class F(frozenset):
    pass


show('D cmp', D({1: 2}).__cmp__, {1: 2})
show('D cmp bad', D({1: 2}).__cmp__, 1)
show('S cmp', S().__cmp__, 1)
ss = S([3])
ss.attr = 1
print ss.__reduce__()
print F([4]).__reduce__()
print S([1]).__rand__(set([1, 2])), S([1]).__ior__(set([5]))

# __sizeof__
for v in [{}, {1: 2}, dict.fromkeys(range(5)), dict.fromkeys(range(6)),
          dict.fromkeys(range(100)), set(), set([1]), set(range(5)),
          set(range(6)), frozenset(range(10)), frozenset(range(1000))]:
    print len(v), type(v).__name__, v.__sizeof__()
d = {}
for i in range(20):
    d[i] = i
    print d.__sizeof__(),
print
show('sizeof(1)', {}.__sizeof__, 1)
show('sizeof unbound', set.__sizeof__, frozenset())
show('sizeof unbound2', frozenset.__sizeof__, set())
print hash(frozenset([1, 2])) == frozenset([1, 2]).__hash__()
show('frozenset hash unbound', frozenset.__hash__, set())
print 1 in {1: 2}, {1: 2}.__contains__(1), set([1]).__contains__(frozenset())
show('unhashable', set().__contains__, [])
show('unhashable2', {}.__contains__, [])
print set([frozenset([1])]).__contains__(set([1]))

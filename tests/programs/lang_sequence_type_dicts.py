# The dicts of str, unicode, list and tuple: their keys, the kinds of
# their special methods, and calls of the slot wrappers with right and
# wrong operands.
import sys


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

    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'

    def __rmod__(self, other):
        return 'rmod'


class Idx(object):
    def __repr__(self):
        return 'Idx()'

    def __index__(self):
        return 2


for T in (str, unicode, list, tuple):
    print T.__name__, sorted(T.__dict__)
    print T.__name__, [k for k in dir(T) if k not in T.__dict__]

for T, name in [(str, '__getslice__'), (unicode, '__getslice__'),
                (list, '__getslice__'), (list, '__setslice__'),
                (list, '__delslice__'), (tuple, '__getslice__'),
                (str, '__sizeof__'), (unicode, '__sizeof__'),
                (list, '__sizeof__'), (list, '__reversed__'),
                (str, '__rmod__'), (unicode, '__rmod__'),
                (str, '__add__'), (list, '__getitem__'),
                (str, '_formatter_parser'),
                (str, '_formatter_field_name_split')]:
    print repr(T.__dict__[name])

others = [1, 2L, 'x', u'y', [4], (5,), None, 2.5, X(), Idx(), -1, sys.maxint * 2]
samples = [(str, 'abc'), (unicode, u'abc'), (list, [1, 2, 3]), (tuple, (1, 2, 3))]

for T, s in samples:
    for name in ['__add__', '__mul__', '__rmul__', '__contains__',
                 '__getitem__', '__eq__', '__lt__', '__ge__']:
        for o in others:
            show('%s.%s(%r)' % (T.__name__, name, o), getattr(s, name), o)
        show('%s.%s()' % (T.__name__, name), getattr(s, name))
        show('%s.%s unbound' % (T.__name__, name), getattr(T, name), 5, 1)
    for name in ['__len__', '__hash__', '__repr__', '__sizeof__']:
        if name in T.__dict__:
            show('%s.%s()' % (T.__name__, name), getattr(s, name))
            show('%s.%s(1)' % (T.__name__, name), getattr(s, name), 1)
            show('%s.%s unbound' % (T.__name__, name), getattr(T, name), 5)
    for i, j in [(0, 2), (1, 10), (-1, 2), (-5, -1), (2, 1), (1L, 2L),
                 (Idx(), 3), ('a', 1), (1, None), (1, sys.maxint * 4)]:
        show('%s.__getslice__(%r, %r)' % (T.__name__, i, j), s.__getslice__, i, j)
    show('%s.__getslice__(1)' % T.__name__, s.__getslice__, 1)
    show('%s.__getslice__ unbound' % T.__name__, T.__getslice__, 5, 1, 2)
    print T.__name__, s.__getslice__(0, 2) == s[0:2], type(s.__getslice__(0, 0))

for s in ['abc', u'abc']:
    for o in [1, 'x', u'y', ('a',), [1], '%s', u'%s', '%s%s', X()]:
        show('%r.__mod__(%r)' % (s, o), s.__mod__, o)
        show('%r.__rmod__(%r)' % (s, o), s.__rmod__, o)
    show('rmod()', s.__rmod__)
    print repr(('%s' + s).__mod__(s))

# __sizeof__
for v in ['', 'a', 'abc', 'x' * 100, u'', u'a', u'abc', u'\u1234' * 10,
          [], [1], [1, 2, 3], list('abcdefghij'), (), (1,), (1, 2, 3)]:
    print repr(v)[:20], v.__sizeof__()


class S(str):
    pass


class U(unicode):
    pass


class L(list):
    pass


class Tu(tuple):
    pass


print S('ab').__sizeof__(), S('ab').__getslice__(0, 1), type(S('ab').__getslice__(0, 1))
print U(u'ab').__getslice__(0, 1), type(U(u'ab').__getslice__(0, 1))
print L([1, 2, 3]).__getslice__(0, 2), type(L([1, 2, 3]).__getslice__(0, 2))
print Tu((1, 2, 3)).__getslice__(0, 2), type(Tu((1, 2, 3)).__getslice__(0, 2))
print S('ab').__add__('c'), L([1]).__add__([2]), S('ab')[0:1], L([1, 2, 3])[-2:]

# list's slice assignment and deletion
l = [0, 1, 2, 3, 4, 5]
print l.__setslice__(1, 3, 'ab'), l
print l.__setslice__(-2, 100, (9,)), l
print l.__setslice__(4, 2, [7, 7]), l
l.__setslice__(0, 2, l)
print l
show('setslice int', l.__setslice__, 0, 1, 5)
show('setslice 2 args', l.__setslice__, 0, 1)
show('setslice bad index', l.__setslice__, 'a', 1, [])
print l.__delslice__(1, 3), l
print l.__delslice__(-3, 100), l
show('delslice 1 arg', l.__delslice__, 1)
show('delslice unbound', list.__delslice__, (1, 2), 0, 1)
m = L([1, 2, 3, 4])
m.__setslice__(0, 2, 'xy')
m.__delslice__(3, 4)
print m, type(m)
m[1:2] = [8, 9]
del m[0:1]
print m

# __reversed__
r = [1, 2, 3].__reversed__()
print type(r).__name__, list(r)
show('reversed(1)', [].__reversed__, 1)
show('reversed unbound', list.__reversed__, (1,))
print list(reversed(L([1, 2])))

# str's formatter helpers
print list('a{0}b{1:>3}c{x.y[0]!r}{{}}'._formatter_parser())
print list(u'{0!s:5}'._formatter_parser())
first, rest = 'a.b[0][x].c'._formatter_field_name_split()
print repr(first), list(rest)
first, rest = '0.b'._formatter_field_name_split()
print repr(first), list(rest)
first, rest = u'x'._formatter_field_name_split()
print repr(first), list(rest)
show('parser bad', list, '{'._formatter_parser())
show('parser bad2', list, '}'._formatter_parser())
show('parser arg', 'a'._formatter_parser, 1)
show('split arg', 'a'._formatter_field_name_split, 1)
show('field bad', lambda: list('a['._formatter_field_name_split()[1]))

# Subclasses: the inherited wrappers work on the value, unhashable types
# stay unhashable, strings still iterate without an __iter__ of their own.
class D(dict): pass
class St(set): pass
class T(tuple): pass
for v in [L([1]), D(a=1), St([1]), [], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print e
print hash(S('a')) == hash('a'), hash(T((1,))) == hash((1,)), hash(frozenset([1])) == hash(frozenset([1]))
print list(S('ab')), list(U(u'ab')), list(iter(S('xy'))), [c for c in 'ab']
print list(reversed(L([1, 2]))), 'a' in D(a=1), 1 in St([1]), L([1, 2])[0:1], T((1, 2, 3))[1:], S('abc')[1:]
print S('%s') % 1, U(u'%s') % 1, 'x%s' % S('y')
l = L([1, 2, 3]); l[0:1] = [9, 9]; del l[3:]; print l
print sorted(L([3, 1])), list(L([1])), L([1]) + [2], L([1]) * 2, [1] + L([2])
print D(a=1) == {'a': 1}, cmp(D(a=1), {'a': 2}), St([1]) == set([1]), St([1]) | set([2])
print S('a') + 'b', U(u'a') + u'b', S('ab') * 2, 'a' + S('b'), S('a') == 'a', S('a') < 'b'
class Ls(list):
    def __getslice__(self, i, j):
        return ('gs', i, j)
print Ls([1, 2, 3])[1:2], Ls([1, 2, 3])[-1:], Ls([1,2,3])[:]
class Ls2(list):
    def __getitem__(self, k):
        return ('gi', k)
print Ls2([1, 2, 3])[1:2], Ls2([1, 2, 3])[::2]
x = [1, 2, 3]
x.__setslice__(0, 1, [7])
print x, x.__getslice__(1, 2), str.__getslice__('hello', 1, 3)
import operator
print operator.isMappingType(L()), operator.isSequenceType(L()), operator.isMappingType(D())
print {}.__sizeof__(), set().__sizeof__(), [].__sizeof__(), ''.__sizeof__()
print '{0.real}'.format(1), '{a[0]}'.format(a=[5])
print repr(str.__add__), repr(list.__reversed__), repr(dict.__getitem__), repr(list.__getitem__)
print type([].__add__).__name__ == type(''.__add__).__name__

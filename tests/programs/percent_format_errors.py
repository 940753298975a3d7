# %-formatting errors: argument count mismatches, wrong types, bad specifiers and missing keys.
cases = [
    ('%s %s', ('only one',)),
    ('%s', ('a', 'b')),
    ('%d', ('x',)),
    ('%d', (None,)),
    ('%f', ('1.0',)),
    ('%c', ('ab',)),
    ('%c', (-1,)),
    ('%x', (1.5,)),
    ('%(key)s', ('not a dict',)),
    ('%(key)s', ({'other': 1},)),
    ('%z', (1,)),
    ('%', ()),
    ('%(key', ({'key': 1},)),
    ('%*d', ('w', 5)),
    ('%s %(a)s', ({'a': 1},)),
    ('%d', ([1],)),
    ('%i', ({},)),
    ('%o', ('7',)),
    ('abc', (1,)),
    ('%s', ()),
]
for fmt, args in cases:
    try:
        if len(args) == 1:
            result = fmt % args[0]
        else:
            result = fmt % args
        print repr(fmt), '->', repr(result)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print repr(fmt), '->', type(e).__name__ + ':', e
try:
    print '%s %s' % 'ab'
except TypeError as e:
    print 'TypeError:', e
try:
    print 'value: %d' % 'five'
except TypeError as e:
    print 'TypeError:', e
try:
    print '%d %d %d' % (1, 2)
except TypeError as e:
    print 'TypeError:', e
try:
    print 'only text' % 'extra'
except TypeError as e:
    print 'TypeError:', e

# hash of ints, longs, floats, strs, unicode and tuples (64-bit CPython values); type(); cmp on mixed values.
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -(2 ** 63), 2 ** 100, 10 ** 30]:
    print 'hash(%r) = %d' % (v, hash(v))
for v in [0.0, 0.5, 1.0, -1.5, 1e100, 3.14159, 1e-10]:
    print 'hash(%r) = %d' % (v, hash(v))
for v in ['', 'a', 'b', 'ab', 'ba', 'hello', 'Hello', 'hello world', 'a' * 100, '\x00', 'key1', 'key2']:
    print 'hash(%r) = %d' % (v, hash(v))
for v in [u'', u'a', u'hello']:
    print 'hash(%r) = %d' % (v, hash(v))
for v in [(), (1,), (1, 2), (2, 1), ('a', 1), ((1, 2), 3), (True, False)]:
    print 'hash(%r) = %d' % (v, hash(v))
print hash(1) == hash(1.0) == hash(1L) == hash(True), hash('a') == hash(u'a')
print hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print 'TypeError:', e
print type(1), type(1L), type(1.5), type('s'), type(u's'), type([]), type(()), type({}), type(set())
print type(frozenset()), type(None), type(True), type(1j), type(xrange(1)), type(slice(1)), type(len)
print type(type), type(object), type(int), type(Ellipsis), type(NotImplemented), type(iter([]))
print cmp(1, 1.0), cmp('a', u'a'), cmp((1, 2), (1, 3)), cmp([], ()), cmp(None, 0), cmp({}, [])
print cmp(2 ** 64, 1e20), cmp(-1, -1L), cmp('abc', 'abd'), cmp(u'z', 'a'), cmp(True, 2)
print sorted([(1, 'b'), (1, 'a'), (0, 'z')], cmp=lambda x, y: cmp(x[1], y[1]))

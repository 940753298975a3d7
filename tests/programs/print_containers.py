# Printing tuples, lists, dicts and nested structures: str of the container uses repr of items.
print (1, 2), [1, 2], {'a': 1}
print (1,), (), [], {}, [()], ([],)
print 'str item', ['repr item'], ('t',)
print ['it\'s', "say \"hi\"", 'back\\slash', 'new\nline']
print [1.0, 0.1, 1e16, 1.5e-7, -0.0]
print [1L, 2 ** 70, -3L], (True, False, None)
print [u'uni', u'caf\xe9', 'by\xfftes']
print {'nested': [1, (2, {'deep': 'value'})]}
print [[1, 2], [3, 4]], ((1, 2), (3, 4))
print 1, (2, 3), [4, 5], 'six'
print (1, 2), 'and', [3]
print str((1, 'a')), repr((1, 'a')), '%s' % ((1, 'a'),), '%r' % ([1],)
matrix = [[i * j for j in range(4)] for i in range(4)]
print matrix
for row in matrix:
    print row
print tuple(matrix[1]), list((1, 2)), dict([('k', [1])])
print set([1]), frozenset(['x']), [set([2])]
print range(3), xrange(3), [xrange(3)]
pairs = zip('abc', range(3))
print pairs
print dict(pairs)
print [None] * 3, [[]] * 2, ('x',) * 3

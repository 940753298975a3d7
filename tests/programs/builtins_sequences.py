# Builtins over sequences: len, range, sorted, reversed, zip, enumerate, sum, min, max, any, all.
print len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len(set()), len(xrange(10)), len(u'xy')
print range(5), range(1, 6), range(0, 20, 5), range(5, 0, -1), range(-3), range(2, -2, -1)
print sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True)
print list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(xrange(4))), list(reversed((1, 2)))
print zip([1, 2, 3], 'abc'), zip([1, 2], 'abcd', (True, False, None)), zip(), zip([])
print list(enumerate('abc')), list(enumerate(['x', 'y'], 10)), list(enumerate([], 5))
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print i, a, b
print sum([1, 2, 3]), sum([]), sum([0.1] * 10), sum([[1], [2]], []), sum((1, 2), 10), sum([1L, 2])
print min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1, 2], [1, 3])
print min([3, -4, 2], key=abs), max(['aa', 'b', 'ccc'], key=len), min('Bca', key=str.lower)
print max([(1, 'b'), (1, 'a')]), min([[2], [1, 9]]), max(1, 2.5, 2L), min(1, 1.0), max(1.0, 1)
print any([]), all([]), any([0, '', None]), any([0, 'x']), all([1, 'a', [0]]), all([1, 0])
print any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, 2L])
for call, fn in [('min([])', lambda: min([])), ('max()', lambda: max()), ('sum(["a"])', lambda: sum(['a'])),
                 ('sum([], "")', lambda: sum([], '')), ('len(5)', lambda: len(5)), ('zip(1)', lambda: zip(1)),
                 ('reversed(set())', lambda: reversed(set())), ('enumerate(3)', lambda: enumerate(3))]:
    try:
        print call, fn()
    except (ValueError, TypeError) as e:
        print type(e).__name__ + ':', e
print type(reversed([])).__name__, type(enumerate([])).__name__, type(iter('')).__name__
r = reversed([1, 2, 3])
print r.next(), list(r), list(r)
print sorted([('b', 2), ('a', 2), ('c', 1)], key=lambda p: p[1])
print zip(*[(1, 2, 3), (4, 5, 6)]), map(None, [1, 2], [3])
print list('abc'), list((1, 2)), list({'only': 1}), list(xrange(3)), tuple([1]), tuple()

# Comparisons across types and chained comparisons (with side effects counted).
calls = []

def v(x):
    calls.append(x)
    return x

print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2
print 1 < 2 > 0, 5 >= 5 <= 6, 1 < 2 < 3 < 4 < 5 < 4
print v(1) < v(2) < v(3), calls
del calls[:]
print v(3) < v(2) < v(1), calls
del calls[:]
print v(1) < v(2) > v(0) == v(0), calls

print 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a'
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, [2]) < (1, [3])
print [1, 2] == (1, 2), [] < (), {} < [], None < 0, 0 < '', 1 < 'a'
print None < None, None == None, None is None
print 1 == 1.0, 1L == 1, 1 is 1, 'a' is 'a'
print 2 in [1, 2, 3], 4 not in [1, 2, 3], 'b' in 'abc', 'bc' in 'abc', 'ac' in 'abc'
print 1 in {1: 2}, 2 in {1: 2}, 3 in set([3])
x = 5
print 0 < x < 10, 0 < x < 3, x == 5 > 4
print cmp(1, 2), cmp(2, 1), cmp('a', 'a'), cmp([1], [1, 2]), cmp(None, 0)
print sorted([3, 'a', None, 2.5, [1], (1,), {}, 10L])
print max('apple', 'banana'), min([3, 1], [2, 9])
print (1, 2, 3) < (1, 2, 4) < (1, 3), 'a' < 'b' < 'c' < 'a'
print 1 < 2 is True, (1 < 2) is True
print {'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {1: 2} < {1: 3}
print [1, 2, 3] != [1, 2, 3], not [1] == [2]

# map (with None and several iterables), filter (str/tuple/list results), reduce with and without start.
print map(str, [1, 2, 3]), map(len, ['a', 'bb', '']), map(lambda x: x * x, range(5))
print map(None, [1, 2, 3]), map(None, 'ab', [1, 2, 3]), map(None, (), [])
print map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])
print map(lambda a, b: (a, b), [1, 2], ['x'])
print map(max, [1, 5, 3], [4, 2, 6], [0, 0, 9])
print map(int, '123'), map(ord, 'AZ'), map(str.upper, ['a', 'b'])
print filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])
print filter(lambda c: c in 'aeiou', 'education'), type(filter(None, 'abc')).__name__
print filter(lambda n: n % 2, (1, 2, 3, 4, 5)), type(filter(None, (1,))).__name__
print filter(lambda n: n > 2, [1, 5, 2, 7]), filter(None, ''), filter(None, ()), filter(str.isdigit, 'a1b2c3')
print filter(None, u'uni'), type(filter(None, u'x')).__name__
print filter(lambda n: n % 3 == 0, xrange(20)), filter(lambda k: k > 'a', {'a': 1, 'b': 2})
print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11))
print reduce(lambda a, b: a + b, [], 'start'), reduce(lambda a, b: a + b, ['only']), reduce(max, [3, 9, 2])
print reduce(lambda acc, c: acc * 10 + int(c), '2024', 0)
print reduce(lambda acc, w: acc + [len(w)], 'one three five'.split(), [])
print reduce(lambda a, b: b + a, 'stressed')
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print 'TypeError:', e
try:
    map(lambda x: x, 5)
except TypeError as e:
    print 'TypeError:', e
try:
    map()
except TypeError as e:
    print 'TypeError:', e
try:
    filter(lambda x: x)
except TypeError as e:
    print 'TypeError:', e
words = ['apple', 'Banana', 'cherry', 'date']
print map(lambda w: w[0].upper() + w[1:].lower(), words)
print reduce(lambda a, b: a if len(a) >= len(b) else b, words)
print sum(map(len, words)), filter(lambda w: len(w) > 4, words)
print map(lambda t: t[0] * t[1], zip(range(4), range(4, 8)))

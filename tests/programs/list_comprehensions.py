# List comprehensions (nested, filtered, leaking loop variable), generator expressions and dict/set comprehensions.
squares = [n * n for n in range(10)]
print squares
print [n for n in squares if n % 2 == 0]
print [(i, j) for i in range(3) for j in range(i)]
print [[i * j for j in range(1, 4)] for i in range(1, 4)]
print [c.upper() for c in 'abc' if c != 'b']
print [x if x > 0 else -x for x in [-2, -1, 0, 1, 2]]
flat = [item for row in [[1, 2], [3], [], [4, 5, 6]] for item in row]
print flat
n = 'before'
print [n for n in range(3)], n
print sum(x * x for x in range(5)), max(len(w) for w in ['a', 'abc', 'ab'])
print list(x + 1 for x in (1, 2, 3)), tuple(c for c in 'xy')
print {k: v for k, v in [('a', 1), ('b', 2)]} == {'a': 1, 'b': 2}
print sorted({x % 3 for x in range(10)}), {n: n * n for n in range(5)}
print sorted({w: len(w) for w in 'one two three'.split()}.items())
matrix = [[1, 2, 3], [4, 5, 6]]
print [[row[i] for row in matrix] for i in range(3)]
print [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
primes = [p for p in range(2, 50) if all(p % d for d in range(2, p))]
print primes
print [w for w in 'the quick brown fox'.split() if len(w) > 3]
print any(x > 4 for x in [1, 5]), all(x > 0 for x in [1, 0])
g = (x * 2 for x in range(3))
print g.next(), next(g), list(g), list(g)
print dict((c, ord(c)) for c in 'ab') == {'a': 97, 'b': 98}
print [i for i in range(20) if i % 2 if i % 3]
funcs = [lambda: i for i in range(3)]
print [f() for f in funcs]
funcs = [lambda i=i: i for i in range(3)]
print [f() for f in funcs]

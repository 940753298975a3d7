# iter() and next(): explicit iteration, next with a default, StopIteration, and iter(callable, sentinel).
it = iter([1, 2, 3])
print next(it), next(it), next(it), next(it, 'done'), next(it, None)
try:
    next(it)
except StopIteration as e:
    print 'StopIteration', repr(e), e.args
s = iter('ab')
print s.next(), s.next(), next(s, 'end')
d = iter({'only': 1})
print next(d), next(d, 'exhausted')
print list(iter((1, 2))), list(iter(xrange(3))), iter(it) is it
numbers = [5, 3, 8, 0, 9]
pos = [0]

def read_next():
    value = numbers[pos[0]]
    pos[0] += 1
    return value

print list(iter(read_next, 0))
print pos[0]
lines = ['first\n', 'second\n', '', 'after blank']
feed = iter(lines)
print [line.strip() for line in iter(feed.next, '')]
print list(feed)
countdown = [3]

def tick():
    countdown[0] -= 1
    return countdown[0]

for value in iter(tick, -1):
    print 'tick', value
for bad in [lambda: iter(5), lambda: next([1, 2]), lambda: iter(5, 1), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print type(e).__name__ + ':', e
a = iter(range(6))
pairs = zip(a, a)
print pairs
rows = iter([[1, 2], [3, 4]])
header = next(rows)
print header, list(rows)
e = enumerate('xyz')
print next(e), next(e), list(e)
z = iter(zip('ab', 'cd'))
print next(z), list(z)
total = 0
numbers_it = iter(range(10))
for n in numbers_it:
    if n % 3 == 0:
        total += next(numbers_it, 0)
print total

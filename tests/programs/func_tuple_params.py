# Python 2 tuple parameters: def f(a, (b, c)) including nesting, defaults and lambdas.
def f(a, (b, c)):
    return a + b * c

print f(1, (2, 3)), f(1, [4, 5]), f(0, 'ab' and (1, 1))

def nested(x, (y, (z, w))):
    return [x, y, z, w]

print nested(1, (2, (3, 4))), nested('a', ['b', 'cd'])

def with_default(a, (b, c)=(10, 20)):
    return a, b, c

print with_default(1), with_default(1, (2, 3))

def swap((a, b)):
    return b, a

print swap((1, 2)), map(swap, [(1, 'x'), (2, 'y')])
dist = lambda (x1, y1), (x2, y2): abs(x1 - x2) + abs(y1 - y2)
print dist((0, 0), (3, 4)), dist((1, 5), (4, 1))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print sorted(pairs, key=lambda (n, s): -n)
print f.func_code.co_argcount, f.func_code.co_varnames, nested.func_code.co_varnames

for args in [(1, (2,)), (1, (2, 3, 4)), (1, 5)]:
    try:
        print f(*args)
    except (ValueError, TypeError) as e:
        print type(e).__name__ + ':', e

def sum_points(*points):
    total_x = total_y = 0
    for (x, y) in points:
        total_x += x
        total_y += y
    return total_x, total_y

print sum_points((1, 2), (3, 4), (5, 6))
for i, (name, score) in enumerate([('ann', 90), ('bob', 85)]):
    print i, name, score

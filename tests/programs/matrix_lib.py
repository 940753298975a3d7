# A small matrix library on lists of lists: construction, add, multiply, transpose, determinant, inverse.
def zeros(rows, cols):
    return [[0] * cols for _ in range(rows)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def shape(m):
    return len(m), len(m[0]) if m else 0

def add(a, b):
    if shape(a) != shape(b):
        raise ValueError('shape mismatch %s vs %s' % (shape(a), shape(b)))
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]

def scale(m, k):
    return [[k * x for x in row] for row in m]

def transpose(m):
    return [list(col) for col in zip(*m)]

def multiply(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError('cannot multiply %dx%d by %dx%d' % (ra, ca, rb, cb))
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def power(m, n):
    result = identity(len(m))
    base = m
    while n:
        if n & 1:
            result = multiply(result, base)
        base = multiply(base, base)
        n >>= 1
    return result

def minor(m, i, j):
    return [row[:j] + row[j + 1:] for k, row in enumerate(m) if k != i]

def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        total += (-1) ** j * m[0][j] * determinant(minor(m, 0, j))
    return total

def inverse(m):
    n = len(m)
    det = determinant(m)
    if det == 0:
        raise ZeroDivisionError('matrix is singular')
    cof = [[(-1) ** (i + j) * determinant(minor(m, i, j)) if n > 1 else 1
            for j in range(n)] for i in range(n)]
    adj = transpose(cof)
    return [[float(x) / det for x in row] for row in adj]

def fmt(m, width=7, places=None):
    lines = []
    for row in m:
        if places is None:
            cells = [str(x).rjust(width) for x in row]
        else:
            cells = [('%.*f' % (places, x)).rjust(width) for x in row]
        lines.append('[' + ' '.join(cells) + ' ]')
    return '\n'.join(lines)

a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
c = [[2, 0, 1], [1, 3, 2], [1, 1, 2]]
print 'a =\n', fmt(a)
print 'a + b =\n', fmt(add(a, b))
print '3a =\n', fmt(scale(a, 3))
print 'a * b =\n', fmt(multiply(a, b))
print 'b * a =\n', fmt(multiply(b, a))
print 'transpose(c) =\n', fmt(transpose(c))
print 'shape of [[1,2,3]]:', shape([[1, 2, 3]]), 'transposed:', shape(transpose([[1, 2, 3]]))
print 'det(a) =', determinant(a), ' det(c) =', determinant(c), ' det(I4) =', determinant(identity(4))
inv = inverse(c)
print 'inverse(c) =\n', fmt(inv, 8, 3)
print 'c * inverse(c) =\n', fmt(multiply(c, inv), 8, 3)
fib = power([[1, 1], [1, 0]], 90)
print 'fib(90) via matrix power:', fib[0][1]
print 'a^5 =\n', fmt(power(a, 5))
for label, fn in [('add shapes', lambda: add(a, c)), ('multiply shapes', lambda: multiply(c, a)),
                  ('singular', lambda: inverse([[1, 2], [2, 4]]))]:
    try:
        fn()
    except (ValueError, ZeroDivisionError) as e:
        print label, '->', type(e).__name__ + ':', e
rows = [[i * 3 + j for j in range(3)] for i in range(3)]
print rows, determinant(rows), sum(rows[i][i] for i in range(3))
print [list(r) for r in zip(*rows)][::-1]

# A Matrix class with tuple indexing m[i, j], slicing rows, __mul__ for matrix and scalar, __rmul__, __pow__, __eq__, __iter__, transpose, and errors.
class Matrix(object):
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        for r in self.rows:
            if len(r) != self.m:
                raise ValueError('ragged rows')
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        if isinstance(key, slice):
            return Matrix(self.rows[key])
        return list(self.rows[key])
    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value
    def __iter__(self):
        for r in self.rows:
            yield tuple(r)
    def __len__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __ne__(self, other):
        return not self == other
    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError('shape mismatch %dx%d + %dx%d' % (self.n, self.m, other.n, other.m))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, long, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError('cannot multiply %dx%d by %dx%d' % (self.n, self.m, other.n, other.m))
            cols = other.T.rows
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __neg__(self):
        return self * -1
    @property
    def T(self):
        return Matrix(zip(*self.rows)) if self.rows else Matrix([])
    def __repr__(self):
        return 'Matrix(%r)' % self.rows
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join('[' + ' '.join(str(v).rjust(width) for v in r) + ']' for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print a
print a * b
print b * a
print 2 * a, a * 0.5
print a + b, -a
print a ** 5
print Matrix([[1, 1], [1, 0]]) ** 30
print a[0], a[1, 1], a[:1], a[:, 1], a[1, :], a[0:2, 0:1]
a[0, 0] = 100
print a, list(a), len(a), a.T, a.T.T == a, a != a.T
fib = Matrix([[1, 1], [1, 0]])
print [(fib ** n)[0, 1] for n in range(10)]
c = Matrix([[1, 2, 3]])
print c * c.T, c.T * c
try:
    c * c
except ValueError as e:
    print 'ValueError:', e
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print 'ValueError:', e
try:
    a * 'x'
except TypeError as e:
    print 'TypeError:', e
print Matrix.identity(3) == Matrix.identity(3) ** 10
a + c

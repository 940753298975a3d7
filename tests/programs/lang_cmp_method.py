# __cmp__ on new-style and classic classes, cmp() builtin, mixing with rich comparisons, sort with cmp=, default ordering of mixed types.
class Version(object):
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __cmp__(self, other):
        return cmp(self.parts, other.parts)
    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))

vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print sorted(vs)
print Version('1.0') < Version('1.1'), Version('2.0') == Version('2.0'), Version('3') >= Version('2.9')
print cmp(Version('1'), Version('1')), cmp(Version('1'), Version('2')), cmp(Version('2'), Version('1'))
print max(vs), min(vs)

class Classic:
    def __init__(self, n):
        self.n = n
    def __cmp__(self, other):
        print '  Classic.__cmp__', self.n, getattr(other, 'n', other)
        if isinstance(other, Classic):
            return self.n - other.n
        return cmp(self.n, other)
print Classic(1) < Classic(2)
print Classic(5) == 5
print 5 > Classic(3)

class Both(object):
    def __eq__(self, o):
        return 'rich eq'
    def __cmp__(self, o):
        return 0
print Both() == 1, Both() < 1, Both() != 1

class Big(object):
    def __cmp__(self, o):
        return 12345
class Neg(object):
    def __cmp__(self, o):
        return -7
print cmp(Big(), 1), Big() > 0, cmp(Neg(), 1), Neg() < 0

print sorted([3, 1, 2], cmp=lambda a, b: b - a)
print sorted(['bb', 'a', 'ccc'], cmp=lambda a, b: cmp(len(a), len(b)))
print cmp(1, 2), cmp('b', 'a'), cmp([1, 2], [1, 2]), cmp(None, 0), cmp((1,), [1])
print None < 0, 0 < '', [] < '', () > [], 1 < [], {} < []
print sorted([3, 'a', 2.5, None, (1,), [1], {}])

class BadCmp(object):
    def __cmp__(self, o):
        return 'not an int'
try:
    BadCmp() < 1
except TypeError as e:
    print 'TypeError:', e

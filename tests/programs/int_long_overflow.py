# Ints overflowing into longs: sys.maxint boundaries, type changes, long reprs and suffixes.
import sys

big = sys.maxint
print big, type(big)
print big + 1, type(big + 1)
print repr(big + 1)
print -big - 1, type(-big - 1)
print -big - 2, type(-big - 2)
print big * 2, type(big * 2)
print (big + 1) - 1, type((big + 1) - 1)
print abs(-sys.maxint - 1), type(abs(-sys.maxint - 1))
print -(-sys.maxint - 1), type(-(-sys.maxint - 1))

# multiplication that overflows
x = 1
for i in range(1, 26):
    x = x * i
    if i in (5, 10, 20, 21, 25):
        print i, x, type(x).__name__

# shifts that overflow
print 1 << 62, type(1 << 62)
print 1 << 63, type(1 << 63)
print 1 << 100
print (1 << 100) >> 99, type((1 << 100) >> 99)
print -1 << 70

# long literals and normalisation
a = 5L
print a, repr(a), type(a)
print a + 1, repr(a + 1)
print int(a), repr(int(a)), type(int(a))
print int(2 ** 70), type(int(2 ** 70))
print long(7), repr(long(7))
print repr(0L), repr(-0L), repr(-12345678901234567890)

# powers
print 2 ** 62, type(2 ** 62)
print 2 ** 63, type(2 ** 63)
print 2 ** 64
print 3 ** 40
print (-2) ** 63, type((-2) ** 63)
print 10 ** 30

# mixed int/long equality and hashing
print 2 ** 40 == 2L ** 40, hash(2 ** 40) == hash(2L ** 40)
print hash(5L), hash(-1), hash(-2), hash(sys.maxint + 1)

# sum that crosses the boundary
total = 0
for k in range(10):
    total += sys.maxint // 4
print total, type(total).__name__

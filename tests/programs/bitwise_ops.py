# Bitwise and shift operators on ints, longs and negatives; errors for negative shifts.
for a, b in [(12, 10), (-12, 10), (12, -10), (-1, 0), (255, 15)]:
    print a, b, a & b, a | b, a ^ b, ~a
for n in [1, 5, -5, 255, -256]:
    print n, n << 3, n >> 1, n >> 10, n << 62
print 1 << 64, (1 << 64) - 1 & 0xFF, -(1 << 64) >> 63
print 0xff, 0o17, 0b1011, 017, 0XAB
print bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255)
print int('ff', 16), int('0xff', 16), int('777', 8), int('1010', 2), int('z', 36)
print int('0b101', 0), int('0o17', 0), int('0x1f', 0), int('017', 0), int('  42  ')

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

print [popcount(i) for i in range(17)]
print popcount(2 ** 100 - 1)
mask = 0
for bit in [0, 3, 5, 64]:
    mask |= 1 << bit
print mask, bin(mask)
print (mask >> 64) & 1, (mask >> 1) & 1
cases = [('1 << -1', lambda: 1 << -1), ('1 >> -1', lambda: 1 >> -1),
         ('1.0 << 1', lambda: 1.0 << 1), ('"a" & 1', lambda: "a" & 1),
         ('1 ^ 1.5', lambda: 1 ^ 1.5), ('~1.5', lambda: ~1.5)]
for text, fn in cases:
    try:
        print fn()
    except Exception as e:
        print text, '->', type(e).__name__ + ':', e
x = 6
x &= 3
x |= 8
x ^= 1
x <<= 2
x >>= 1
print x

# Long arithmetic: big products, division, modulo, bit operations and str/repr of longs.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print a + b
print a - b
print b - a
print a * b
print b // a, b % a
print divmod(b, a)
print -b // a, -b % a
print b // -a, b % -a
print a ** 3
print pow(a, 2, 1000000007)
print a & b, a | b, a ^ b
print ~a
print a >> 10, a << 10
print -a >> 3
print str(a), repr(a)
print len(str(2 ** 1000))
print str(2 ** 1000)[:20], str(2 ** 1000)[-20:]

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print f50
print sum(int(d) for d in str(f50))
print f50 % 1000003
print factorial(30) // factorial(28)

# comparisons between longs, ints and floats
print 2 ** 64 > 2 ** 63, 2 ** 64 > 1e19, 2 ** 64 < 1.9e19
print 10 ** 20 == 1e20, cmp(10 ** 20, 10 ** 19)
print float(2 ** 80), long(1e20), int(1.5e19)
print 7L / 2, -7L / 2, 7L % -2
print abs(-10 ** 25), -(10 ** 25)
print hex(2 ** 70), oct(2 ** 40), bin(2 ** 65)

# gcd by Euclid on longs
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print gcd(factorial(20), 2 ** 40 * 3 ** 5)
print gcd(a, b)

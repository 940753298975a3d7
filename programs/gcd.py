"""Greatest common divisor, by Euclid's algorithm."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a * b // gcd(a, b)


pairs = [(12, 18), (17, 5), (100, 75), (2 ** 40, 6 ** 20)]
for a, b in pairs:
    print 'gcd(%d, %d) = %d, lcm = %d' % (a, b, gcd(a, b), lcm(a, b))

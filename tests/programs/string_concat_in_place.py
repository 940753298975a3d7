# s += t and s = s + t on str: CPython lets the variable go of the left string
# before concatenating, so that a string nothing else holds grows in place.
# Every alias, cached hash and namespace must still see what CPython shows.

s = ''
for i in range(5):
    s += 'ab'
t = s
s += 'x'
print s, t

h = hash(s)
s = s + 'y'
print hash(s) == hash('ababababab' + 'xy'), h == hash('abababababx')

d = {s: 1}
s += 'z'
print d, s, s in d

l = [s]
s += '!'
print l, s


def local_variables():
    u = 'q'
    for i in range(3):
        u = u + 'r'
    v = u
    u += 's'

    def inner():
        return w
    w = 'k'
    for i in range(3):
        w += 'm'
    saved = inner()
    w += 'n'
    return u, v, saved, inner()

print local_variables()


class Namespace:
    a = 'c'
    a += 'd'
    b = a
    a += 'e'
    for i in range(3):
        c = 'p'
        c = c + str(i)

print Namespace.a, Namespace.b, Namespace.c
print [k for k in Namespace.__dict__ if not k.startswith('__')]

# At module level the name leaves the globals dict for an instant; the dict's
# order must come out as CPython's.
n1 = 'n'
n2 = 'o'
n3 = 'p'
for i in range(20):
    n2 += 'o'
    n1 = n1 + 'x'
print [k for k in globals() if len(k) == 2]
print len(n1), len(n2), n3

big = ''
for i in range(20000):
    big += 'abc'
print len(big), big[-6:], hash(big) == hash('abc' * 20000)

# Not a str on the right: the usual TypeError.
try:
    s += 1
except TypeError as e:
    print 'TypeError:', e
print s

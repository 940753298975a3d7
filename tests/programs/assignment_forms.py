# Assignment forms: chained, tuple/list unpacking (nested), augmented operators on many types, del.
a = b = c = []
a.append(1)
print a, b, c, a is c
x, y = 1, 2
x, y = y, x + y
print x, y
[p, q], r = 'ab', 'c'
print p, q, r
(i, (j, k)), l = (1, (2, 3)), 4
print i, j, k, l
first, second, third = range(3)
print first, second, third
s = 'xyz'
m, n, o = s
print m, n, o
d = {}
d['a'] = d['b'] = 0
print sorted(d.items())
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, 'set'
print idx, lst
n = 10
n += 5; n -= 3; n *= 2; n /= 4; n //= 2; n %= 2; n **= 3
print n
f = 1.5
f += 1; f *= 2; f /= 4; f **= 2
print f
s = 'ab'
s += 'cd'; s *= 2
print s
t = (1,)
t += (2, 3)
print t
L = [1]
alias = L
L += [2]
L *= 2
print L, alias, L is alias
T = (1,)
talias = T
T += (2,)
print T, talias, T is talias
bits = 0b1010
bits |= 0b0101; bits &= 0b1100; bits ^= 0b0001; bits <<= 2; bits >>= 1
print bits
st = set([1])
st |= set([2]); st &= set([2, 3]); st -= set([9]); st ^= set([4])
print st
v = 5
del v
try:
    print v
except NameError as e:
    print 'NameError:', e
arr = range(6)
del arr[0], arr[-1]
print arr
box = {'k': 1, 'j': 2}
del box['k']
print box
class Holder(object):
    pass
h = Holder()
h.value = 1
h.value += 41
print h.value
h.items = [1]
h.items[0] += 1
print h.items

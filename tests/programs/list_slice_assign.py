# Slice assignment and deletion on lists, including extended slices and size errors.
a = range(10)
a[2:5] = ['a', 'b']
print a
a[1:1] = [100, 200]
print a
a[-2:] = []
print a
a[:0] = 'xy'
print a
a[::2] = range(len(a[::2]))
print a
del a[::3]
print a
del a[1:3]
print a
del a[-1]
print a
b = range(8)
b[1::2] = ['o'] * 4
print b
b[::-1] = range(8)
print b
try:
    b[::2] = [1, 2]
except ValueError as e:
    print 'ValueError:', e
c = [1, 2, 3]
c[5:10] = [9]
print c
c[-10:1] = [0]
print c
c[:] = 'abc'
print c
c[1:2] = ()
print c
try:
    c[0:1] = 5
except TypeError as e:
    print 'TypeError:', e
d = range(5)
d[1:4] = d
print d
e = range(6)
del e[10:]
del e[4:1]
print e
del e[:]
print e
f = range(10)
del f[::-1]
print f
g = range(10)
g[7:2:-2] = ['p', 'q', 'r']
print g
try:
    del g[20]
except IndexError as err:
    print 'IndexError:', err
try:
    g[20] = 1
except IndexError as err:
    print 'IndexError:', err
h = [0, 1, 2, 3]
h[1:3] = [[5, 6]]
print h, len(h)

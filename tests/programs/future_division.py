# from __future__ import division: / becomes true division, // stays floor division.
from __future__ import division

print 7 / 2, 7 // 2
print -7 / 2, -7 // 2
print 6 / 3, type(6 / 3)
print 1 / 3
print 2 / 3
print 10 ** 20 / 10 ** 10
print 1 / 7.0
print 7L / 2L, 7L // 2L
print -1 / 4, -1 // 4
print 0 / 5, type(0 / 5)
print 3.5 / 0.5, 3.5 // 0.5
x = 9
x /= 2
print x
y = 9
y //= 2
print y
print sum([1, 2, 3, 4]) / len([1, 2, 3, 4])
print (2 ** 64) / 3
print divmod(7, 2), 7 % 2
print [n / 2 for n in range(5)]
try:
    print 1 / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    print 1 // 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    print 1.0 / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e

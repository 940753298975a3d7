# String slicing with negative indices, out-of-range bounds and extended steps.
s = 'abcdefghij'
print s[0], s[-1], s[3], s[-3]
print s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2]
print repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100], repr(s[10:])
print s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == '', s[-1:-4:-1]
print s[::3], s[1:9:3], s[::-3], s[-2::-3], s[100:0:-4], s[:-100:-1]
print s[None:None], s[None:4], s[slice(2, 6)], s[slice(None, None, -1)]
for i in [10, -11]:
    try:
        print s[i]
    except IndexError as e:
        print 'IndexError:', e
try:
    print s[::0]
except ValueError as e:
    print 'ValueError:', e
try:
    print s['a']
except TypeError as e:
    print 'TypeError:', e
word = 'racecar'
print word == word[::-1], 'python'[::-1]
print [s[i:i + 3] for i in range(0, len(s), 3)]
print s[True], s[False:True + 2]
print 'hello'[1:-1], 'x'[1:], 'xy'[-1:], ''[::-1] == ''
u = u'unicode'
print u[2:5], u[::-1], repr(u[::2])
t = (0, 1, 2, 3, 4, 5)
print t[1:4], t[::-2], t[-2:], t[4:1:-1]
print range(10)[::3], range(10)[-3:], range(10)[8:2:-3]

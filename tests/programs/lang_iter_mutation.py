# Mutating containers while iterating: dict/set size change RuntimeError, list append/remove during for, deleting from a list by index while looping backwards; ends uncaught.
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print items
grow = [1, 2]
for x in grow:
    if x < 5:
        grow.append(x + 2)
print grow
nums = range(10)
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print nums
d = dict.fromkeys('abc', 0)
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print 'RuntimeError:', e
d = dict.fromkeys('abc', 0)
for k in d:
    d[k] = 5
print sorted(d.items())
for k in d.keys():
    if k != 'a':
        del d[k]
print d
s = set([1, 2, 3])
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print 'RuntimeError:', e
s = set([1, 2, 3])
for v in list(s):
    s.discard(v)
print s
it = iter([1, 2, 3])
lst = list(it)
print lst, list(it)
l = [0, 1, 2]
it2 = iter(l)
next(it2)
l[:] = ['a', 'b', 'c', 'd']
print list(it2)
d2 = {'x': 1, 'y': 2}
for k, v in d2.iteritems():
    d2[k] = v * 100
print sorted(d2.items())
for k in d2.iterkeys():
    del d2[k]

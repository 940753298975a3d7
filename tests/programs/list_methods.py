# list methods: append/extend/insert/pop/remove/index/count/reverse and their error messages.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend('ab')
a.extend((2, 6))
print a, len(a)
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print a
print a.pop(), a.pop(0), a.pop(-2), a.pop(3)
print a
a.remove('a')
a.remove(1)
print a, a.index(9), a.index('b'), a.index(5, 2), a.count(1), a.count('zz')
a.reverse()
print a
b = a
b.append('shared')
print a is b, a[-1], len(a)
c = a[:]
c.append('copy only')
print len(a), len(c)
for call, fn in [('pop empty', lambda: [].pop()), ('pop index', lambda: [1, 2].pop(5)),
                 ('remove', lambda: [1, 2].remove(3)), ('index', lambda: [1, 2].index(3)),
                 ('index range', lambda: [1, 2, 3].index(1, 1)), ('getitem', lambda: [1][1]),
                 ('insert arg', lambda: [].insert(1)), ('str index', lambda: [1]['0'])]:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print call, '->', type(e).__name__ + ':', e
print [] == [], [1, [2]] == [1, [2]], [0] * 3, [[0] * 2] * 2, [1, 2] + [3]
grid = [[0] * 3] * 2
grid[0][0] = 'x'
print grid
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'x'
print grid
stack = []
for n in range(5):
    stack.append(n * n)
while stack:
    print stack.pop(),
print
x = [1, 2, 3]
x += [4]
x *= 2
print x, list(reversed(x)), x.__len__()
x[1] = 'two'
x[-1] = 'last'
del x[0]
print x

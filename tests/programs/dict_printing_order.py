# Printing dicts and their keys/values/items in CPython's own iteration order (int and str keys).
print {3: 'c', 1: 'a', 2: 'b'}
print {10: 1, 5: 2, 100: 3, -1: 4, 0: 5}
print {'banana': 1, 'apple': 2, 'cherry': 3}
print {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
print {'x': [1, 2], 'y': {'nested': True}, 'z': (1,)}
d = {}
for word in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']:
    d[word] = len(word)
print d
print d.keys()
print d.values()
print d.items()
for key in d:
    print key,
print
squares = dict((n, n * n) for n in range(12))
print squares
big = {}
for n in [1000, 7, 64, 33, 8, 2 ** 40, -5, 17]:
    big[n] = str(n)
print big
print big.keys()
del big[64]
del big[7]
big[99] = 'ninety-nine'
print big
print {1.5: 'x', 2: 'y', 0.5: 'z'}
print {'': 0, ' ': 1, 'A': 2, 'a': 3, 'aa': 4, 'ab': 5, 'ba': 6}
print sorted({0: 'zero', 1: 'one'}.items()), {True: 't', False: 'f'}
mixed = {'key': 1, 2: 'two', (3, 4): 'tuple', 'k2': None}
print mixed
collide = {}
for k in [8, 16, 24, 32, 0]:
    collide[k] = k // 8
print collide
grow = {}
for i in range(20):
    grow['k%d' % i] = i
print grow
print dict.fromkeys('hello world')
print set('hello world')

# list.sort and sorted with cmp, key, reverse; stability; mixed-type ordering.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print nums
nums.sort(reverse=True)
print nums
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig', 'apple']
print sorted(words)
print sorted(words, key=str.lower)
print sorted(words, key=len)
print sorted(words, key=len, reverse=True)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)) or cmp(a, b))
print sorted(words, lambda a, b: cmp(b, a))

def by_last_char(a, b):
    return cmp(a[-1], b[-1])

words.sort(by_last_char)
print words
people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 25), ('eve', 40)]
print sorted(people, key=lambda p: p[1])
print sorted(people, key=lambda p: p[1], reverse=True)
print sorted(people, key=lambda p: (-p[1], p[0]))
print sorted(people, cmp=lambda a, b: cmp(a[1], b[1]), reverse=True)
result = nums.sort()
print result, nums
print sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted(set([3, 1, 2]))
print sorted([3.5, 1, 2L, -1.5, True])
print sorted([[2, 1], [1, 2], [1], []])
print sorted([1, 'a', 2.0, None, (1,), [1]])
matrix = [[3, 'c'], [1, 'a'], [2, 'b']]
matrix.sort(key=lambda row: row[1], reverse=True)
print matrix
try:
    [3, 1, 2].sort(cmp=lambda a, b: 'x')
except TypeError as e:
    print 'TypeError:', e
try:
    sorted([1, 2], key=lambda v: v.missing)
except AttributeError as e:
    print 'AttributeError:', e
print sorted(range(10), key=lambda n: n % 3)
print sorted([-5, 3, -1, 4], key=abs), max([-5, 3, -1, 4], key=abs)

# Deep recursion of 40,000 frames after sys.setrecursionlimit(50000), then the new limit is hit.
import sys

sys.setrecursionlimit(50000)
print sys.getrecursionlimit()

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print depth(40000)

def total(n, acc):
    if n == 0:
        return acc
    return total(n - 1, acc + n)

print total(40000, 0)

def build(n):
    if n == 0:
        return []
    result = build(n - 1)
    result.append(n)
    return result

items = build(40000)
print len(items), items[:3], items[-3:], sum(items)

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

print even(40000), odd(39999), even(39999)

def count_until_limit():
    count = [0]
    def go():
        count[0] += 1
        go()
    try:
        go()
    except RuntimeError as e:
        print 'RuntimeError:', e
    return count[0]

print count_until_limit()

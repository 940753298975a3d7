# Classic recursion: fib, factorial, hanoi, ackermann, permutations, power set, gcd, binary search.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print [fib(n) for n in range(20)]

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print fact(0), fact(5), fact(25)

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, 'A', 'C', 'B')
for disk, src, dst in moves:
    print 'move disk %d from %s to %s' % (disk, src, dst)
del moves[:]
hanoi(10, 'A', 'C', 'B')
print len(moves), moves[-1]

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print [[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3), ackermann(3, 3)

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append(items[i:i + 1] + rest)
    return result

print permutations('abc'), len(permutations(range(5)))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print power_set([1, 2, 3])

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print gcd(1071, 462), gcd(17, 5), gcd(0, 9)

def bsearch(seq, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return bsearch(seq, target, mid + 1, hi)
    return bsearch(seq, target, lo, mid - 1)

data = range(0, 100, 7)
print [bsearch(data, t, 0, len(data) - 1) for t in (0, 49, 98, 50)]

def flatten(x):
    if not isinstance(x, list):
        return [x]
    return sum([flatten(e) for e in x], [])

print flatten([1, [2, [3, [4, [5]]]], [[6]], 7])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(100), is_odd(77), is_even(7)

# Fibonacci numbers two ways: recursion (one frame per call) and a loop.

def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n):
    a, b = 0, 1
    for _ in xrange(n):
        a, b = b, a + b
    return a


for n in range(10):
    print n, fib_recursive(n), fib_loop(n)

print fib_loop(100)

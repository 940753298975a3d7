# Recursive calls: the frame push and pop of every Python-to-Python call.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print fib(25)

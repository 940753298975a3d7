# Uncaught RuntimeError "maximum recursion depth exceeded" from unbounded recursion (default limit 1000).
import sys

print sys.getrecursionlimit()

def depth_ok(n):
    if n == 0:
        return 0
    return 1 + depth_ok(n - 1)

print depth_ok(500)

def countdown(n):
    if n == 0:
        return 'liftoff'
    return countdown(n - 1)

print countdown(900)

def runaway(n):
    # The base case checks the wrong value, so the recursion never stops.
    if n == -1:
        return n
    return runaway(n + 1)

print 'starting runaway recursion'
print runaway(0)

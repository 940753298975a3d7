# sys attributes: maxint, version_info[:2], recursion limit get/set, and how the limit is enforced.
import sys

print sys.maxint, -sys.maxint - 1, type(sys.maxint), type(sys.maxint + 1)
print sys.version_info[:2], sys.version_info[0], sys.version_info >= (2, 7)
print sys.version.split()[0], sys.hexversion >> 24
print sys.getrecursionlimit()
print sys.byteorder, sys.maxsize == sys.maxint, sys.platform.startswith('linux')
print sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__
print type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

sys.setrecursionlimit(200)
print sys.getrecursionlimit()
print depth(150)
try:
    depth(250)
except RuntimeError as e:
    print 'RuntimeError:', e

def probe():
    count = [0]
    def go():
        count[0] += 1
        go()
    try:
        go()
    except RuntimeError:
        pass
    return count[0]

print 'max depth reached from here:', probe()
sys.setrecursionlimit(1000)
print sys.getrecursionlimit(), 'max depth reached from here:', probe()
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print 'TypeError:', e
print sys.getrecursionlimit()
print sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig
print sys.maxint == 2 ** 63 - 1, -sys.maxint - 1 == -2 ** 63

# The print function of from __future__ import print_function: sep, end, file, and errors.
from __future__ import print_function
import sys

print('a', 1, [2], sep='-', end='!\n')
print()
print(*range(3))
print('to stderr', file=sys.stderr)
print('no newline', end='')
print(' then one')
print(u'unicode', None, 2.5)
try:
    print('x', sep=3)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', foo=1)
except TypeError as e:
    print('TypeError:', e)

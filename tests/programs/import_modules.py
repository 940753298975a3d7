# Imports of plain modules from a folder on sys.path: import, import as, from-import, caching in sys.modules, module attributes, reprs and dir().
import sys
sys.path.insert(0, sys.path[0] + '/modules')

import mathutil
import mathutil as mu
from mathutil import square, mean as average, Counter
import mathutil

print mathutil is mu, sys.modules['mathutil'] is mathutil
print mathutil.LOADS, mathutil.__name__, mathutil.__doc__.split('\n')[0]
print square(7), average([1, 2, 3, 4]), mathutil.PI_ISH
c = Counter()
c.bump(); c.bump()
print c.n, type(c), Counter.__module__
print mathutil
print mathutil.__file__
print sorted(n for n in dir(mathutil))
print type(mathutil), type(mathutil).__name__
print mathutil.__dict__ is vars(mathutil), '_private' in vars(mathutil)
mathutil.added = 'set from outside'
print mu.added
print __name__, sorted(k for k in globals() if k.startswith('__'))
print [m for m in ('mathutil', 'sys', '__main__', '__builtin__') if m in sys.modules]
print sys.modules['__main__'].square is square
try:
    mathutil.missing
except AttributeError as e:
    print 'AttributeError:', e
del sys.modules['mathutil']
import mathutil as fresh
print fresh is mu, fresh.LOADS

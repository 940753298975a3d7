# __import__ with fromlist and level, circular imports, and a module that replaces itself in sys.modules.
import sys
sys.path.insert(0, sys.path[0] + '/modules')

top = __import__('geometry.point')
print top.__name__
leaf = __import__('geometry.point', globals(), locals(), ['Point'])
print leaf.__name__, leaf.Point(3, 4)
pkg = __import__('geometry', fromlist=['shapes'])
print pkg.__name__, pkg.shapes.__name__
print __import__('mathutil', level=0).square(5)
import circular_a
print circular_a.A_LATE, circular_a.circular_b.SEEN
import replaced
print replaced, replaced.answer
print sys.modules['replaced'] is replaced
from geometry import *
print sorted(k for k in globals() if not k.startswith('__'))

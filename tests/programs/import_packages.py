# Packages: __init__ runs first, dotted imports bind the top package, submodules become attributes, explicit relative imports and __package__.
import sys
sys.path.insert(0, sys.path[0] + '/modules')

import geometry.point
print geometry.point.Point(1, 2), geometry.VERSION
print geometry.__name__, geometry.__package__, geometry.point.__package__
print geometry.__path__
print geometry.__file__
print geometry.point.__file__
import geometry.shapes as gs
print gs.unit_circle(), gs.SAME_CLASS, gs.__package__
print gs.unit_circle().contains(geometry.point.Point(0.5, 0.5))
from geometry import shapes, point
print shapes is gs, point is geometry.point
from geometry.sub import deep
print deep.big_circle(), deep.VERSION
print deep.BEYOND
print deep.__name__, deep.__package__
import geometry.sub.deep
print geometry.sub.deep is deep, geometry.sub.point is geometry.point
print sorted(k for k in sys.modules if k.startswith('geometry'))
print sorted(k for k in vars(geometry) if not k.startswith('__'))

"""geometry.point: a Point class."""
import math


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def distance(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)

ORIGIN = Point(0, 0)
print 'geometry.point loaded, __package__ =', __package__

"""geometry.shapes: explicit relative imports of a sibling."""
from .point import Point, ORIGIN
from . import point as point_module
print 'geometry.shapes loaded, __package__ =', __package__


class Circle(object):
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def contains(self, p):
        return self.centre.distance(p) <= self.radius

    def __repr__(self):
        return 'Circle(%r, %r)' % (self.centre, self.radius)


def unit_circle():
    return Circle(ORIGIN, 1)

SAME_CLASS = point_module.Point is Point

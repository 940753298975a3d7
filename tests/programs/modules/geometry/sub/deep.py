"""geometry.sub.deep: relative imports two levels up."""
from ..point import Point
from ..shapes import Circle
from .. import VERSION


def big_circle():
    return Circle(Point(1, 1), 10)

try:
    from ... import nothing
except ValueError as e:
    BEYOND = str(e)

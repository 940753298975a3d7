# Classes and methods: every shape knows its own area.
import math


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return '%s with area %.2f' % (self.name, self.area())


class Circle(Shape):
    def __init__(self, radius):
        Shape.__init__(self, 'circle')
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


class Rectangle(Shape):
    def __init__(self, width, height):
        super(Rectangle, self).__init__('rectangle')
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height


for shape in [Circle(1), Rectangle(3, 4), Circle(0.5)]:
    print shape.describe()

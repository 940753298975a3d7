# Method calls on instances of a class.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

def walk(n):
    p = Point(0, 0)
    step = Point(1, -2)
    total = 0
    for _ in xrange(n):
        p = p.add(step)
        total += p.norm1()
    return total

print walk(200000)

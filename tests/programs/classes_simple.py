# Simple new-style classes: __init__, methods, class attributes vs instance attributes, __str__/__repr__.
class Counter(object):
    instances = 0

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1

    def increment(self, by=1):
        self.value += by
        return self

    def __str__(self):
        return '%s=%d' % (self.name, self.value)

    def __repr__(self):
        return 'Counter(%r, %r)' % (self.name, self.value)

a = Counter('a')
b = Counter('b', 10)
a.increment().increment(5)
b.increment(-3)
print a, b
print repr(a), [a, b], (a,)
print str(a), '%s and %r' % (a, b), '{0} {0!r}'.format(a)
print Counter.instances, a.instances, b.instances
a.instances = 'shadowed'
print a.instances, Counter.instances, b.instances
print a.__class__.__name__, type(b).__name__, isinstance(a, Counter)
print sorted(a.__dict__.items())

class Rectangle(object):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scaled(self, factor):
        return Rectangle(self.width * factor, self.height * factor)

    def __str__(self):
        return '%dx%d' % (self.width, self.height)

shapes = [Rectangle(2, 3), Rectangle(5, 5), Rectangle(1, 10)]
for r in shapes:
    print r, r.area(), r.perimeter(), r.scaled(2), r.scaled(2).area()
print max(shapes, key=lambda r: r.area()), sorted(shapes, key=Rectangle.perimeter)[0]
method = shapes[0].area
print method(), Rectangle.area(shapes[1])

class Temperature(object):
    def __init__(self, celsius):
        self.celsius = celsius

    def fahrenheit(self):
        return self.celsius * 9.0 / 5 + 32

    def __repr__(self):
        return 'Temperature(%s)' % self.celsius

temps = [Temperature(c) for c in (-40, 0, 37, 100)]
print temps
print [t.fahrenheit() for t in temps]

class Stack(object):
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __str__(self):
        return 'Stack%s' % (self.items,)

s = Stack()
for ch in 'abc':
    s.push(ch)
print s, len(s), s.pop(), s, bool(s)

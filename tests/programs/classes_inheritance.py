# Simple inheritance: overriding, calling the base via super() and explicitly, isinstance, method resolution.
class Animal(object):
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return '%s says %s' % (self.name, self.sound)

    def describe(self):
        return '%s the %s' % (self.name, type(self).__name__.lower())

    def __str__(self):
        return self.describe()

class Dog(Animal):
    sound = 'woof'

    def __init__(self, name, tricks=()):
        super(Dog, self).__init__(name)
        self.tricks = list(tricks)

    def describe(self):
        base = super(Dog, self).describe()
        return '%s who knows %d tricks' % (base, len(self.tricks))

class Cat(Animal):
    sound = 'meow'

    def speak(self):
        return Animal.speak(self) + ' (reluctantly)'

class Kitten(Cat):
    sound = 'mew'

animals = [Animal('generic'), Dog('rex', ['sit', 'roll']), Cat('tom'), Kitten('bit')]
for a in animals:
    print a.speak()
    print '  ', a
print [type(a).__name__ for a in animals if isinstance(a, Cat)]
print issubclass(Kitten, Animal), Kitten.__bases__[0].__name__, [c.__name__ for c in Kitten.__mro__]
print Kitten('k').sound, Cat.sound, Animal.sound

class Shape(object):
    def area(self):
        raise NotImplementedError('subclasses must implement area')

    def __repr__(self):
        return '%s(area=%.2f)' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

print [Square(2), Circle(1), Square(1.5)]
try:
    Shape().area()
except NotImplementedError as e:
    print 'NotImplementedError:', e

class Base(object):
    def __init__(self):
        self.log = ['Base']

class Left(Base):
    def __init__(self):
        super(Left, self).__init__()
        self.log.append('Left')

class Right(Base):
    def __init__(self):
        super(Right, self).__init__()
        self.log.append('Right')

class Both(Left, Right):
    def __init__(self):
        super(Both, self).__init__()
        self.log.append('Both')

print Both().log, [c.__name__ for c in Both.__mro__]

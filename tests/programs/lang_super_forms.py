# super() in its forms: two-arg in methods, in classmethods, in __init__ chains, unbound super, super of super.
class Base(object):
    def __init__(self, name):
        self.log = ['Base(%s)' % name]
        self.name = name
    def greet(self, other):
        return 'Base greets %s' % other
    @classmethod
    def make(cls, name):
        return 'make %s via %s' % (name, cls.__name__)
    @staticmethod
    def util(x):
        return x * 2

class Mid(Base):
    def __init__(self, name, level):
        super(Mid, self).__init__(name)
        self.level = level
        self.log.append('Mid(%d)' % level)
    def greet(self, other):
        return 'Mid/' + super(Mid, self).greet(other)
    @classmethod
    def make(cls, name):
        return 'Mid:' + super(Mid, cls).make(name)

class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__('leaf', 3)
        self.log.append('Leaf')
    def greet(self, other):
        return 'Leaf/' + super(Leaf, self).greet(other)
    def skip(self, other):
        return super(Mid, self).greet(other)

l = Leaf()
print l.log
print l.greet('bob')
print l.skip('carol')
print Leaf.make('z')
print super(Leaf, l).util(21)
print super(Mid, Leaf).make('q')

s = super(Mid, l)
print s.greet('dan')
print type(s).__name__
unb = super(Leaf)
print type(unb).__name__

class Counter(dict):
    def __setitem__(self, k, v):
        super(Counter, self).__setitem__(k, v * 10)
    def get2(self, k):
        return super(Counter, self).get(k, -1)

c = Counter()
c['a'] = 1
c['b'] = 2
print sorted(c.items()), c.get2('a'), c.get2('zz')

class A(object):
    def f(self):
        return ['A']
class B(A):
    def f(self):
        return ['B'] + super(B, self).f()
class C(A):
    def f(self):
        return ['C'] + super(C, self).f()
class D(B, C):
    def f(self):
        return ['D'] + super(D, self).f()
print D().f(), B().f()
try:
    super(B, C())
except TypeError as e:
    print 'TypeError:', e

# list subclass: overriding append/__getitem__, extra attributes, slicing returns list, comparison and repr behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None

s = Stack()
s.push(1); s.push(2); s.push(3)
print s, s.peek(), s.top, len(s), type(s).__name__
print s.pop(), s
print type(s[:]).__name__, type(s + [9]).__name__, type(s * 2).__name__
print s == [1, 2], isinstance(s, list)

class Logged(list):
    def __init__(self, *a):
        list.__init__(self, *a)
        self.log = []
    def append(self, x):
        self.log.append('append %r' % (x,))
        list.append(self, x)
    def __setitem__(self, i, v):
        self.log.append('set %r' % (i,))
        list.__setitem__(self, i, v)
    def __getitem__(self, i):
        self.log.append('get %r' % (i,))
        return list.__getitem__(self, i)

l = Logged([5, 6])
l.append(7)
l[0] = 50
x = l[1]
l.extend([8])
l += [9]
print l, x
print l.log
print [v for v in l]
print l.log[-1]

class Sorted(list):
    def __init__(self, items=()):
        list.__init__(self, sorted(items))
    def add(self, x):
        self.append(x)
        self.sort()
    def __repr__(self):
        return 'Sorted(%s)' % list.__repr__(self)
so = Sorted([3, 1, 2])
so.add(0)
print so, str(so), [so]
so.reverse()
print so

class Bounded(list):
    limit = 3
    def append(self, x):
        if len(self) >= self.limit:
            raise OverflowError('list full: %d items' % len(self))
        list.append(self, x)
b = Bounded()
b.append('a'); b.append('b'); b.append('c')
print b
b.append('d')

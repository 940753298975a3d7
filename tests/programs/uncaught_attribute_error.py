# Uncaught AttributeError: calling a method a list does not have ("'list' object has no attribute 'push'").
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print p.x, p.y, hasattr(p, 'z'), getattr(p, 'z', 'no z')
try:
    p.z
except AttributeError as e:
    print 'AttributeError:', e
try:
    'text'.nonexistent()
except AttributeError as e:
    print 'AttributeError:', e
try:
    (5).real = 1
except AttributeError as e:
    print 'AttributeError:', e

stack = []
stack.append(1)
stack.append(2)
print stack.pop(), stack
stack.push(3)
print 'unreachable'

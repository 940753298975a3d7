# Class vs instance attributes: shadowing, mutation of shared class lists, __dict__ contents, del restores class value.
class Widget(object):
    count = 0
    tags = []
    color = 'grey'
    def __init__(self, name):
        self.name = name
        Widget.count += 1
    def paint(self, color):
        self.color = color

a = Widget('a')
b = Widget('b')
print Widget.count, a.count, b.count
a.count = 100
print Widget.count, a.count, b.count
a.tags.append('shared')
print b.tags, Widget.tags
b.tags = ['own']
print a.tags, b.tags, Widget.tags
a.paint('red')
print a.color, b.color, Widget.color
print sorted(a.__dict__.items())
print sorted(b.__dict__.keys())
del a.color
print a.color
Widget.color = 'blue'
print a.color, b.color
try:
    del a.color
except AttributeError as e:
    print 'AttributeError:', e
print 'color' in Widget.__dict__, 'name' in Widget.__dict__
print hasattr(a, 'name'), hasattr(Widget, 'name')
setattr(Widget, 'shape', 'square')
print a.shape, getattr(b, 'shape'), getattr(b, 'nothing', 'default')
delattr(Widget, 'shape')
print hasattr(a, 'shape')
a.__dict__['direct'] = 42
print a.direct
print Widget.__name__, Widget.__module__, a.__class__ is Widget
Widget.paint(b, 'green')
print b.color
print vars(b) == b.__dict__
try:
    print Widget.name
except AttributeError as e:
    print 'AttributeError:', e

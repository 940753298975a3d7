# Classic instance attribute lookup: instance dict, then class, then bases; methods bound on access, class-level functions, __getattr__/__setattr__/__delattr__.
class Base:
    kind = 'base'
    def describe(self):
        return '%s:%s' % (self.kind, self.name)

class Item(Base):
    kind = 'item'
    def __init__(self, name):
        self.name = name

i = Item('lamp')
print i.describe(), Item.kind, Base.kind
i.kind = 'custom'
print i.describe(), Item.describe(i), Base.describe(i)
m = i.describe
print m(), m.im_self is i, m.im_class, m.im_func.__name__
print Item.describe
print Item.describe.im_class, Item.describe.im_self

def extra(self, suffix):
    return self.name + suffix
Item.extra = extra
print i.extra('!')
i.f = extra
try:
    i.f('?')
except TypeError as e:
    print 'TypeError:', e
print i.f(i, '?')

class Guard:
    def __init__(self):
        self.__dict__['log'] = []
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        self.__dict__[name] = value
    def __delattr__(self, name):
        self.log.append('del ' + name)
        del self.__dict__[name]
    def __getattr__(self, name):
        self.log.append('miss ' + name)
        if name == 'magic':
            return 42
        raise AttributeError(name)
g = Guard()
g.a = 1
print g.a, g.magic
del g.a
try:
    g.a
except AttributeError as e:
    print 'AttributeError:', e
print g.log
try:
    del g.nothere
except KeyError as e:
    print 'KeyError:', e

class Private:
    def __init__(self):
        self.__secret = 's'
        self._half = 'h'
    def reveal(self):
        return self.__secret
p = Private()
print p.reveal(), p._half, sorted(p.__dict__.keys()), p._Private__secret
try:
    p.__secret
except AttributeError as e:
    print 'AttributeError:', e
class NewPrivate(object):
    __slots__ = ('__x',)
    def __init__(self):
        self.__x = 1
print NewPrivate.__slots__, sorted(k for k in dir(NewPrivate) if 'x' in k)

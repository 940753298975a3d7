# __getattr__ (only on failure), __getattribute__ (always), __setattr__, __delattr__, object.__setattr__ bypass, recursion-safe patterns.
class Lazy(object):
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        print '  __getattr__', name
        if name.startswith('computed_'):
            value = name[9:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError('Lazy has no %r' % name)

z = Lazy()
print z.real
print z.computed_x
print z.computed_x
print getattr(z, 'missing', 'dflt'), hasattr(z, 'other')
try:
    z.nothing
except AttributeError as e:
    print 'AttributeError:', e

class Audit(object):
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set %s=%r' % (name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
    def method(self):
        return 'm'

au = Audit()
au.b = au.a + 1
au.method()
del au.a
try:
    au.a
except AttributeError as e:
    print 'AttributeError:', e
print au.log

class Both(object):
    x = 'class x'
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback %s' % name
b = Both()
print b.x, b.boom, b.other

class Frozen(object):
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("can't set %s on frozen" % name)
    def __delattr__(self, name):
        raise AttributeError("can't delete %s" % name)
f = Frozen(x=1)
print f.x
for action in ('set', 'del'):
    try:
        if action == 'set':
            f.x = 2
        else:
            del f.x
    except AttributeError as e:
        print 'AttributeError:', e

class Proxy(object):
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print p._target, p.count(1), p.index(2)
try:
    len(p)
except TypeError as e:
    print 'TypeError:', e

class Classic:
    def __getattr__(self, name):
        return 'classic ' + name
    def __setattr__(self, name, value):
        self.__dict__[name] = value * 2
c = Classic()
c.v = 5
print c.v, c.missing
del c.v
print c.v

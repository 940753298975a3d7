# Metaclasses as classes: __new__/__init__/__call__ of the metaclass, attributes added, registry, inheritance of metaclass.
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, attrs):
        print 'Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in attrs if not k.startswith('__'))
        attrs['created_by'] = 'Meta'
        attrs['upper_name'] = name.upper()
        cls = super(Meta, mcs).__new__(mcs, name, bases, attrs)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, attrs):
        print 'Meta.__init__', name
        super(Meta, cls).__init__(name, bases, attrs)
        cls.initialized = True
    def __call__(cls, *args, **kw):
        print 'Meta.__call__', cls.__name__, args
        inst = super(Meta, cls).__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def describe(cls):
        return 'class %s' % cls.__name__

class Base(object):
    __metaclass__ = Meta
    def __init__(self, v=0):
        self.v = v
    def method(self):
        return 1

class Child(Base):
    extra = 5

print Meta.registry
print Base.created_by, Child.upper_name, Child.initialized
print type(Base).__name__, type(Child).__name__, isinstance(Child, Meta)
c = Child(7)
print c.v, c.via_meta
print Child.describe()
try:
    c.describe()
except AttributeError as e:
    print 'AttributeError:', e
print hasattr(Child, 'describe'), 'describe' in dir(Child)

class Plain(object):
    pass
print type(Plain).__name__, type(type).__name__

class Counting(type):
    def __call__(cls, *a):
        cls.instances = getattr(cls, 'instances', 0) + 1
        return type.__call__(cls, *a)
class Thing(object):
    __metaclass__ = Counting
Thing(); Thing(); Thing()
print Thing.instances

class Auto(type):
    def __new__(mcs, name, bases, d):
        for k, v in list(d.items()):
            if k.startswith('get_'):
                d[k[4:]] = property(v)
        return type.__new__(mcs, name, bases, d)
class Person(object):
    __metaclass__ = Auto
    def __init__(self, n):
        self.n = n
    def get_name(self):
        return self.n.title()
print Person('ada lovelace').name

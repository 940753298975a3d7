# A built-in type's __module__ comes from type's descriptor, not from its dict: dir() of built-in objects and types, their reprs.
for o in [1, 'x', [], {}, (), set(), ValueError('x'), 1.5, None, len, object(), xrange(2), iter([])]:
    t = type(o)
    print t.__name__, hasattr(o, '__module__'), '__module__' in dir(o), '__module__' in dir(t), '__module__' in t.__dict__, t.__module__, repr(t)
print len.__module__, [].append.__module__, ValueError.__module__, KeyError.__module__, repr(KeyError)
print object.__module__, type.__module__, '__module__' in type.__dict__, '__module__' in object.__dict__
class C(object):
    pass
class E(ValueError):
    pass
print C.__module__, repr(C), E.__module__, repr(E), '__module__' in dir(E), '__module__' in E.__dict__
print sorted(n for n in dir(1) if n.startswith('__m'))
print sorted(n for n in dir(ValueError) if n.startswith('__m'))

# Class body scoping: names defined earlier in the body, class names not visible inside methods, comprehensions in class bodies, locals(), nested classes.
x = 'module x'
class Scope(object):
    x = 'class x'
    y = x + ' copied'
    items = [x for _ in range(2)]
    names = sorted(k for k in locals().keys() if not k.startswith('__'))
    def method(self):
        return x
    def method2(self):
        return self.x
    class Inner(object):
        z = 'inner z'
        def who(self):
            return type(self).__name__
    nested_name = Inner.__name__

print Scope.y, Scope.items, Scope.names
print Scope().method(), Scope().method2()
print Scope.Inner.z, Scope.Inner().who(), Scope.nested_name
print Scope.Inner.__name__, Scope.Inner.__module__

def factory(base_value):
    class Made(object):
        value = base_value
        def get(self):
            return self.value, base_value
    return Made
M1 = factory(1)
M2 = factory(2)
print M1().get(), M2().get(), M1 is M2, M1.__name__ == M2.__name__

def counter_class():
    count = [0]
    class Counted(object):
        def __init__(self):
            count[0] += 1
        @staticmethod
        def total():
            return count[0]
    return Counted
Cc = counter_class()
Cc(); Cc()
print Cc.total()

class Loop(object):
    total = 0
    for i in range(5):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False
print Loop.total, Loop.big, hasattr(Loop, 'i')

class Doc(object):
    """The docstring."""
    __doc__ += ' Extended.'
print Doc.__doc__

class UsesLambda(object):
    factor = 3
    scale = lambda self, v: v * self.factor
print UsesLambda().scale(4)

class Private(object):
    __hidden = 1
    def get(self):
        return self.__hidden
    class __Nested(object):
        pass
print Private().get(), sorted(k for k in Private.__dict__ if 'hidden' in k or 'Nested' in k)
class Ret(object):
    try:
        value = undefined_name
    except NameError as e:
        value = 'NameError: %s' % e
print Ret.value
class Broken(object):
    a = 1
    def f(self):
        return a
Broken().f()

# Special methods are looked up on the type for new-style classes (instance attributes ignored), but on the instance for classic; assigning to the class later works.
class New(object):
    pass
n = New()
n.__len__ = lambda: 5
n.__repr__ = lambda: 'instance repr'
n.__add__ = lambda o: 'instance add'
print n.__len__(), n.__add__(1)
try:
    len(n)
except TypeError as e:
    print 'TypeError:', e
try:
    n + 1
except TypeError as e:
    print 'TypeError:', e
print repr(n).startswith('<__main__.New object')

New.__len__ = lambda self: 42
New.__add__ = lambda self, o: 'class add %r' % (o,)
New.__repr__ = lambda self: 'class repr'
print len(n), n + 1, repr(n), [n]
del New.__len__
try:
    len(n)
except TypeError as e:
    print 'TypeError:', e

class Old:
    pass
o = Old()
o.__len__ = lambda: 7
o.__add__ = lambda other: 'classic instance add %r' % (other,)
print len(o), o + 2
Old.__len__ = lambda self: 8
print len(o), len(Old())

class Getattr(object):
    def __getattr__(self, name):
        return lambda *a: 'getattr %s' % name
g = Getattr()
print g.__len__(), g.anything()
try:
    len(g)
except TypeError as e:
    print 'TypeError:', e
try:
    iter(g)
except TypeError as e:
    print 'TypeError:', e

class GetattributeAll(object):
    def __getattribute__(self, name):
        return lambda *a: 'getattribute %s' % name
ga = GetattributeAll()
print ga.__str__(), ga.foo()
print str(ga).startswith('<__main__.GetattributeAll object')

class Sub(New):
    pass
New.__neg__ = lambda self: 'neg via base added late'
print -Sub()
class CallOnType(object):
    pass
c = CallOnType()
c.__call__ = lambda: 'never'
CallOnType.__call__ = lambda self: 'type call'
print c()
CallOnType.__getitem__ = lambda self, k: k * 2
CallOnType.__iter__ = lambda self: iter('ab')
print c[21], list(c)
n()

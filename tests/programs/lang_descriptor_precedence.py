# Descriptor protocol: data vs non-data descriptors vs instance __dict__ precedence, __delete__, access on the class.
class Data(object):
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner):
        if obj is None:
            return 'Data(%s) on class %s' % (self.tag, owner.__name__)
        return 'data-%s' % self.tag
    def __set__(self, obj, value):
        print 'Data.__set__', self.tag, value
        obj.__dict__['_' + self.tag] = value
    def __delete__(self, obj):
        print 'Data.__delete__', self.tag

class NonData(object):
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner):
        return 'nondata-%s' % self.tag

class SetOnly(object):
    def __set__(self, obj, value):
        print 'SetOnly.__set__', value

class C(object):
    d = Data('d')
    n = NonData('n')
    s = SetOnly()

c = C()
print c.d, c.n
print C.d
print C.n
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print c.d, c.n
c.d = 5
print c._d
del c.d
c.n = 'assigned'
print c.n, c.__dict__['n']
del c.n
print c.n
c.s = 3
print 's' in c.__dict__
print type(c.s).__name__
c.__dict__['s'] = 'from dict'
print c.s

class Sub(C):
    n = 'plain class attribute'
print Sub().n, Sub().d

class Counted(object):
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads
class U(object):
    hits = Counted()
u = U()
print u.hits, u.hits, U.hits
print U.__dict__['hits'].reads

def f(self):
    return 'f called on %s' % type(self).__name__
class M(object):
    pass
M.f = f
print M().f()
print f.__get__(M(), M)()
print type(f.__get__(None, M)).__name__

# Order in which special methods run for compound expressions: precedence, left-to-right evaluation, short-circuit with __nonzero__, chained comparisons calling each operand once.
class T(object):
    def __init__(self, name, value=1):
        self.name, self.value = name, value
    def _log(self, op, other):
        print '  %s %s %s' % (self.name, op, getattr(other, 'name', other))
    def __add__(self, o):
        self._log('+', o); return T('(%s+%s)' % (self.name, o.name))
    def __mul__(self, o):
        self._log('*', o); return T('(%s*%s)' % (self.name, o.name))
    def __sub__(self, o):
        self._log('-', o); return T('(%s-%s)' % (self.name, o.name))
    def __pow__(self, o):
        self._log('**', o); return T('(%s**%s)' % (self.name, o.name))
    def __neg__(self):
        print '  neg', self.name; return T('-' + self.name)
    def __lt__(self, o):
        self._log('<', o); return self.value < o.value
    def __nonzero__(self):
        print '  bool', self.name; return bool(self.value)
    def __getitem__(self, k):
        print '  getitem', self.name, k; return T('%s[%s]' % (self.name, k))
    def __call__(self, *a):
        print '  call', self.name, len(a); return T(self.name + '()')

def v(name, value=1):
    print '  eval', name
    return T(name, value)

print (v('a') + v('b') * v('c')).name
print (v('a') * v('b') + v('c') * v('d')).name
print (v('a') - v('b') - v('c')).name
print (v('a') ** v('b') ** v('c')).name
print (-v('a') ** v('b')).name
print v('a', 1) < v('b', 2) < v('c', 0)
print v('a', 3) < v('b', 2) < v('c', 5)
r = v('x', 0) and v('y')
print r.name
r = v('x', 0) or v('y', 5)
print r.name
print (v('f')(v('arg1'), v('arg2'))[v('k').name]).name
d = {}
d[v('key').name] = v('val').name
print d
print [v('l1').name, v('l2').name], (v('t1').name, v('t2').name)
print not v('n', 0)
def kwf(**kw):
    return sorted(kw)
print kwf(b=v('B').name, a=v('A').name)

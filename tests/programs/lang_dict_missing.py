# dict subclasses: __missing__ for defaults, counting, nested autovivification; KeyError when __missing__ absent ends uncaught.
class Default(dict):
    def __init__(self, factory, *args, **kw):
        dict.__init__(self, *args, **kw)
        self.factory = factory
    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value

groups = Default(list)
for word in 'apple avocado banana blueberry cherry apricot'.split():
    groups[word[0]].append(word)
print sorted(groups.items())
print groups.get('z'), 'z' in groups, len(groups)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print sorted(c.items()), c['q'], 'q' in c

class Tree(dict):
    def __missing__(self, key):
        t = self[key] = Tree()
        return t
t = Tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
print t
print isinstance(t['a'], Tree), type(t).__name__

class Echo(dict):
    def __missing__(self, key):
        return 'missing:%s' % (key,)
e = Echo(a=1)
print e['a'], e['b'], e[(1, 2)]
print e.get('b', 'get does not call __missing__')
print '%(a)s %(zz)s' % e

class Lower(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.lower(), value)
l = Lower()
l['HeLLo'] = 5
print l['HELLO'], l.keys(), dict(l)
l2 = Lower(Mixed=1)
print l2.keys()
try:
    l['nope']
except KeyError as ex:
    print 'KeyError:', ex

class Plain(dict):
    pass
p = Plain(x=1)
p.attr = 'attrs work'
print p.attr, p, repr(p), p == {'x': 1}
print p['y']

# dict methods: get/setdefault/pop/popitem/keys/values/items/iter*/update/has_key/fromkeys/copy/clear.
d = {'a': 1, 'b': 2}
print d.get('a'), d.get('z'), d.get('z', 0), d['b']
print d.setdefault('c', 3), d.setdefault('a', 100), sorted(d.items())
print d.pop('c'), d.pop('zz', 'missing'), sorted(d)
try:
    d.pop('zz')
except KeyError as e:
    print 'KeyError:', e
print d.has_key('a'), d.has_key('q'), 'a' in d, 'q' not in d
print sorted(d.keys()), sorted(d.values()), sorted(d.items())
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems())
d.update({'x': 10})
d.update([('y', 20)], z=30)
d.update(a=-1)
print sorted(d.items()), len(d)
print dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0)
e = d.copy()
e['new'] = True
print len(d), len(e), 'new' in d
print dict(a=1, b=2) == {'b': 2, 'a': 1}, dict([('k', 'v')]), dict(zip('xy', [1, 2])) == {'x': 1, 'y': 2}
single = {'only': 1}
print single.popitem(), single
try:
    single.popitem()
except KeyError as e:
    print 'KeyError:', e
d.clear()
print d, len(d)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print w, counts[w]
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print sorted(groups.items())
inverse = dict((v, k) for k, v in {'one': 1, 'two': 2}.items())
print sorted(inverse.items())
print {}.get('x', []), {1: None}.get(1, 'default')
print d.fromkeys is not None, type(d.keys()).__name__, type(d.iteritems()).__name__
try:
    {}['missing']
except KeyError as e:
    print 'KeyError:', e, repr(e), e.args
try:
    {[1]: 2}
except TypeError as e:
    print 'TypeError:', e
print {1: 'a', 1.0: 'b'}, {(1, 2): 'tuple key'}[(1, 2)]

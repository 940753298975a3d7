# str versus repr inside containers; nested and recursive (self-containing) reprs.
items = ['text', u'uni', 1, 2L, 1.5, 1e20, None, True, (1,), [], {}, 'q"uote', "it's"]
print items
print str(items) == repr(items)
for it in items:
    print str(it), repr(it)
print ('a', ['b', ('c', {'d': ['e']})])
print [[[]]], [(), ((),)], {'k': {'k': {'k': 'v'}}}
loop = [1, 2]
loop.append(loop)
print loop, len(loop)
d = {'self': None}
d['self'] = d
print d
t = ([],)
t[0].append(t)
print t
pair = [[], []]
pair[0].append(pair[1])
pair[1].append(pair[0])
print pair
print str('x'), str(['x']), str(('x',)), str({'x': 'y'}), str(set(['x']))
print u'abc', [u'abc'], (u'a', 'b')
print 0.1, [0.1], (0.1,), {0.1: 0.1}
print 1.0 / 3, [1.0 / 3], str([1.0 / 3]), '%s' % [1.0 / 3]
print [1 + 2j], [-0.0], [float('inf')], [10 ** 20], [2 ** 63]
print repr([xrange(3), slice(1, 2), Ellipsis])

# %-formatting of s, r, c and %%, dict-based %(name)s, tuples as arguments, and str/repr choice.
print '%s and %r' % ('text', 'text')
print '%s|%r' % (u'uni', u'uni'), '%s|%r' % (None, None), '%s|%r' % ([1, 'a'], [1, 'a'])
print '%10s|%-10s|%.2s|%10.4s|' % ('right', 'left', 'truncate', 'precise')
print '%s' % (('one', 'tuple'),), '%s' % [('list', 'of', 'tuple')], '%s' % 'single'
print '%s %s' % ('a', 'b'), '%s' % 5, '%s-%s' % (1.5, 2L)
info = {'name': 'Ann', 'age': 31, 'score': 97.456}
print '%(name)s is %(age)d years old, score %(score).1f' % info
print '%(name)r %(name)s %(age)05d %(age)x %(score)10.2f|' % info
print '%(missing)s' % {'missing': 'found'}, '%(a)s%(a)s' % {'a': 'twice '}
print '%(x)s %%' % {'x': 1}, '%()s' % {'': 'empty key'}
print '%c%c' % ('o', 'k'), '%5s|%-5s|' % (True, None), '%s' % (0.1,)
print '%s' % {'k': 'v'}, '%s' % set([1]), '%r' % ('tuple',)
print 'unicode: %s' % u'promotes', type('%s' % u'x').__name__, type('%s' % 'x').__name__
print '%s' % type(1), '%s' % type
template = '%-10s %5s %8s'
print template % ('item', 'qty', 'price')
for item, qty, price in [('pen', 3, 1.5), ('notebook', 10, 12.25)]:
    print '%-10s %5d %8.2f' % (item, qty, price)
print '%s' % [], '%s' % ((),), '%s%s' % ((), [])
print '%-5s|' % 'ab', '%05s|' % 'ab', '%+s|' % 'ab', '% s|' % 'ab'
print 'no args' % (), 'no args' % {}, 'ok' % []
print '%(a)s' % {'a': 1, 'b': 2}, '%s' % {'a': 1}
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return 'Point(%s, %s)' % (self.x, self.y)
    def __repr__(self):
        return 'P<%r,%r>' % (self.x, self.y)
p = Point(1, 'y')
print '%s %r' % (p, p), [p], str(p), repr(p)

# unicode with % formatting and str.format: result types, widths counted in code points, %r of unicode, format specs, mixing str arguments; encode the results for output.
u = u'\xfcber'
r1 = u'[%8s]' % u
r2 = '[%-8s]' % u
print repr(r1), repr(r2), type(r2).__name__
print repr(u'%r' % u), repr('%r' % u), repr('%s' % 'plain')
print repr(u'%d %5.2f %x %c' % (42, 3.14159, 255, 0x263a))
print repr(u'{0:>8}|{1:^7}|{2!r}'.format(u, u'\u4e2d', u))
print repr('{0}'.format(u)) if False else repr(u'{0}'.format('bytes'))
try:
    '{0}'.format(u)
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
print repr(u'%(name)s is %(age)d' % {'name': u'J\xfcrgen', 'age': 30})
print repr(u'%s' % [u'\xe9']), repr(u'%s' % (u'\xe9',))
print repr(u'{:,}'.format(1234567)), repr(u'{0:08.3f}'.format(-3.5)), repr(u'{0:+d}'.format(7))
print repr(u'%.3s|%5.1s|' % (u'\xe9\xe8\xea\xeb', u'\xe0\xe1'))
print repr(u'%s and %s' % ('a', u'b')), repr('%s and %s' % (u'a', 'b'))
print (u'caf\xe9 %s' % 'ok').encode('utf-8')
print repr(format(u'\xe9', '*^5')), repr(format(u'x', '')), type(format(u'x', '')).__name__
print repr(u'%%' % ()), repr(u'100%% %s' % u'done')
try:
    u'%s %s' % (u'one',)
except TypeError as e:
    print 'TypeError:', e
try:
    u'%d' % u'x'
except TypeError as e:
    print 'TypeError:', e
print repr(u'{0[k]} {1.real}'.format({'k': u'\xe9'}, 3))
print repr(u'{}-{}'.format(1, u'\u2603'))
print repr(u'\t'.join([u'a', u'\xe9']).expandtabs(4))
print '%s' % u'\xe9'

# Printing unicode strings of ASCII text (stdout encoding is None, so ASCII is used), and mixing with str.
u = u'hello unicode'
print u
print u, 'and str'
print type(u), len(u), u.upper(), u.title()
print [u], (u,), {u'key': u'value'}
print u + ' joined', 'str ' + u, type('a' + u'b')
print u'%s and %s' % ('str', u'uni'), type('%s' % u'x')
print '{0}'.format(u'format'), u'{0}'.format('str arg')
print unicode(42), unicode(1.5), unicode([1, 'a']), unicode(None)
print u'abc' == 'abc', u'abc' is 'abc', hash(u'abc') == hash('abc')
print u'x'.join([u'a', 'b']), ', '.join([u'a', 'b'])
print str(u'ascii only'), repr(str(u'ascii'))
print u'  strip me  '.strip(), u'a,b'.split(u','), u'abc'.replace('b', u'B')
print u'unicode'.encode('ascii'), repr(u'unicode'.encode('ascii'))
print repr(u'\xe9'), repr(u'\u2603'), len(u'\u2603')
try:
    print str(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
try:
    print unicode('caf\xc3\xa9')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print u'caf\xe9'.encode('utf-8') == 'caf\xc3\xa9', repr('caf\xc3\xa9'.decode('utf-8'))
print unichr(65), repr(unichr(233)), ord(u'A'), ord(u'\xe9')
print isinstance(u'', basestring), isinstance('', basestring), isinstance(u'', str)
print u'abc'[1], u'abc'[::-1], u'abc' * 2, u'b' in u'abc', 'b' in u'abc'
print sorted([u'b', 'a', u'c']), max(u'xyz'), u'Abc'.lower()

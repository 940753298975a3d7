# Mixing str and unicode: implicit ASCII decode on +, ==, in, join, %, comparisons, dict keys; UnicodeDecodeError message; ends uncaught.
print repr('abc' + u'def'), repr(u'x' + 'y'), type('a' + u'b').__name__
print 'abc' == u'abc', hash('abc') == hash(u'abc'), {'k': 1}[u'k'], {u'k': 2}['k']
print 'b' in u'abc', u'b' in 'abc', repr(''.join(['a', u'b', 'c'])), repr(u''.join(['a', 'b']))
print repr('%s and %s' % ('str', u'uni')), repr(u'%s' % 'str'), repr('%r' % u'x')
print repr(str(u'ascii')), repr(unicode('ascii')), 'a' < u'b', cmp(u'a', 'a')
print sorted(['b', u'a', 'c']), repr(max('a', u'b')), repr('x'.join([u'1', u'2']))
print repr('abc'.replace('b', u'B')), repr('a,b'.split(u',')), repr(u'a-b'.split('-'))
print repr('caf\xc3\xa9'.decode('utf-8')), repr(u'caf\xe9'.encode('utf-8'))
s = set(['a', u'a', 'b'])
print len(s)
try:
    'caf\xc3\xa9' + u'!'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
    print e.encoding, repr(e.object), e.start, e.end, e.reason
try:
    str(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
try:
    '\xff' in u'abc'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    u'%s' % '\xe9'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    u'-'.join(['ok', '\x80'])
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print isinstance(u'', basestring), isinstance('', basestring), issubclass(unicode, basestring)
print repr(unicode(5)), repr(unicode(1.5)), repr(unicode([1, 'a'])), repr(unicode(None))
print 'done mixing'
result = 'Gr\xc3\xbc\xc3\x9fe' + u' aus K\xf6ln'

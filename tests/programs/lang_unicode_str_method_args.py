# str methods given unicode arguments promote to unicode: replace, split, join, strip, startswith, find, partition, count, center fill, % and in.
s = 'alpha,beta,gamma'
print repr(s.replace(',', u';')), repr(s.split(u',')), repr(s.rsplit(u',', 1)), repr(u','.join(s.split(',')))
print repr(s.strip(u'a')), repr(s.lstrip(u'al')), repr('xxhixx'.rstrip(u'x'))
print s.startswith(u'alp'), s.endswith(u'ma'), s.find(u'beta'), s.count(u'a'), s.index(u'g')
print repr(s.partition(u',')), repr(s.rpartition(u','))
print u'beta' in s, 'beta' in u'alphabeta'
print repr('ab'.center(6, u'*')) if False else 'center fill must be str'
try:
    'ab'.center(6, u'*')
except TypeError as e:
    print 'TypeError:', e
print repr('%s' % u'x'), repr('a' + u'b'), repr('a' * 2 + u'')
try:
    s.replace(',', u'\xe9').encode('ascii')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
print repr(s.replace(',', u'\xe9'))
try:
    '\xe9,x'.split(u',')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print repr(u'abc'.replace('b', 'B')), repr(u'a-b'.split('-')), repr(u'x'.join(['1', '2']))
print repr(str(u'abc').upper()), repr('abc'.decode('ascii').upper())
print repr(' '.join([u'mixed', 'types'])), type(''.join([])).__name__, type(u''.join([])).__name__
print repr('abc'.translate({ord('a'): u'A'})) if False else repr(u'abc'.translate({ord(u'a'): u'A'}))
print sorted(set(['a', u'b', 'b', u'a'])), repr(max(['a', u'b']))

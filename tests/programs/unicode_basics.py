# unicode and unichr basics: construction, methods, mixing with str, encoding to ASCII and UTF-8 bytes.
u = unicode('plain ascii')
print u, repr(u), type(u).__name__, len(u)
print unichr(97), repr(unichr(0xe9)), repr(unichr(0x20ac)), ord(unichr(1000))
print repr(u'abc' + 'def'), repr('abc' + u'def'), repr(u'x' * 3)
print u'Hello World'.lower(), u'hello world'.title(), u'  pad  '.strip(), u'a-b-c'.split(u'-')
print u'abc'.find(u'c'), u'abc'.replace(u'b', u'B'), u'abc'.startswith('a'), u'abc'.upper()
print u'12'.isdigit(), u'\u00e9'.isalpha(), u'ABC'.isupper(), u' \t'.isspace()
print u'x'.isnumeric(), u'42'.isnumeric(), u'42'.isdecimal()
print repr(u'caf\xe9'.encode('utf-8')), repr('caf\xc3\xa9'.decode('utf-8')), repr(u'abc'.encode('ascii'))
print repr(u'\u20ac'.encode('utf-8')), len(u'\u20ac'.encode('utf-8'))
print unicode('abc') == 'abc', u'abc' < 'abd', sorted([u'b', 'a']), u'a' in 'abc', 'a' in u'abc'
print repr(unicode(5)), repr(unicode(2.5)), repr(unicode([u'x'])), repr(u'%d items' % 3)
print repr(u'{0}-{1}'.format(1, u'two')), repr('%s' % u'promoted')
print repr(u''.join([u'a', 'b', u'c'])), repr(' '.join([u'x', 'y'])), repr(u','.join('ab'))
for bad in [lambda: unicode('\xff'), lambda: u'\xff'.encode('ascii'), lambda: 'x' + 5]:
    try:
        bad()
    except (ValueError, UnicodeError, TypeError) as e:
        print type(e).__name__ + ':', e
print repr(u'stra\xdfe'.upper()), repr(u'\xc9T\xc9'.lower())
print repr(u'tab\there'), repr(u"quote'"), repr(u'both\'"'), repr(u'\\')
word = u'na\xefve'
print len(word), repr(word[2]), repr(word[::-1]), word.encode('utf-8') == 'na\xc3\xafve'

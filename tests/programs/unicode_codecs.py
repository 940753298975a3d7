# encode/decode with UTF-8, ASCII and Latin-1: names, error handlers, UnicodeError fields, unicode(s, encoding).
text = u'caf\xe9 \u20ac\U0001f600'
utf8 = text.encode('utf-8')
print repr(utf8), repr(utf8.decode('utf-8')), utf8.decode('UTF8') == text
for name in ['utf-8', 'UTF-8', 'utf8', 'U8', 'utf_8', 'latin-1', 'Latin1', 'iso-8859-1', 'ascii', 'US-ASCII', '646']:
    print name, repr(u'abc'.encode(name)), repr('abc'.decode(name))
print repr(u'\xe9'.encode('latin-1')), repr('\xe9\xff'.decode('latin-1')), repr(u'\ud800'.encode('utf-8'))
for errors in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    print errors, repr(text.encode('ascii', errors)), repr(text.encode('latin-1', errors))
for errors in ['ignore', 'replace']:
    print errors, repr('a\xc3x\xffb\xe2\x82'.decode('utf-8', errors)), repr('a\xe9b'.decode('ascii', errors))
print repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('caf\xe9', 'latin-1')), repr(unicode('\xff', 'ascii', 'replace'))
print repr(unicode(encoding='utf-8')), repr(unicode('', 'nonsense')), repr(unicode(string='x'))
print repr(u'abc'.encode(encoding='latin-1')), repr('abc'.decode(errors='strict', encoding='utf8'))
for bad in ['\xff', 'a\xe2\x82', '\xe0\x80\x80', '\xf4\x90\x80\x80', '\xc3x', '\xed\xa0']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError:', e, '|', e.args, e.start, e.end
for call in [lambda: u'a\xe9\xe9b'.encode('ascii'), lambda: u'\u20ac'.encode('latin-1'),
             lambda: u'x\U0001f600'.encode('ascii'), lambda: 'caf\xe9'.encode('utf-8'),
             lambda: u'caf\xe9'.decode('utf-8'), lambda: unicode('caf\xe9'), lambda: str(u'caf\xe9'),
             lambda: u'x'.encode('nonsense'), lambda: 'x'.decode('utf.8'), lambda: u'\xe9'.encode('ascii', 'nonsense'),
             lambda: '\xff'.decode('utf-8', 'xmlcharrefreplace'), lambda: u'x'.encode(None),
             lambda: u'x'.encode('utf-8\x00'), lambda: unicode(u'x', 'utf-8'), lambda: unicode(5, 'utf-8'),
             lambda: unicode('x', 5), lambda: u'x'.encode('ascii', encoding='x'), lambda: u'x'.encode(foo=1)]:
    try:
        print repr(call())
    except (UnicodeError, LookupError, TypeError) as e:
        print type(e).__name__ + ':', e
e = UnicodeEncodeError('ascii', u'\xe9x', 0, 1, 'bad')
print repr(e), e.encoding, repr(e.object), e.start, e.end, e.reason
e.end = 2
print e
print u'\xe9'.encode('ascii')

# encode/decode with utf-8, ascii, latin-1 and utf-16 under strict, ignore and replace error handlers; error objects and messages.
u = u'na\xefve \u2603 caf\xe9'
for enc in ('utf-8', 'latin-1', 'ascii'):
    for errors in ('ignore', 'replace'):
        print enc, errors, repr(u.encode(enc, errors))
print repr(u.encode('utf-8'))
print repr(u.encode('utf-16-le')), repr(u'ab'.encode('utf-16-be'))
for enc in ('latin-1', 'ascii'):
    try:
        u.encode(enc)
    except UnicodeEncodeError as e:
        print 'UnicodeEncodeError:', e
        print '  ', e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end])
raw = 'caf\xc3\xa9 \xff\xfe end'
for errors in ('ignore', 'replace'):
    print 'utf-8', errors, repr(raw.decode('utf-8', errors))
    print 'ascii', errors, repr(raw.decode('ascii', errors))
print repr(raw.decode('latin-1'))
for enc in ('utf-8', 'ascii'):
    try:
        raw.decode(enc)
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError:', e
        print '  ', e.encoding, e.start, e.end, e.reason
for bad in ('\xc3', '\xe2\x98', '\xc3\x28', '\xed\xa0\x80', '\xf8\x88\x80\x80\x80'):
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print repr(bad), e.reason, e.start, e.end
print repr('abc'.decode('utf-8')), type('abc'.decode('ascii')).__name__
print repr(u'\u20ac'.encode('utf-8')), repr('\xe2\x82\xac'.decode('utf-8'))
print repr(u'x'.encode('UTF8')), repr(u'y'.encode('Latin1')), repr(u'z'.encode('us-ascii')), repr(u'w'.encode('iso-8859-1'))
print repr('\xff'.decode('latin_1')), repr(u'\xff'.encode('l1'))
try:
    u'x'.encode('no-such-codec')
except LookupError as e:
    print 'LookupError:', e
try:
    u'x'.encode('utf-8', 'bogus-handler')
    print 'unused handler is fine'
    u'\xe9'.encode('ascii', 'bogus-handler')
except LookupError as e:
    print 'LookupError:', e
print repr(u'\U0001F600'.encode('utf-8')), len(u'\U0001F600'), repr('\xf0\x9f\x98\x80'.decode('utf-8'))
print repr(u'\xe9'.encode('utf-8').decode('latin-1')), repr(u'caf\xe9'.encode('ascii', 'xmlcharrefreplace')), repr(u'\u2603'.encode('ascii', 'backslashreplace'))
print repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('\xe9', 'latin-1')), repr(unicode('\xe9', 'ascii', 'replace'))
u'\u2603 snowman'.encode('ascii')

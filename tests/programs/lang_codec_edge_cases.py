# Codec edge cases: UTF-16/32 byte order marks and faults under each error handler, escape codecs' faults, \N{} names, string_escape errors, unicode.translate results and errors, str % unicode switching to unicode part-way, unicode() of exceptions.
def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__ + ':', e
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            print '   ', e.encoding, e.start, e.end, repr(e.reason)

for data, enc in [('abc', 'utf-16'), ('\xfe\xff\x00h\x00', 'utf-16'), ('\x00\xd8a\x00', 'utf-16-le'),
                  ('\xdc\x00', 'utf-16-be'), ('\x00\xd8a', 'utf-16-le'), ('abcde', 'utf-32'),
                  ('\x00\x00\x11\x00', 'utf-32-le'), ('\x00\x00\xfe\xff\x00\x00\x00h', 'utf-32'),
                  ('\\u12xy', 'unicode_escape'), ('a\\', 'unicode_escape'), ('\\U00110000z', 'unicode_escape'),
                  ('\\N{}x', 'unicode_escape'), ('\\Nx', 'unicode_escape'), ('\\N{SNOWMAN', 'unicode_escape'),
                  ('\\U1234567z', 'raw_unicode_escape'), ('\\U00110000', 'raw_unicode_escape')]:
    for errors in ('strict', 'replace', 'ignore'):
        show(lambda: data.decode(enc, errors))
show(lambda: 'ab'.decode('utf-16', 'no-such-handler'))
show(lambda: 'abc'.decode('utf-16', 'no-such-handler'))
show(lambda: 'abc'.decode('utf-16', 'xmlcharrefreplace'))
for name in ['snowman', 'LATIN SMALL LETTER E WITH ACUTE', 'HANGUL SYLLABLE GAG', 'hangul syllable gag',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-9FCC', 'LATIN SMALL LETTER']:
    show(lambda: ('\\N{%s}' % name).decode('unicode_escape'))
print repr(u'\\\\u0041 \\u0041'.encode('latin-1').decode('raw_unicode_escape'))
for u in [u'\ud800', u'\U0010ffff', u'\x00\x7f\x80\xff\u0100 \t\n\r\\\'"']:
    print repr(u.encode('unicode_escape')), repr(u.encode('raw_unicode_escape')), repr(u.encode('utf-16-be')), repr(u.encode('utf-32'))
print repr('\x00\x7f\x80\xff \t\n\r\\\'"'.encode('string_escape')), repr('\\q\\8\\777\\0'.decode('string_escape'))
for data in ['\\x4z', '\\xz4', '\\x', 'a\\']:
    for errors in ('strict', 'replace', 'ignore', 'bogus'):
        show(lambda: data.decode('string_escape', errors))
show(lambda: u'a'.encode('string_escape'))
show(lambda: unicode('\\n', 'string_escape'))
show(lambda: u'a\\n'.decode('string_escape'))
show(lambda: '\xe9'.encode('utf-16'))
for table in [{97: 98L}, {97: -1}, {97: 0x110000}, {97: 'x'}, {97: True, 98: u'\u2603\u2603'}, [u'q'] * 98, 1]:
    show(lambda: u'abc'.translate(table))
show(lambda: u'a'.translate())

class Counted(object):
    calls = 0
    def __str__(self):
        Counted.calls += 1
        return 'c%d' % Counted.calls
class UniStr(object):
    def __str__(self):
        return u'\u2603'
show(lambda: '%s %s %s' % (Counted(), u'x', Counted()))
show(lambda: '%s|%*s|%s' % ('a', 5, u'b', 'c'))
show(lambda: '\xe9 %s' % u'x')
show(lambda: '%s %s \xe9' % (u'x', 'a'))
show(lambda: '%(a)s %(b)s' % {'a': 'A', 'b': u'B'})
show(lambda: '%s %c' % ('a', u'\u2603'))
show(lambda: 'x%sy' % UniStr())
show(lambda: '%s %s' % (u'a',))

class OwnStr(Exception):
    def __str__(self):
        return u'own \u2603'
for e in [ValueError(), ValueError(1, u'\xe9'), IOError(2, 'gone'), KeyError(), OwnStr(),
          UnicodeDecodeError('ascii', '\xe9', 0, 1, 'bad')]:
    show(lambda: unicode(e))
show(lambda: unicode(IOError(u'\xe9')))
show(lambda: ValueError(u'\xe9').__unicode__())

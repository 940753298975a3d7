# Escape codecs: unicode_escape, raw_unicode_escape, string_escape, utf-16 with BOM, utf-8-sig decoding; round trips and error reporting.
u = u'tab\t nl\n quote\' \xe9 \u2603 \\'
print repr(u.encode('unicode_escape'))
print repr(u.encode('unicode_escape').decode('unicode_escape') == u)
print repr(u.encode('raw_unicode_escape'))
print repr('caf\\xe9 \\u00e9 \\n'.decode('unicode_escape'))
print repr('caf\\u00e9 \\n'.decode('raw_unicode_escape'))
print repr('line\nbreak\x00\xff\'"'.encode('string_escape'))
print repr('a\\nb\\x41\\\\'.decode('string_escape'))
print repr(u'hi'.encode('utf-16')[2:]), len(u'hi'.encode('utf-16'))
print repr('\xff\xfeh\x00i\x00'.decode('utf-16')), repr('\xfe\xff\x00h\x00i'.decode('utf-16'))
print repr('\xef\xbb\xbfbom'.decode('utf-8-sig')), repr('nobom'.decode('utf-8-sig')), repr('\xef\xbb\xbfbom'.decode('utf-8'))
print repr(u'x'.encode('utf-8-sig'))
print repr(u'\U0001f600'.encode('utf-16-le')), repr(u'\U0001f600'.encode('unicode_escape'))
try:
    '\\x4'.decode('string_escape')
except ValueError as e:
    print 'ValueError:', e
try:
    '\\u12'.decode('unicode_escape')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    'abc'.decode('utf-16')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print repr('\\N{SNOWMAN}'.decode('unicode_escape'))
print repr(u'\x80'.encode('latin-1').decode('cp1252', 'replace')) if False else 'skip cp1252'
print repr('%s' % u'\u2603'.encode('unicode_escape'))
'\\N{NO SUCH CHARACTER NAME}'.decode('unicode_escape')

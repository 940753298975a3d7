# -*- coding: utf-8 -*-
# unicode literals in a utf-8 source: non-ASCII literals, \u and \U and \N-free escapes, repr with escapes, len in code points, str literal bytes.
s = u'café'
b = 'café'
print repr(s), len(s), repr(b), len(b)
print s == b.decode('utf-8'), s.encode('utf-8') == b
print repr(u'\u00e9\u4e2d\U0001F600'), len(u'\u4e2d\u6587')
print repr(u'tab\there'), repr(u'nl\n'), repr(u"quote'"), repr(u'both\'"'), repr(u'\\')
print repr(u'\x00\x7f\x80\xff'), repr(u'\u0100'), repr(u'\uffff')
print repr(ur'raw\n'), repr(ur'\u00e9'), len(ur'\u00e9')
print repr(u'日本語'), len(u'日本語'), repr('日本'), len('日本')
print repr(u'ß'.upper()), repr(u'ÀÉÎ'.lower()), u'ÿ' > u'a'
print repr(u'a' 'b'), type(u'a' 'b').__name__, repr('x' u'y')
print u'\N{LATIN SMALL LETTER E WITH ACUTE}' == u'é'
print [ord(c) for c in u'aé中']
print repr(s[::-1]), repr(s[-1]), repr(s * 2), repr(s + u'!')
print s.encode('utf-8')
print u'ascii only'
print repr(unicode('plain')), repr(u''), bool(u''), bool(u' ')
print repr(u'%s-%d' % (u'é', 3)), repr('%s' % u'é'), type('%s' % u'x').__name__
x = u'\u2603'
print repr(x), x.encode('utf-8') == '\xe2\x98\x83', repr(x.encode('utf-8'))
print repr(u'\r\x0b\x0c\x1b'), repr(u'\u2028')

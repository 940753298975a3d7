# unicode() builtin and conversions: unicode(obj) uses __unicode__ then __str__, encoding arguments, str() of unicode, repr vs str of containers.
class WithUni(object):
    def __unicode__(self):
        return u'with-\u00fc'
class WithStr(object):
    def __str__(self):
        return 'with-str'
class StrReturnsUnicode(object):
    def __str__(self):
        return u'uni-from-str'
class NonAsciiStr(object):
    def __str__(self):
        return u'\xe9t\xe9'
print repr(unicode(WithUni())), repr(unicode(WithStr())), repr(unicode(StrReturnsUnicode()))
print repr(str(StrReturnsUnicode())), type(str(StrReturnsUnicode())).__name__
try:
    str(NonAsciiStr())
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
print repr(unicode(NonAsciiStr()))
print repr(unicode(12)), repr(unicode(3.25)), repr(unicode(True)), repr(unicode(10L)), repr(unicode(1j))
print repr(unicode((1, u'\xe9'))), repr(unicode([u'a'])), repr(unicode({u'k': u'v'}))
print repr(unicode('abc', 'ascii')), repr(unicode('a\xffb', 'ascii', 'ignore')), repr(unicode(u'copy'))
try:
    unicode(u'already', 'utf-8')
except TypeError as e:
    print 'TypeError:', e
try:
    unicode(5, 'utf-8')
except TypeError as e:
    print 'TypeError:', e
print repr(str(u'ascii fine')), repr(u'\xe9'.__repr__()), repr(repr(u'\xe9'))
print [u'\xe9', 'b'], (u'x',), {u'\u4e2d': 1}
print u'\xe9'.encode('utf-8'), len(str(u'abc'))
print repr(u'abc'.__str__()) if False else repr(u'xy'.__unicode__()) if hasattr(u'', '__unicode__') else 'no __unicode__ on unicode'
print repr(u'%s|%r' % (WithUni(), u'\xe9'))
print repr(u'{0}'.format(WithUni())), repr('{0}'.format(WithStr()))
print repr(u''.join([u'a', WithStr().__str__()]))
print u'\u00e9' == unicode('\xc3\xa9', 'utf-8'), repr(u'%c' % 0xe9), repr('%c' % 65), repr(u'%c' % u'\u4e2d')
print repr(u'%5s|%-5s|' % ('ab', u'\xe9')), repr(u'%.2s' % u'\u4e2d\u6587\u5b57')
print str(NonAsciiStr())

# Exception str/repr/unicode with various args: none, one, many, unicode ASCII and non-ASCII args; str() of an exception with a non-ASCII unicode message; ends uncaught with it.
for args in [(), ('one',), ('a', 'b'), (1,), (u'uni',), (None,), ([1, 2],), (u'caf\xe9',)]:
    e = ValueError(*args)
    try:
        s = str(e)
    except UnicodeEncodeError as err:
        s = '<str failed: %s>' % err.reason
    print len(args), repr(s), repr(e), repr(unicode(e)), e.args
print repr(unicode(KeyError(u'caf\xe9'))), repr(str(KeyError('k'))), repr(str(KeyError()))
print repr(str(KeyError('a', 'b'))), repr(str(IndexError(5)))
class Custom(Exception):
    def __unicode__(self):
        return u'custom \u2603'
    def __str__(self):
        return 'custom ascii'
print repr(unicode(Custom())), str(Custom())
e = Exception('x')
e.args = ('changed', 2)
print str(e), e.args
e.args = ()
print repr(str(e))
try:
    raise EnvironmentError(2, 'No such file', 'missing.txt')
except EnvironmentError as ex:
    print ex.errno, ex.strerror, ex.filename, str(ex), ex.args
print str(IOError(1, 'two')), str(IOError('only')), repr(IOError(1, 2, 3, 4))
print str(SyntaxError('bad syntax')), repr(UnicodeError('u'))
print str(SystemExit(3)), repr(StopIteration()), str(Warning('w'))
raise ValueError(u'caf\xe9 is not a number')

# __repr__, __str__, __format__, __unicode__: which one print/str/repr/%s/%r/format/unicode use, containers use repr, fallbacks.
class Both(object):
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'

class ReprOnly(object):
    def __repr__(self):
        return 'ReprOnly-repr'

class StrOnly(object):
    def __str__(self):
        return 'StrOnly-str'

b, r = Both(), ReprOnly()
print b, r
print str(b), repr(b), str(r), repr(r), `b`
print [b, r], (b,), {'k': b}, set([r])
print '%s %r %s %r' % (b, b, r, r)
print '{0} {0!r} {0!s} {1}'.format(b, r)
print format(b), format(r), '{:>10}|'.format(b) if False else '{0:>10}|'.format(str(b))
print str(StrOnly()), [StrOnly()][0].__str__()

class Fmt(object):
    def __format__(self, spec):
        return 'Fmt[%s]' % spec
f = Fmt()
print format(f), format(f, 'xyz'), '{0:abc} {0} {1:>5}'.format(f, 42)
print '{0!s:>12}|'.format(Both()), '{0!r:<12}|'.format(Both())

class Uni(object):
    def __unicode__(self):
        return u'uni-\xe9'
    def __str__(self):
        return 'uni-str'
u = Uni()
print repr(unicode(u)), str(u), repr(u'%s' % u)
print repr(u'{0}'.format(u))

class BadRepr(object):
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print 'TypeError:', e
class BadStr(object):
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print 'TypeError:', e
class UniRepr(object):
    def __repr__(self):
        return u'unicode-repr'
print repr(UniRepr()), type(repr(UniRepr())).__name__

class Classic:
    def __repr__(self):
        return 'Classic-repr'
class ClassicStr:
    def __str__(self):
        return 'ClassicStr-str'
print Classic(), [Classic()], ClassicStr(), str(ClassicStr())
print format(3.5, '08.3f'), format(42, 'x'), format('s', '^5'), format(True), format(None)
class Num(object):
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec.endswith('u'):
            return format(self.v, spec[:-1]) + ' units'
        return format(self.v, spec)
print '{0:5du}|{0:.2fu}|{0}'.format(Num(7))
try:
    format(Both(), 'd')
except (TypeError, ValueError) as e:
    print type(e).__name__ + ':', e

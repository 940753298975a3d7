# -*- coding: utf-8 -*-
# str.format and format() corner cases: markup errors, field names, numbering, unicode, limits.
def t(f, *a, **k):
    try:
        print repr(f(*a, **k))
    except Exception as e:
        if isinstance(e, UnicodeError):
            print type(e).__name__ + ':', e
        else:
            print type(e).__name__ + ':', repr(str(e))

class Attrs(object):
    x = 5
    def __getitem__(self, k):
        return repr(k)

class Classic:
    def __str__(self):
        return 'classic'
    def __unicode__(self):
        return u'unicode classic'

class Hook(object):
    def __format__(self, spec):
        return 'h:' + repr(spec)

class BadResult(object):
    def __format__(self, spec):
        return 42

class UniResult(object):
    def __format__(self, spec):
        return u'\xe9' + spec

class Base(object):
    def __format__(self, spec):
        return 'Base(' + spec + ')'

class Sub(Base):
    def __format__(self, spec):
        return '[' + Base.__format__(self, spec.upper()) + ']'

class Raises(object):
    def __format__(self, spec):
        raise RuntimeError('boom ' + spec)

print '-- markup'
for fmt in ['{0', '{0:', '{0!}', '{0!rr}', '{0!r:}', '{0!\xe9}', '{0!\x01}', '{0[}', '{0[0}',
            '{0[0]x}', '{0..x}', '{0[]}', '{99999999999999999999}', '{0:}}', '{0:}}}', 'a}}b{{c',
            '{{}', '{}}', '}{', '{0:{', '{-1}', '{ 0}', '{00}']:
    t(fmt.format, 1)
t(u'{0!\u1234}'.format, 1)
t('{:\xe9}'.format, 1)
t(u'{:\xe9}'.format, u'abc')

print '-- fields'
t('{.x}'.format, Attrs())
t('{[1]}'.format, Attrs())
t('{0[-1]} {0[ 1]} {0[01]}'.format, Attrs())
t('{0[0]}'.format, {0: 'int key'})
t('{0[0]}'.format, {'0': 'str key'})
t('{0[0]}'.format, 5)
t('{0[1]} {0[1]} {0[2]}'.format, xrange(5), u'ab', 'abc')
t('{0[5]}'.format, 'abc')
t('{0.imag} {0[0].real} {0.__class__.__name__}'.format, True, [3])
t('{0.__class__!r}'.format, 1)
t('{a.x} {a[x]} {a[x][0]}'.format, a=Attrs())
t('{0}{}'.format, 'a', 'b')
t('{a}{}'.format, 'b', a=1)
t('{}{a}{0}'.format, 'b', 'c', a=1)
t('{0} {1}'.format, **{'0': 'a'})
t('{0}{1}{0}'.format, 1, 2, 3, 4)

print '-- nested specs'
t('{0:abc}'.format, Hook())
t(u'{0:abc}'.format, Hook())
t('{0:{1}}'.format, Hook(), 'q')
t('{0:{1:{2}}}'.format, Hook(), 'q', 'r')
t('{0:{{}}}'.format, Hook())
t('{0:{}}'.format, Hook())
t('{:{}}'.format, Hook(), 'x')
t('{:{0}}'.format, Hook(), 'x')
t('{0:x{1}y{2}z}'.format, Hook(), 'a', 'b')
t('{:{}{}}'.format, 1, '>', 3)
t('{!r:{}}'.format, 'a', 6)
t('{0:{1}}'.format, 1.5, 8)
t('{0:{1}}'.format, 1.5, [])

print '-- __format__'
t(format, Classic(), '>9')
t(format, Classic(), u'>17')
t('{0:>9}'.format, Classic())
t(format, BadResult())
t('{0}'.format, UniResult())
t(u'{0}'.format, UniResult())
t(format, Sub(), 'spec')
t('{0:x}{1:y}'.format, Sub(), Base())
t('{}'.format, Raises())
t(format, ValueError('x'), '>5')
t(object.__format__, 1, '>4')
t((1).__format__)
t((1).__format__, None)
t((1.5).__format__, None)
t('s'.__format__, None)
t(object().__format__, None)
t(int.__format__, 1.5, '')
t(int.__format__, True, '5')
t(str.format)
t(str.format, u'x{}', 1)
t(unicode.format, u'a{}b', 1)
t(format)
t(format, 1, 2, 3)
t(format, 5, None)

print '-- unicode'
t('{0!s}'.format, u'\xe9')
t(u'{0!s} {0!r}'.format, u'\xe9')
t('{0}'.format, u'e')
t(u'{0}'.format, '\xe9')
t(u'{0:>3}'.format, 5)
t(u'{0:\u1234^7}'.format, u'\u5678')
t(u'{0:\u1234>3}'.format, 5)
t(u'{0:\u1234>3}'.format, 'a')
t('{0:\xe9<5}'.format, 'a')
t('{0:\xe9<5}'.format, 5)
t(u'{0.\xe9}'.format, 5)
t(u'{0[\xe9]}'.format, {u'\xe9': 'ok'})
t(format, 5, u'\u1234')
t(format, 'x', u'\u1234^5')
t(format, u'x', u'\u1234')
t(format, u'x', '\xc3\xa9^5')
t(format, [1], u'>6')
t(format, 1.5, u'')

print '-- numbers'
for value, spec in [(256, 'c'), (-1, 'c'), (10 ** 30, 'c'), (65L, 'c'), (15, '#c'), (15, ',c'), (True, 'z'),
                    (True, 'x'), (1234567, 'n'), (1234567.5, 'n'), (1234567, ',n'), (float('inf'), '010'),
                    (float('-inf'), '010'), (float('nan'), '+010,'), (1234, '010,'), (-1234, '0=10,'),
                    (1234, '*=10,'), (1234, '0<10'), (1234.5, '020,.3e'), (1.0, '.0'), (0.0001, ''),
                    (1e-5, '.3'), (1.5, '#'), (5, '.'), (5, '5.'), (5, '%'), (10 ** 30, 'e'), (10 ** 400, 'e'),
                    (2j, '.3'), (-2j, '+'), (1 + 2j, '='), (1234.5 + 2j, ','), (-0.0, '+'), (0.0, '+g'),
                    (1e-7, '%'), (12345.678, '_^+20,.2f'), (0.5, '.0%'), (1.25, '.1f'), (2.675, '.2f'),
                    (1e22, ','), (1234.5, ',g'), (1234567.5, ',G'), (12345678901234567890.0, ',f'),
                    (5, '=^9'), (5, '==9'), (-5, '^09'), (-255, '#010b'), (255, '0=#10x'), (1234567, '016,d'),
                    (0, '05,'), (12, '01,'), (65, '=5c'), (1.5, 'c'), (1j, 'd'), (1.5, '\x00'), (1.5, '5\x00'),
                    ('x', '\x00^5'), (5, '\x00=5'), ('x', '\x00'), (1, '+#x'), (1, '#+x'), (1, ',.'),
                    (1.5, '.2,'), (float('inf'), 'F'), (float('nan'), 'G'), (1e-20, 'E'), (5e-324, '.30g'),
                    (0.1, '.30f'), (0.1, '.30'), (123456789012345678.0, ','), (-7, '#=+10x'), (3, '+^7b'),
                    (1, '99999999999999999999'), (1, '9223372036854775807'), (1.5, '.99999999999999999999'),
                    (1, '.3000000000'), ('x', '.3000000000'), (1.5, '.3000000000'), (1.5j, '.3000000000'),
                    (1.5, '#.3000000000'), (1.5, '.1000000000g'), (1.5, '.400')]:
    t(format, value, spec)

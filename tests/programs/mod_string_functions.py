# string: the module functions (lower, split, atoi, zfill, translate, ...) on str, unicode and other objects, their argument binding and errors
import string


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print label, type(r).__name__, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


# the old exception names
print string.atoi_error is ValueError, string.atof_error is ValueError
print string.atol_error is ValueError, string.index_error is ValueError
print string.splitfields is string.split, string.joinfields is string.join
print string.split.__name__, string.joinfields.__name__, string.upper.__name__
print callable(string.upper), callable(string.maketrans)

# case
for s in ['Hello World', u'Hello W\xf6rld', '', 'mIxEd 123']:
    t('lower', string.lower, s)
    t('upper', string.upper, s)
    t('swapcase', string.swapcase, s)
    t('capitalize', string.capitalize, s)
t('upper kw', string.upper, s='kw')
t('upper 0', string.upper)
t('upper 2', string.upper, 'a', 'b')
t('upper bad kw', string.upper, x='a')
t('upper int', string.upper, 5)
t('lower list', string.lower, ['A'])
t('capitalize 2', string.capitalize, 'a', 'b')
t('swapcase kw+pos', string.swapcase, 'a', s='b')


class Shouty(object):
    # any object with the method will do
    def upper(self):
        return 'SHOUT'

    def split(self, sep, maxsplit):
        return ['split', sep, maxsplit]

    def zfill(self, width):
        return 'zfill %r' % (width,)

    def __repr__(self):
        return '<Shouty>'


t('duck upper', string.upper, Shouty())
t('duck split', string.split, Shouty())
t('duck split sep', string.split, Shouty(), ',', 2)
t('duck zfill', string.zfill, Shouty(), 3)

# strip
for chars in [None, 'xy', u'x', '']:
    t('strip', string.strip, 'xy  hi  yx', chars)
    t('lstrip', string.lstrip, 'xy  hi  yx', chars)
    t('rstrip', string.rstrip, 'xy  hi  yx', chars)
t('strip default', string.strip, '\t a b \n')
t('strip unicode', string.strip, u'\u3000 a \u3000')
t('strip kw', string.strip, s='..a..', chars='.')
t('strip 3', string.strip, 'a', 'b', 'c')
t('strip bad', string.strip, 'a', 5)
t('lstrip 0', string.lstrip)
t('rstrip kw', string.rstrip, 'a', char='a')

# split, rsplit
t('split', string.split, ' a  b c ')
t('split sep', string.split, 'a,b,,c', ',')
t('split max', string.split, 'a b c d', None, 2)
t('split max kw', string.split, 'a b c d', maxsplit=1)
t('split sep kw', string.split, 'a-b-c', sep='-')
t('split zero', string.split, 'a b c', None, 0)
t('split empty sep', string.split, 'a b', '')
t('split unicode', string.split, u'a\u2003b c')
t('split mixed', string.split, 'a,b', u',')
t('split 4', string.split, 'a', None, 1, 2)
t('split 0', string.split)
t('split twice', string.split, 'a', s='b')
t('splitfields', string.splitfields, 'a:b:c', ':', 1)
t('rsplit', string.rsplit, 'a b c d', None, 2)
t('rsplit sep', string.rsplit, 'a,b,c', ',', 1)
t('rsplit none', string.rsplit, '  ')
t('rsplit bad max', string.rsplit, 'a b', None, 'x')
t('rsplit 4', string.rsplit, 'a', ',', 1, 9)

# join
t('join', string.join, ['a', 'b', 'c'])
t('join sep', string.join, ['a', 'b'], '-')
t('join tuple', string.join, ('x', 'y'), '')
t('join unicode', string.join, ['a', u'b'])
t('join unicode sep', string.join, ['a', 'b'], u'+')
t('join gen', string.join, (str(i) for i in range(4)), ',')
t('join ints', string.join, [1, 2])
t('join bad sep', string.join, ['a'], 5)
t('join 0', string.join)
t('join 3', string.join, 1, 2, 3)
t('join kw', string.join, words=['p', 'q'], sep='/')
t('joinfields', string.joinfields, ['a', 'b'], ', ')

# find family
s = 'abcabcabc'
for name in ['find', 'rfind', 'index', 'rindex', 'count']:
    f = getattr(string, name)
    t(name, f, s, 'bc')
    t(name + ' start', f, s, 'bc', 3)
    t(name + ' window', f, s, 'bc', 2, 6)
    t(name + ' neg', f, s, 'c', -4, -1)
    t(name + ' none', f, s, 'c', None, None)
    t(name + ' missing', f, s, 'zz')
    t(name + ' empty', f, s, '')
    t(name + ' unicode', f, s, u'ca')
    t(name + ' u s', f, u'xx\xe9xx', u'\xe9')
    t(name + ' 0', f)
    t(name + ' 1', f, s)
    t(name + ' 5', f, s, 'a', 1, 2, 3)
    t(name + ' kw', f, s, sub='a')
    t(name + ' s kw', f, s='abc')
    t(name + ' bad sub', f, s, 5)
    t(name + ' bad start', f, s, 'a', 'x')
    t(name + ' int', f, 5, 'a')

# atof, atoi, atol
for v in ['3.5', ' -2e3 ', '1e400', 'nan', 'inf', 'x', '', u'2.5', 7, 2L, None, '1_0']:
    t('atof %r' % (v,), string.atof, v)
for v in ['42', ' -17 ', '0x1f', '077', '12L', 'zz', '', u'99', '99999999999999999999', 3.7, None]:
    t('atoi %r' % (v,), string.atoi, v)
    t('atol %r' % (v,), string.atol, v)
for base in [0, 2, 8, 16, 36, 1, 37, -1, 'x', None]:
    t('atoi base %r' % (base,), string.atoi, '0x1f', base)
    t('atoi 11 base %r' % (base,), string.atoi, '11', base)
    t('atol base %r' % (base,), string.atol, '11L', base)
t('atoi int base', string.atoi, 5, 10)
t('atol int base', string.atol, 5, 16)
t('atoi kw', string.atoi, s='10', base=2)
t('atoi 0', string.atoi)
t('atoi 3', string.atoi, '1', 10, 3)
t('atof 2', string.atof, '1', '2')
t('atof kw', string.atof, x='1')
t('atol 0', string.atol)

# ljust, rjust, center, zfill
for name in ['ljust', 'rjust', 'center']:
    f = getattr(string, name)
    t(name, f, 'ab', 6)
    t(name + ' fill', f, 'ab', 7, '*')
    t(name + ' short', f, 'abcdef', 3)
    t(name + ' neg', f, 'ab', -5)
    t(name + ' unicode', f, u'\xe9', 4, u'\xb7')
    t(name + ' 1', f, 'ab')
    t(name + ' 4', f, 'ab', 5, '*', 'x')
    t(name + ' bad fill', f, 'ab', 5, '**')
    t(name + ' bad width', f, 'ab', 'x')
    t(name + ' kw', f, s='ab', width=4)
    t(name + ' fill kw', f, 'ab', 4, fillchar='-')
for x in ['12', '-3', '+4', 'abc', u'-7', 12, -3, 1.5, 10L, None, [1]]:
    t('zfill %r' % (x,), string.zfill, x, 5)
t('zfill short', string.zfill, '12345', 2)
t('zfill 1', string.zfill, '1')
t('zfill kw', string.zfill, x='1', width=3)
t('zfill bad', string.zfill, '1', 'x')

# expandtabs
t('expandtabs', string.expandtabs, 'a\tbc\td')
t('expandtabs 4', string.expandtabs, 'a\tbc\td', 4)
t('expandtabs 0', string.expandtabs, 'a\tb', 0)
t('expandtabs nl', string.expandtabs, 'ab\n\tc', 3)
t('expandtabs unicode', string.expandtabs, u'\xe9\tx', 2)
t('expandtabs bad', string.expandtabs, 'a\tb', 'x')
t('expandtabs 3', string.expandtabs, 'a', 1, 2)

# replace
t('replace', string.replace, 'aaaa', 'a', 'b')
t('replace max', string.replace, 'aaaa', 'a', 'b', 2)
t('replace max0', string.replace, 'aaaa', 'a', 'b', 0)
t('replace empty', string.replace, 'abc', '', '-')
t('replace unicode', string.replace, 'abc', u'b', 'x')
t('replace kw', string.replace, 'abc', 'b', 'x', maxreplace=1)
t('replace 2', string.replace, 'abc', 'b')
t('replace bad', string.replace, 'abc', 1, 'x')

# capwords
t('capwords', string.capwords, ' hello   wORLD  again ')
t('capwords sep', string.capwords, 'a-b--c', '-')
t('capwords unicode', string.capwords, u'\xe9t\xe9 hiver')
t('capwords none', string.capwords, 'x y', None)
t('capwords empty sep', string.capwords, 'a b', '')
t('capwords int sep', string.capwords, 'a b', 5)
t('capwords int', string.capwords, 5)
t('capwords 0', string.capwords)
t('capwords 3', string.capwords, 'a', 'b', 'c')

# maketrans, translate
table = string.maketrans('abc', 'xyz')
print len(table), repr(table[95:100])
t('maketrans empty', len, string.maketrans('', ''))
t('maketrans len', string.maketrans, 'ab', 'c')
t('maketrans unicode', string.maketrans, u'ab', u'cd')
t('maketrans non-ascii', string.maketrans, u'\xe9', u'a')
t('maketrans int', string.maketrans, 1, 'a')
t('maketrans none', string.maketrans, 'a', None)
t('maketrans list', string.maketrans, 'a', [1])
t('maketrans bytearray', string.maketrans, bytearray('a'), 'b')
t('maketrans 1', string.maketrans, 'a')
t('maketrans kw', string.maketrans, a='b')
t('translate', string.translate, 'aabbcc', table)
t('translate del', string.translate, 'aabbcc', table, 'b')
t('translate none del', string.translate, 'aabbcc', None, 'ac')
t('translate none', string.translate, 'aabbcc', None)
t('translate unicode', string.translate, u'abc', table)
t('translate unicode del', string.translate, u'abc', table, 'a')
t('translate unicode dict', string.translate, u'abc', {97: u'x'})
t('translate dict', string.translate, 'abc', {97: u'x'})
t('translate short', string.translate, 'abc', 'x')
t('translate kw', string.translate, 'abc', table=table, deletions='c')
t('translate 1', string.translate, 'abc')
t('translate int', string.translate, 5, table)
t('translate int del', string.translate, 5, table, 'x')
t('translate zero del', string.translate, 'abc', table, 0)

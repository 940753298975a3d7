# string.Template: substitute and safe_substitute, $$ escapes, ${braced} names, invalid placeholders, mappings and keywords, subclasses overriding delimiter and idpattern
import string
from string import Template


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print label, type(r).__name__, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


print Template, type(Template)
print Template.__name__, Template.__module__, Template.__bases__
print Template.__mro__
print Template.delimiter, Template.idpattern
print isinstance(Template('x'), Template), type(Template('x')).__name__
print Template('$who').template

s = Template('$who likes $what')
t('kw', s.substitute, who='tim', what='kung pao')
t('mapping', s.substitute, {'who': 'tim', 'what': 'ham'})
t('both', s.substitute, {'who': 'tim', 'what': 'ham'}, what='eggs')
t('missing', s.substitute, who='tim')
t('missing map', s.substitute, {'who': 'tim'})
t('safe missing', s.safe_substitute, who='tim')
t('safe none', s.safe_substitute)
t('safe both', s.safe_substitute, {'what': 'x'}, who=1)
t('two mappings', s.substitute, {}, {})
t('safe two', s.safe_substitute, {}, {})
t('no mapping', s.substitute)

# escapes, braces, adjacent text
t('escape', Template('$$ and $$$x').substitute, x=5)
t('braced', Template('${noun}ification').substitute, noun='class')
t('braced unicode', Template(u'${a}-$b').substitute, a=u'\xe9', b=2)
t('value types', Template('$a $b $c $d').substitute, a=1, b=2.5, c=None, d=[1, (2,)])
t('tuple value', Template('$a').substitute, a=(1, 2))
t('unicode value', Template('$a!').substitute, a=u'\u20ac')
t('unicode template', Template(u'caf\xe9 $x').substitute, x='ok')
t('identifier chars', Template('$_a1b $A_z9.x').substitute, _a1b='one', A_z9='two')
t('digits stop', Template('$1x').safe_substitute, x=1)
t('trailing', Template('cost: $').safe_substitute)
t('empty', Template('').substitute)
t('no placeholders', Template('plain text').substitute, {'a': 1})
t('name then digits', Template('$ab12cd').substitute, ab12cd='q')
t('case', Template('$Name $NAME').substitute, Name='a', NAME='b')

# invalid placeholders
for text in ['$', 'a $ b', 'x\n\ny $ z', '${bad}} ${ bad}', 'ok\r\nno $0', '${}', '$-', '${a', u'\u2028$ ']:
    t('invalid %r' % (text,), Template(text).substitute, a=1, bad=2)
    t('safe %r' % (text,), Template(text).safe_substitute, a=1, bad=2)


# mappings of other kinds
class Upper(object):
    def __getitem__(self, key):
        if key.startswith('x'):
            raise KeyError(key)
        return key.upper()


t('getitem', Template('$abc ${de}').substitute, Upper())
t('getitem missing', Template('$abc $xy').substitute, Upper())
t('safe getitem missing', Template('$abc $xy').safe_substitute, Upper())
t('getitem kw first', Template('$abc $de').substitute, Upper(), de='kw')


class Bad(object):
    def __getitem__(self, key):
        raise ValueError('no ' + key)


t('getitem error', Template('$abc').substitute, Bad())
t('safe getitem error', Template('$abc').safe_substitute, Bad())
t('list mapping', Template('$abc').substitute, [1])
t('safe list mapping', Template('$abc').safe_substitute, [1])
t('self keyword', Template('$self').substitute, self='me')
t('self keyword safe', Template('$self').safe_substitute, {}, self='me')

# construction and attributes
t('init 0', Template)
t('init 2', Template, 'a', 'b')
t('init kw', lambda **k: Template(**k).template, template='$x')
t('init bad kw', Template, text='$x')
t('non-string template', Template(5).substitute)
t('unbound', Template.substitute, 5)
tt = Template('$x')
tt.template = '[$x]'
t('changed template', tt.substitute, x=1)
tt.extra = 1
print sorted(vars(tt).items())


# subclasses
class Percent(Template):
    delimiter = '%'


print type(Percent), Percent.__mro__
t('percent', Percent('%who owes %%%amt').substitute, who='tim', amt=5)
t('percent braced', Percent('%{x}y $x').substitute, x=1)
t('percent invalid', Percent('10 % off').substitute)
t('percent safe', Percent('10 % off %x').safe_substitute)


class Multi(Template):
    delimiter = '<<'


t('multi', Multi('a <<x b <<<<c <<{y}').substitute, x=1, y=2)
t('multi invalid', Multi('a << b').substitute)
t('multi safe', Multi('a << b <<z').safe_substitute)


class Regexy(Template):
    delimiter = '.'


t('regex char delim', Regexy('.a and .. and .{b}').substitute, a=1, b=2)


class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9\.]*'


t('dotted', Dotted('$a.b ${c.d} $e').substitute, {'a.b': 1, 'c.d': 2, 'e': 3})


class Digits(Template):
    idpattern = r'[0-9]+'


t('digits', Digits('$1 and ${23} $x').safe_substitute, {'1': 'one', '23': 'tt'})


class Init(Template):
    def __init__(self, text):
        Template.__init__(self, text.upper())


t('init override', Init('$x').substitute, X='big')


class Instance(Template):
    pass


ii = Instance('$$ $a')
ii.delimiter = '#'
t('instance delimiter', ii.substitute, a=1)
print isinstance(ii, Template), issubclass(Instance, Template), type(Instance).__name__


class Word(Template):
    delimiter = 'at'


t('letter delimiter', Word('cAT hat xATy atat').safe_substitute, xy=1, y=2)


class UDelim(Template):
    delimiter = u'\xa7'


t('unicode delimiter', UDelim(u'\xa7a \xa7\xa7').substitute, a=1)


class Counted(Template):
    idpattern = r'\w{2,3}'


t('counted', Counted('$abcd ${ab} $a').safe_substitute, abc='X', ab='Y')


class Spaced(Template):
    idpattern = r'''
        [a-z]   # first
        [0-9]?  # maybe a digit
    '''


t('verbose', Spaced('$a1b $b').substitute, a1='p', b='q')


class Text(str):
    pass


t('str subclass', Template(Text('<$x>')).substitute, x=Text('y'))
t('unicode key', Template(u'$x').substitute, {'x': 'bytes key'})
t('str key unicode', Template('$x').substitute, {u'x': 'unicode key'})
t('self only kw', Template.substitute, self=Template('$a'))
t('escaped unicode', Template(u'$$').substitute)

# string.Formatter: format, vformat, parse, get_field, get_value, convert_field, format_field, check_unused_args, and subclasses overriding them
import string
from string import Formatter


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print label, type(r).__name__, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


print Formatter, Formatter.__mro__, Formatter.__name__, Formatter.__module__
f = Formatter()
print type(f).__name__, isinstance(f, Formatter)

t('format', f.format, '{0} and {1}', 'a', 'b')
t('format kw', f.format, '{x}-{y}', x=1, y=2.5)
t('format spec', f.format, '{0:>5}|{1:.3f}|{2:x}', 'ab', 3.14159, 255)
t('format nested', f.format, '{0:{1}}|', 'ab', '>6')
t('format conv', f.format, '{0!r} {0!s}', u'\xe9')
t('format attrs', f.format, '{0.real} {1[1]} {2[k]}', 3j, [4, 5], {'k': 'v'})
t('format literal', f.format, 'a {{b}} c')
t('format unicode', f.format, u'{0}\xe9', 'x')
t('format unicode arg', f.format, '{0}', u'\xe9')
t('format empty', f.format, '')
t('format auto', f.format, '{}', 1)
t('format missing', f.format, '{0} {1}', 'a')
t('format missing kw', f.format, '{x}')
t('format bad conv', f.format, '{0!x}', 1)
t('format bad spec', f.format, '{0:d}', 'a')
t('format single brace', f.format, 'a { b', 1)
t('format close', f.format, 'a } b')
t('format unmatched', f.format, '{0', 1)
t('format deep', f.format, '{0:{1:{2}}}', 1, 2, 3)
t('format attr error', f.format, '{0.nope}', 1)
t('format index error', f.format, '{0[5]}', [1])
t('format format_string kw', f.format, format_string='{0}')
t('format kw fs', f.format, format_string='{x}', x=7)
t('format none', f.format)
t('format int', f.format, 5)
t('unbound', Formatter.format)
t('unbound int', Formatter.format, 5, '{}')

t('vformat', f.vformat, '{0}{a}', (1,), {'a': 2})
t('vformat list', f.vformat, '{0}{1}', [1, 2], {})
t('vformat 2', f.vformat, '{0}', (1,))
t('vformat kwargs bad', f.vformat, '{a}', (), [])
t('parse', list, f.parse('a{0!r:>3}b{{c}}{x.y[2]}'))
t('parse unicode', list, f.parse(u'{}{!s}'))
t('parse error', list, f.parse('{'))
t('parse int', f.parse, 5)
t('get_field', f.get_field, '0.imag', (2j,), {})
t('get_field kw', f.get_field, 'k[0]', (), {'k': 'xyz'})
t('get_field missing', f.get_field, 'k', (), {})
t('get_value int', f.get_value, 1, ('a', 'b'), {})
t('get_value long', f.get_value, 0L, ('a',), {})
t('get_value bool', f.get_value, True, ('a', 'b'), {})
t('get_value str', f.get_value, 'x', (), {'x': 9})
t('get_value miss', f.get_value, 3, (), {})
t('check_unused_args', f.check_unused_args, set(), (), {})
t('format_field', f.format_field, 3.5, '06.2f')
t('format_field bad', f.format_field, 'x', 'd')
t('convert none', f.convert_field, [1], None)
t('convert s', f.convert_field, [1], 's')
t('convert r', f.convert_field, 'q', 'r')
t('convert u', f.convert_field, 'q', u'r')
t('convert bad', f.convert_field, 'q', 'x')
t('convert bad u', f.convert_field, 'q', u'\xe9')
t('convert 3', f.convert_field, 'q')
t('get_field 2', f.get_field, 'a')


class Tracing(Formatter):
    # overrides see every step
    def get_value(self, key, args, kwargs):
        print '  get_value', repr(key)
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return Formatter.get_value(self, key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        print '  used', sorted(used_args, key=repr)
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))

    def format_field(self, value, spec):
        print '  format_field', repr(value), repr(spec)
        return Formatter.format_field(self, value, spec)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return Formatter.convert_field(self, value, conversion)


tr = Tracing()
t('tracing', tr.format, '{0} {name} {missing!u:>{1}}', 'zero', 9, name='n')
t('tracing unused', tr.format, '{a}', a=1, b=2)


class Literal(Formatter):
    def parse(self, format_string):
        return [('<', 'x', '', None), ('>', None, None, None)]


t('parse override', Literal().format, 'ignored', x='X')


class Depth(Formatter):
    def get_field(self, field_name, args, kwargs):
        return field_name.upper(), field_name


t('get_field override', Depth().format, '{abc} {0}')
t('max recursion', f.format, '{0:{1:{2:{3}}}}', 1, 2, 3, 4)

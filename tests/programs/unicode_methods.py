# unicode methods with 2.7's Unicode database, argument checks and str/unicode promotion.
s = u' Caf\xe9 \u0391\u03b2\u03b3 \u0416\u0451 stra\xdfe '
print repr(s.upper()), repr(s.lower()), repr(s.swapcase())
print repr(s.strip().title()), repr(s.strip().capitalize()), repr(u'\u01c4a \u01c6b'.title())
print repr(u'\u0130'.lower()), repr(u'\xb5\xff'.upper()), repr(u'\u1f80'.upper())
print [u'\xe9'.isalpha(), u'\xb2'.isdigit(), u'\xb2'.isdecimal(), u'\xbd'.isnumeric(), u'\u0661'.isdecimal()]
print [u'\u3000'.isspace(), u'\x1c'.isspace(), u'\u200b'.isspace(), u'\u01c5'.istitle(), u'\u01c5'.isupper()]
print [u'ABC'.isupper(), u'abc1'.islower(), u'Ab Cd'.istitle(), u''.isalpha(), u'a1'.isalnum()]
print u'a,b,,c'.split(u','), u'a,b,,c'.rsplit(',', 1), u'  a  b  '.split(), u'  a  b  '.split(None, 1)
print u'a\x1cb\x85c\u2028d\r\ne'.splitlines(), u'x\ny\r\n'.splitlines(True)
print u'xxaxx'.strip(u'x'), u'xxaxx'.lstrip('x'), u'\u3000a\u3000'.strip(), u'abc'.rstrip('cb')
print u'abcabc'.replace(u'b', u'XX', 1), u'abc'.replace(u'', u'-'), repr(u''.replace('', 'x'))
print u'abcabc'.find(u'c'), u'abcabc'.rfind('c'), u'abcabc'.find('c', -2), u'abc'.find('', 4), u'aaa'.count('a', 1)
print u'abc'.startswith(('x', u'a')), u'abc'.endswith('b', 0, -1), u'abc'.startswith('', 5)
print repr(u'ab'.center(7, u'*')), repr(u'ab'.ljust(4, '.')), repr(u'ab'.rjust(4)), repr(u'-7'.zfill(5))
print u'a\tbc\td'.expandtabs(), u'a\tb'.expandtabs(2), u'abc'.partition(u'b'), u'abc'.rpartition('x')
print repr(u', '.join(['a', u'b'])), repr('-'.join(['a', u'b'])), repr(''.join([])), repr(u''.join([]))
print repr('a,b'.split(u',')), repr('abc'.replace('a', u'x')), repr('abc'.strip(u'c')), repr('abc'.partition(u'b'))
print 'abc'.find(u'c'), 'abc'.count(u'b'), 'abc'.startswith(u'ab'), 'abc'.endswith(('x', u'c'))
print u'abc'.upper() is not None, len(u'\U0001f600'), u'abc'.__len__()
s = u'abc'
print s.strip() is s, s.center(2) is s, s.split(',')[0] is s, s.replace('x', 'y') is s, s.title() is s
for call in [lambda: u'a'.split(1), lambda: u'a'.split('x', 1.5), lambda: u'a'.strip(1),
             lambda: u'a'.center(5, 'xy'), lambda: u'a'.center(5, 1), lambda: u'abc'.startswith(1),
             lambda: u'abc'.find('\xff'), lambda: u'a'.join([u'x', 1]), lambda: u'a'.join(5),
             lambda: u'a'.partition(''), lambda: u'a'.lower(1), lambda: u'a'.zfill(), lambda: u'a'.replace('a'),
             lambda: u'a'.count(), lambda: u'a'.find('a', 'x'), lambda: u'a'.expandtabs(2 ** 40),
             lambda: unicode.upper('abc'), lambda: '\xff'.replace('a', u'x'), lambda: 'a'.join(['x', 1, u'y']),
             lambda: 'abc'.center(7, u'x'), lambda: u'abc'.index('x'), lambda: u'a,b'.split(',', 2 ** 70)]:
    try:
        print repr(call())
    except (TypeError, ValueError, OverflowError) as e:
        print type(e).__name__ + ':', e

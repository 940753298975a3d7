# Byte strings with high-bit bytes: str methods treat them as opaque (upper/lower/isalpha), repr escapes, slicing by bytes, ord/chr, translate and maketrans via string.
import string
s = 'caf\xc3\xa9 \xff\x80 ABC abc'
print repr(s.upper()), repr(s.lower()), repr(s.swapcase())
print '\xe9'.isalpha(), '\xe9'.isupper(), 'a\xe9'.islower(), '\xa0'.isspace(), '\xb2'.isdigit()
print len(s), repr(s[3:5]), repr(s[3]), ord(s[3]), repr(chr(0xc3) + chr(0xa9))
print repr(s.split()), repr(s.replace('\xff', '?')), s.find('\x80'), s.count('\xc3')
table = string.maketrans('abc', 'xyz')
print repr('aabbcc\xff'.translate(table)), repr('hello\xe9'.translate(None, 'l\xe9'))
print repr(''.join(chr(i) for i in range(250, 256))), repr(str(bytearray([72, 105, 255])))
print repr('\x00\x01\x1f\x7f'), repr('\t\n\r\x0b\x0c'), repr("'"), repr('"'), repr('\'"')
print sorted(['\xff', 'a', '\x80', 'Z']) == ['Z', 'a', '\x80', '\xff']
print repr(max('az\xfe')), repr('%s|%5s|' % ('\xe9', '\xe9')), repr('\xe9'.center(5, '*'))
print repr(string.ascii_letters[:5]), repr(string.digits), repr(string.hexdigits), repr(string.punctuation[:8])
print repr('\xc3\xa9'.decode('utf-8').encode('latin-1')), repr(u'\xe9'.encode('utf-8'))
print repr('ab\xcd'.encode('hex')) if False else repr(''.join('%02x' % ord(c) for c in 'ab\xcd'))
print repr('\xde\xad\xbe\xef'[::-1]), repr('x' * 3 + '\x00' * 2)
print 'a\xff' < 'a\xfe', 'a\xff' > 'a', cmp('\x80', '\x7f')

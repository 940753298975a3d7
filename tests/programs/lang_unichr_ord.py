# unichr/ord/chr on unicode and str: ranges, errors, round trips, building strings from code points, BMP limits on this narrow/wide build.
print repr(unichr(65)), repr(unichr(233)), repr(unichr(0x4e2d)), repr(unichr(0)), repr(unichr(0xffff))
print ord(u'A'), ord(u'\xe9'), ord(u'\u4e2d'), ord('A'), ord('\xff')
print repr(chr(65)), repr(chr(255)), repr(chr(0))
print repr(u''.join(unichr(c) for c in range(0x3b1, 0x3b6)))
print [ord(c) for c in u'h\xe9llo']
for bad in (-1, 0x110000):
    try:
        unichr(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    chr(256)
except ValueError as e:
    print 'ValueError:', e
try:
    ord(u'ab')
except TypeError as e:
    print 'TypeError:', e
try:
    ord('')
except TypeError as e:
    print 'TypeError:', e
try:
    ord(5)
except TypeError as e:
    print 'TypeError:', e
try:
    unichr('a')
except TypeError as e:
    print 'TypeError:', e
print all(ord(unichr(i)) == i for i in range(0, 0x3000, 97))
print sum(ord(c) for c in u'checksum'), repr(unichr(97) + chr(98))
caesar = u''.join(unichr((ord(c) - 97 + 3) % 26 + 97) if u'a' <= c <= u'z' else c for c in u'hello, world')
print caesar
print repr(unichr(0x10000)) if False else 'skip astral'
print repr(unichr(127)), repr(unichr(128)), repr(unichr(160)), repr(unichr(0x2028))
print unichr(0x41) == u'A', unichr(0x41) == 'A', type(unichr(65)).__name__, type(chr(65)).__name__
ord(u'')

# str.center/ljust/rjust/zfill/expandtabs with fill characters and odd widths.
for w in [0, 3, 5, 6, 7, 10]:
    print '[%s] [%s] [%s] [%s]' % ('abc'.center(w), 'abc'.ljust(w), 'abc'.rjust(w), 'abc'.center(w, '*'))
print '[%s]' % 'ab'.center(5), '[%s]' % 'ab'.center(6), '[%s]' % 'abc'.center(6), '[%s]' % 'a'.center(4, '-')
print 'x'.ljust(5, '.') + '|', 'x'.rjust(5, '.') + '|'
for s in ['42', '-42', '+42', '3.14', '-', '', 'abc', '12345']:
    print repr(s.zfill(6)), repr(s.zfill(2))
print repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('ab\tcd\n\tx'.expandtabs(2))
try:
    print 'x'.center(5, '--')
except TypeError as e:
    print 'TypeError:', e
table = [('apple', 3, 1.25), ('kiwi', 12, 0.5), ('watermelon', 1, 4.0)]
print 'item'.ljust(12) + 'qty'.rjust(5) + 'price'.rjust(8)
for name, qty, price in table:
    print name.ljust(12) + str(qty).rjust(5) + ('%.2f' % price).rjust(8)
print '-' * 25
print 'total'.ljust(12) + str(sum(q for _, q, _ in table)).rjust(5) + ('%.2f' % sum(q * p for _, q, p in table)).rjust(8)
print 'end'.center(25, '=')
for n in [1, 12, 123, 1234]:
    print str(n).rjust(6, '.'), str(n).zfill(6), str(-n).zfill(6), str(n).center(6, '_')

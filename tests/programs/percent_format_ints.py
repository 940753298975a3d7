# %-formatting of integers: d i u o x X with flags - + space # 0, width, precision and *.
values = [0, 7, -7, 255, -255, 2 ** 40, -(2 ** 70), True]
for v in values:
    print '|%d|%i|%u|%o|%x|%X|' % (v, v, v, v, v, v)
for v in [42, -42]:
    print '|%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|% 05d|' % (v, v, v, v, v, v, v, v)
    print '|%.3d|%8.3d|%-8.3d|%08.3d|%+.4d|' % (v, v, v, v, v)
    print '|%#o|%#x|%#X|%#8x|%#08x|%-#8o|%+#x|' % (v, v, v, v, v, v, v)
print '|%*d|%-*d|%.*d|%*.*d|' % (6, 1, 6, 2, 4, 3, 7, 3, 4)
print '|%*d|' % (-6, 5)
print '%d %d' % (3.99, -3.99), '%d' % 2L, '%5.1d|' % 7
print '%d' % 10 ** 25, '%x' % 10 ** 25, '%o' % -(10 ** 20)
print '%c%c%c' % (72, 105, 33), '%c' % 'x', '%5c|%-5c|' % ('a', 98)
print '%s %d%%' % ('progress', 75), '%%'  % (), '100%% sure'
print '%3d|%3d|%3d' % (1, 22, 333), '%-3d|' % 4444
for n in [1, 10, 100, 1000]:
    print '%6d %6o %6x %8s' % (n, n, n, bin(n))
print '%(count)05d items' % {'count': 42}
widths = [('a', 1), ('bb', 22), ('ccc', 333)]
for label, n in widths:
    print '%-4s|%4d|%-4x|%04o|' % (label, n, n, n)
print '%d' % True, '%i' % False, '%+d' % 0, '% d' % 0, '%x' % 0, '%#x' % 0, '%#o' % 0

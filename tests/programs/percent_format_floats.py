# %-formatting of floats: e E f F g G with flags, width, precision, and special values.
values = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1e-5, 1.5e22, -0.0, 2.5, 0.5]
for v in values:
    print '|%e|%E|%f|%F|%g|%G|' % (v, v, v, v, v, v)
for v in [3.14159, -3.14159]:
    print '|%10.3f|%-10.3f|%010.3f|%+.2f|% .2f|%+010.1f|' % (v, v, v, v, v, v)
    print '|%.0f|%#.0f|%.1e|%#.0e|%.3g|%#.3g|%10.4g|' % (v, v, v, v, v, v, v)
print '%.2f %.2f %.2f %.2f' % (0.125, 0.375, 2.675, 1.005)
print '%.0f %.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5, 3.5)
print '%g %g %g %g %g %g' % (100000, 1000000, 1e-4, 1e-5, 123456789, 0.000123456)
print '%G %G' % (1e-10, 1.5e300), '%.10g' % (1.0 / 3), '%.20f' % 0.1
print '%f' % 1e20, '%.3f' % 1e15, '%e' % 0, '%f' % 7, '%g' % 7L
print '%5.1f%%' % 99.44, '%.2e' % 12345.6789, '%.15g' % 0.1, '%.17g' % 0.1
print '%f %f %f' % (float('inf'), float('-inf'), float('nan'))
print '%e %g %E %G' % (float('inf'), float('nan'), float('-inf'), float('nan'))
print '%*.*f|' % (12, 4, 2.0 / 3), '%-*.*e|' % (14, 2, 2.0 / 3)
print '%s %r %s' % (0.1, 0.1, 1.0 / 3), '%s' % 1e16, '%r' % 1e16
print '%.60f' % 0.1
print '%.3s|%5.2s|' % ('abcdef', 'xyz')
for p in range(0, 8):
    print '%.*f %.*e %.*g' % (p, 2.0 / 3, p, 2.0 / 3, p, 2.0 / 3)
print '%d%s' % (1.9e3, '!'), '%i' % 1e3

# inf, -inf, nan and -0.0: creation, repr/str, arithmetic and comparisons.
inf = float('inf')
ninf = float('-inf')
nan = float('nan')
print inf, ninf, nan
print repr(inf), repr(ninf), repr(nan)
print [inf, ninf, nan]
print float('Infinity'), float('-INF'), float('NaN'), float('+inf')
print 1e308 * 10, -1e308 * 10
print inf + 1, inf - inf, inf * 0, inf / 1e308, -inf * -1
print inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan
print nan < 1, nan > 1, nan == 1
print 1 / inf, -1 / inf
print int(1e18), long(1e20)
for text in ['inf', 'nan']:
    try:
        print int(float(text))
    except (OverflowError, ValueError) as e:
        print type(e).__name__ + ':', e

z = -0.0
print z, repr(z), str(z), 0.0 == -0.0, [z], (z,)
print -0.0 + 0.0, 0.0 * -1, -0.0 * -1, abs(-0.0)
print '%f %e %g' % (-0.0, -0.0, -0.0)
print round(-0.4), round(-0.0), -0.4 // 1
print '%f %r %s' % (inf, ninf, nan)
print '%.3f|%10.2f|%-10e|' % (inf, nan, ninf)
print max(1.0, inf), min(ninf, 0), sorted([3.0, inf, -1.0, ninf])
print hash(inf), hash(ninf), hash(nan), hash(-0.0), hash(0.0)
print 1e309, -1e309, 2e-324, 5e-324
try:
    print 10.0 ** 400
except OverflowError as e:
    print 'OverflowError:', e
try:
    print float(10 ** 400)
except OverflowError as e:
    print 'OverflowError:', e
print inf.is_integer() if hasattr(inf, 'is_integer') else None
print str(1e22), str(1e-7), repr(1e-7)

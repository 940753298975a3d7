# Float repr vs str (12 significant digits for str), shortest repr, rounding.
values = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1.5, 100.0, 1e10, 123456789.123456789,
          3.141592653589793, 2.718281828459045, 0.3, 1.1, 2.675, 1e-3, 9.999999999999]
for v in values:
    print repr(v), str(v), v

print 0.1 + 0.2 == 0.3
print [0.1, 0.5, 1.0 / 3]
print (0.1, 2.5)
print {1.5: 0.1}
print 1.0, 2., -3.0, float(7), float('1.25'), float('  -2.5  ')
print float('1e3'), float('-1E-2'), float('.5'), float('5.')
print round(2.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5, -2)
print int(3.9), int(-3.9), long(3.9), int(1e15)
print 1e15 + 0.3, 1e14 + 0.3
print 0.1 * 3, 0.1 * 10
x = 0.0
for i in range(10):
    x += 0.1
print x, repr(x), x == 1.0
print '%r %s' % (1.0 / 3, 1.0 / 3)
print str(1.0 / 7), repr(1.0 / 7)
print 1.23456789012345678, 12345.6789012345678
print 4.35 * 100, 4.35 * 100 == 435
print float.__name__, type(1.5)
print (1.5).is_integer(), (2.0).is_integer()
print (0.5).as_integer_ratio(), (0.1).as_integer_ratio()
print (255.0).hex(), float.fromhex('0x1.8p1')

# Where float repr and str switch to exponent notation (1e16 and 1e-5 edges).
for exp in range(10, 19):
    v = 10.0 ** exp
    print exp, repr(v), str(v)
for v in [1e15, 9999999999999998.0, 1e16, 12345678901234567.0, 1.5e16, 123456789012.0,
          1234567890123.0, 99999999999.9, 999999999999.5, 1e11 + 0.5]:
    print repr(v), str(v)
print '-- small'
for exp in range(1, 8):
    v = 10.0 ** -exp
    print -exp, repr(v), str(v)
for v in [0.0001, 0.00001, 0.000012345, 0.0001234, 1.5e-5, 9.9e-5, 0.00009999]:
    print repr(v), str(v)
print '-- negatives'
for v in [-1e16, -1e15, -1e-5, -0.0001, -123.456e20]:
    print repr(v), str(v)
print '-- in containers use repr'
print [1e16, 1e-5, 1e15, 0.0001]
print 1e100, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324
print 12345678901234.5, 123456789012345.6, 0.1234567890123456789

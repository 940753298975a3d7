# Classic / // % divmod and ** on negative int, long and float operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print a, b, '|', a / b, a // b, a % b, divmod(a, b)

print '-- longs'
for a, b in [(7L, 2), (-7L, 2L), (7, -2L), (-10 ** 20, 7), (10 ** 20, -7)]:
    print a, b, '|', a / b, a // b, a % b, divmod(a, b)

print '-- floats'
for a, b in [(7.0, 2), (-7.0, 2), (7, -2.0), (-7.5, -2), (5.5, 1.5), (-5.5, 1.5)]:
    print a, b, '|', a / b, a // b, a % b, divmod(a, b)

print '-- float modulo signs'
print -0.0 % 5, 0.0 % -5, 1e-300 % -1, -1e-300 % 1

print '-- powers'
print 2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3, -2 ** 2
print (-8) ** 2, 0 ** 0, 0.0 ** 0, 1 ** -1
print 2.0 ** 0.5, 4 ** 0.5, (-1) ** 0.5 if False else 'skip'
print pow(-3, 3), pow(-3, 2), pow(3, -1), pow(-2.0, 2)
print pow(7, 2, 5), pow(-7, 2, 5), pow(7, 3, -5), pow(-7, 3, 5)
print 10 ** 2, 10 ** -2, 10L ** 2

print '-- errors'
cases = [('(-8) ** (1.0 / 3)', lambda: (-8) ** (1.0 / 3)),
         ('0 ** -1', lambda: 0 ** -1),
         ('0.0 ** -1', lambda: 0.0 ** -1),
         ('pow(2, -1, 5)', lambda: pow(2, -1, 5)),
         ('5 % 0', lambda: 5 % 0),
         ('5.0 % 0', lambda: 5.0 % 0),
         ('divmod(1, 0)', lambda: divmod(1, 0)),
         ('1 // 0.0', lambda: 1 // 0.0),
         ('10L / 0', lambda: 10L / 0)]
for text, fn in cases:
    try:
        print text, '=', fn()
    except Exception as e:
        print '->', type(e).__name__ + ':', e

# Numeric builtins: abs, divmod, pow (2 and 3 args), round, chr, ord, hex, oct, bin, cmp, coerce.
print abs(-5), abs(5), abs(-2.5), abs(-10 ** 20), abs(0), abs(-0.0), abs(True), abs(3 - 4j)
print divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7)
print pow(2, 10), pow(2, -2), pow(2.0, 3), pow(2, 100), pow(-2, 3), pow(4, 0.5)
print pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, 0, 1), pow(10 ** 20, 3, 97)
print round(2.5), round(3.5), round(-2.5), round(0.5), round(1.45, 1), round(1.55, 1)
print round(123.456, 2), round(123.456, -1), round(123.456, -2), round(5, 2), round(-0.5), round(1e20)
print round(0.1 + 0.2, 15), round(2.675, 2), round(1234, -2), type(round(5))
print chr(65), chr(97), repr(chr(0)), repr(chr(255)), ord('A'), ord('\xff'), ord(u'\u20ac')
print hex(0), hex(255), hex(-1), hex(2 ** 64), hex(10L), oct(0), oct(8), oct(-8), oct(10L)
print bin(0), bin(5), bin(-5), bin(2 ** 40), bin(True)
print cmp(1, 2), cmp(2, 2), cmp(3, 2), cmp('a', 'b'), cmp([1, 2], [1]), cmp(2.5, 2), cmp(1L, 1)
print coerce(1, 2.5), coerce(1, 2L), coerce(1.5, 2j)
print int(7.9), int(-7.9), int('42'), int('-0'), int(' 7 '), int('10', 2), int(10L), long('9' * 20)
print float(3), float('2.5e3'), float(-7L), float('  nan  '), float('-Infinity')
for call, fn in [('chr(256)', lambda: chr(256)), ('chr(-1)', lambda: chr(-1)), ('ord("ab")', lambda: ord('ab')),
                 ('ord("")', lambda: ord('')), ('hex(1.5)', lambda: hex(1.5)), ('pow(2, 3, 0)', lambda: pow(2, 3, 0)),
                 ('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5)), ('divmod(1, 0.0)', lambda: divmod(1, 0.0)),
                 ('abs("x")', lambda: abs('x')), ('round("x")', lambda: round('x')), ('int([])', lambda: int([]))]:
    try:
        print call, fn()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print type(e).__name__ + ':', e
total = 0
for n in range(1, 101):
    total += pow(n, 2) % 7
print total, sum(divmod(n, 3)[1] for n in range(10))

# str.format specs: fill, align, sign, #, 0, width, thousands separator, precision and types.
for spec in ['<10', '>10', '^10', '*^11', '-<6', '0>5', '.3', '10.2', '=+8']:
    try:
        print '%-6s [%s]' % (spec, ('{:' + spec + '}').format('text'))
    except ValueError as e:
        print '%-6s ValueError: %s' % (spec, e)
n = 1234567
print '{:d}|{:,}|{:,d}|{:10,}|{:+,}|{:_>12,}'.format(n, n, n, n, n, n)
print '{:b}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#x}|{:#X}'.format(42, 42, 42, 42, 42, 42, 42, 42)
print '{:c}|{:n}|{:5}|{:<5}|{:^5}|{:05}|{:=5}'.format(65, 42, 42, 42, 42, 42, -42)
print '{:+d}|{: d}|{:-d}|{:+d}|{: d}'.format(5, 5, 5, -5, -5)
x = 3.14159265
print '{:f}|{:.2f}|{:10.3f}|{:<10.1f}|{:^10.2f}|{:+.1f}|{:010.2f}'.format(x, x, x, x, x, x, x)
print '{:e}|{:.2e}|{:E}|{:g}|{:.3g}|{:G}|{:%}|{:.1%}'.format(x, x, x, x, x, 1e-10, 0.25, 0.125)
print '{}|{:}|{:.3}|{:.10}|{:5}|'.format(x, x, x, x, 1.5)
print '{:,.2f}|{:,}|{:,.0f}'.format(1234567.891, 1234567.891, 1e9)
print '{:f}|{:e}|{:g}|{:}|{:%}'.format(float('inf'), float('-inf'), float('nan'), float('inf'), float('inf'))
print '{:.0f}|{:.0f}|{:.0f}|{:.0f}'.format(0.5, 1.5, 2.5, -2.5)
print '{:>8s}|{:<8s}|{:^8s}|{:.2s}|'.format('ab', 'ab', 'ab', 'abcdef')
print '{:,}'.format(-10 ** 20), '{:x}'.format(2 ** 70), '{:,}'.format(999), '{:,}'.format(1000)
print '{0:>{1}}|{0:<{1}}|'.format('w', 4), '{:{}.{}f}|'.format(2.0 / 3, 8, 3)
print '{:3}|{:3}|{:3}'.format(True, None if False else 'N', 1L)
print '{:d}'.format(True), '{:.2f}'.format(2), '{:g}'.format(100000000), '{:g}'.format(1e-5)
for bad, val in [('{:d}', 1.5), ('{:s}', 5), ('{:,s}', 'x'), ('{:=s}', 'x'), ('{:c}', 'x'), ('{:.2d}', 1), ('{:z}', 1)]:
    try:
        print bad.format(val)
    except ValueError as e:
        print bad, 'ValueError:', e
print '{:>12}|{:<12}|'.format(1 + 2j, [1, 2]), '{!s:^9}|'.format((1, 2))

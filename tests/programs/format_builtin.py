# The format() builtin and __format__: default spec, numbers, strings and objects with __format__.
print format(42), format(42, 'd'), format(42, '08b'), format(-42, '+x'), format(255, '#X')
print format(3.14159, '.2f'), format(1e6, ','), format(0.000123, '.2e'), format(1.0 / 3, '')
print format('text', '>8'), format('text', '*^10'), format(u'uni', '<5') + '|'
print format(1234567, ','), format(-1234.5678, ',.2f'), format(0.75, '.0%')
print repr(format(1.5)), repr(format(10 ** 20)), repr(format(True)), repr(format(None))
print format([1, 2]), format((1,)), format({'k': 1})

class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = '$%d.%02d' % divmod(self.cents, 100)
        if spec:
            return format(text, spec)
        return text
    def __str__(self):
        return 'Money(%d)' % self.cents

m = Money(12345)
print format(m), format(m, '>12'), '{0} and {0:*<12} and {0!s}'.format(m)
print '[{:^15}]'.format(m)

class Plain(object):
    def __str__(self):
        return 'plain object'

print format(Plain()), '{0}'.format(Plain()), '{0:>15}'.format(Plain())
for value, spec in [(42, 's'), ('x', 'd'), (1.5, 'd'), (Money(1), '>8')]:
    try:
        print repr(format(value, spec))
    except ValueError as e:
        print 'ValueError:', e
print format(2 ** 64, 'x'), format(-0.0, 'f'), format(float('nan'), '>5'), format(1e16, 'g')
print format(65, 'c'), format(7, '03'), format(7.0, '03'), format(-7, '=6')
table = [('alpha', 1.5, 10), ('beta', 22.25, 200), ('gamma', 333.125, 3000)]
for name, score, count in table:
    print '{:<8}{:>10.2f}{:>8,}'.format(name, score, count)
print (12).__format__('05'), 'ab'.__format__('>4'), (1.5).__format__('.3f')

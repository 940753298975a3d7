# str.format fields: auto and explicit positions, keywords, indexing, attributes, conversions, braces.
print '{} {}'.format('auto', 'numbered')
print '{0} {1} {0}'.format('a', 'b')
print '{name} is {age}'.format(name='Ann', age=31)
print '{0[0]} {0[2]} {1[key]} {1[other]}'.format('xyz', {'key': 'v', 'other': 2})
print '{0[1][0]}'.format([[1], [2, 3]])
class Box(object):
    def __init__(self):
        self.width = 3
        self.label = 'crate'
        self.items = ['nail', 'screw']
b = Box()
print '{0.label} is {0.width} wide and holds {0.items[1]}'.format(b)
print '{box.label!r} {box.width!s}'.format(box=b)
print '{0!r} {0!s} {0}'.format('quoted'), '{0!r}'.format(u'uni'), '{!r:>10}'.format('x')
print '{{literal braces}} {0}'.format('and a field'), '{{}}'.format()
print '{0}{1}{0}'.format('-', 'mid'), '{:}'.format(5), '{0:}'.format('empty spec')
args = ('first', 'second')
kwargs = {'k': 'keyword'}
print '{0} {1} {k}'.format(*args, **kwargs)
print '{0} {x}'.format(1, x=[1, 2]), '{0[1]}'.format(args), '{a[0]}'.format(a='str')
print 'Point({p[0]}, {p[1]})'.format(p=(3, 4))
print '{0} {0.real} {0.imag}'.format(3 + 4j)
errors = [
    ('{0} {1}', ('one',), {}),
    ('{} {0}', ('a', 'b'), {}),
    ('{missing}', (), {}),
    ('{0.nope}', (1,), {}),
    ('{0[5]}', ([1],), {}),
    ('{0[x]}', ({},), {}),
    ('{', (), {}),
    ('}', (), {}),
    ('{0!x}', (1,), {}),
    ('{0:d}', ('s',), {}),
]
for fmt, a, kw in errors:
    try:
        print repr(fmt), '->', repr(fmt.format(*a, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print type(e).__name__ + ':', e
print u'{0} {1}'.format(u'uni', 'str'), type(u'{0}'.format('x')).__name__
print '{0:{1}}|'.format('nested', 10), '{0:{fill}{align}{width}}|'.format('x', fill='*', align='^', width=7)

# TypeError messages for unexpected keywords, multiple values for an argument and bad ** mappings.
def two(a, b):
    return a, b

def defaults(a, b=1):
    return a, b

def star(*args):
    return args

def kw(a, **opts):
    return a, sorted(opts.items())

calls = [
    ('two(1, c=2)', lambda: two(1, c=2)),
    ('two(1, 2, a=3)', lambda: two(1, 2, a=3)),
    ('two(1, a=2)', lambda: two(1, a=2)),
    ('defaults(1, 2, b=3)', lambda: defaults(1, 2, b=3)),
    ('defaults(b=2)', lambda: defaults(b=2)),
    ('defaults(a=1, z=2)', lambda: defaults(a=1, z=2)),
    ('star(x=1)', lambda: star(x=1)),
    ('kw(1, a=2)', lambda: kw(1, a=2)),
    ('kw(a=1, b=2)', lambda: kw(a=1, b=2)),
    ('two(**{"a": 1, "b": 2, "c": 3})', lambda: two(**{'a': 1, 'b': 2, 'c': 3})),
    ('two(1, **{"a": 1})', lambda: two(1, **{'a': 1})),
    ('two(**[1])', lambda: two(**[1])),
    ('two(*1)', lambda: two(*1)),
    ('two(**{1: 2})', lambda: two(**{1: 2})),
    ('len(obj=1)', lambda: len(obj=1)),
    ('[].sort(k=1)', lambda: [].sort(k=1)),
    ('sorted([], bad=1)', lambda: sorted([], bad=1)),
    ('dict(1, 2)', lambda: dict(1, 2)),
    ('"x".split(sep=",")', lambda: "x".split(sep=",")),
    ('int(x=5)', lambda: int(x=5)),
]
for text, fn in calls:
    try:
        print text, '->', fn()
    except TypeError as e:
        print 'TypeError:', e
print two(b=2, a=1), defaults(a=5), kw(a=0, z=9, y=8), two(*(1,), **{'b': 2})

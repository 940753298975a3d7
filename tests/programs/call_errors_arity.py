# TypeError messages for calls with too many or too few positional arguments.
def none():
    pass

def one(a):
    pass

def two(a, b):
    pass

def defaults(a, b=1, c=2):
    pass

def star(a, *rest):
    pass

def kw(a, **opts):
    pass

class Thing(object):
    def method(self, x):
        pass

calls = [
    ('none(1)', lambda: none(1)),
    ('none(1, 2)', lambda: none(1, 2)),
    ('one()', lambda: one()),
    ('one(1, 2)', lambda: one(1, 2)),
    ('two(1)', lambda: two(1)),
    ('two()', lambda: two()),
    ('two(1, 2, 3)', lambda: two(1, 2, 3)),
    ('defaults()', lambda: defaults()),
    ('defaults(1, 2, 3, 4)', lambda: defaults(1, 2, 3, 4)),
    ('star()', lambda: star()),
    ('kw()', lambda: kw()),
    ('kw(1, 2)', lambda: kw(1, 2)),
    ('two(*[1])', lambda: two(*[1])),
    ('two(*range(5))', lambda: two(*range(5))),
    ('Thing().method()', lambda: Thing().method()),
    ('Thing().method(1, 2)', lambda: Thing().method(1, 2)),
    ('(lambda x: x)()', lambda: (lambda x: x)()),
    ('(lambda: 0)(1)', lambda: (lambda: 0)(1)),
    ('len()', lambda: len()),
    ('len(1, 2)', lambda: len(1, 2)),
    ('abs()', lambda: abs()),
    ('divmod(1)', lambda: divmod(1)),
    ('isinstance(1)', lambda: isinstance(1)),
    ('range()', lambda: range()),
    ('[].append()', lambda: [].append()),
    ('"x".join()', lambda: "x".join()),
    ('getattr(1)', lambda: getattr(1)),
    ('int(1, 2, 3)', lambda: int(1, 2, 3)),
]
for text, fn in calls:
    try:
        fn()
        print text, 'succeeded'
    except TypeError as e:
        print text + ':', e

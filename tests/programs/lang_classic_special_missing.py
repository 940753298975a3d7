# Classic instances without a special method: the lookup's own error, or
# the fallback CPython takes (iteration for `in`, __getitem__ for iter).
class Plain:
    pass
class OnlyItems:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
class Loud:
    def __getattr__(self, name):
        if name == '__iter__':
            raise KeyError(name)
        raise AttributeError(name)
class BadIter:
    def __iter__(self):
        return 5
for label, f in [
    ('len', lambda: len(Plain())),
    ('getitem', lambda: Plain()['k']),
    ('neg', lambda: -Plain()),
    ('pos', lambda: +Plain()),
    ('invert', lambda: ~Plain()),
    ('call', lambda: Plain()(1)),
    ('iter', lambda: iter(Plain())),
    ('in', lambda: 1 in Plain()),
    ('in items', lambda: (20 in OnlyItems(), 7 in OnlyItems())),
    ('list items', lambda: list(OnlyItems())),
    ('loud iter', lambda: iter(Loud())),
    ('loud len', lambda: len(Loud())),
    ('bad iter', lambda: iter(BadIter())),
    ('for', lambda: [x for x in Plain()]),
]:
    try:
        print label, f()
    except Exception as e:
        print label, type(e).__name__, e
print callable(Plain()), callable(OnlyItems)

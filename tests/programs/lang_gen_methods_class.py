# Generators as methods: __iter__ defined as a generator, multiple independent iterators, generators capturing self, staticmethod/classmethod generators, generator in a property.
class Playlist(object):
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)
    def __iter__(self):
        for i, s in enumerate(self.songs):
            yield '%s#%d:%s' % (self.name, i + 1, s)
    def shuffle_like(self):
        evens = self.songs[::2]
        odds = self.songs[1::2]
        for pair in zip(odds, evens):
            for s in pair:
                yield s
        if len(evens) > len(odds):
            yield evens[-1]
    @staticmethod
    def count_to(n):
        i = 0
        while i < n:
            i += 1
            yield i
    @classmethod
    def from_lines(cls, text):
        for line in text.strip().splitlines():
            name, _, songs = line.partition(':')
            yield cls(name.strip(), [s.strip() for s in songs.split(',')])
    @property
    def lengths(self):
        return (len(s) for s in self.songs)

p = Playlist('mix', ['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
print list(p)
a, b = iter(p), iter(p)
print next(a), next(a), next(b)
print list(p.shuffle_like())
print list(Playlist.count_to(4)), list(p.count_to(2))
for pl in Playlist.from_lines('''
    rock: one, two
    jazz: so what, blue in green, freddie
'''):
    print pl.name, list(pl)
print list(p.lengths), sum(p.lengths), type(p.lengths).__name__
p.songs.append('zeta')
it = iter(p)
p.songs.append('eta')
print len(list(it))

class Tree(object):
    def __init__(self, label, *children):
        self.label = label
        self.children = children
    def walk(self, depth=0):
        yield depth, self.label
        for c in self.children:
            for item in c.walk(depth + 1):
                yield item
    def __iter__(self):
        return (label for _, label in self.walk())
tree = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b'))
for depth, label in tree.walk():
    print '  ' * depth + label
print list(tree), 'a2' in tree, len(list(tree))
print [label for label in tree if label.startswith('a')]
print dict(tree.walk())

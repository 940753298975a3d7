# Hand-written iterator classes: chain, islice, cycle, groupby, tee-like buffering and a peekable wrapper, combined in pipelines with builtins.
class Chain(object):
    def __init__(self, *iterables):
        self.its = iter(iterables)
        self.cur = iter(())
    def __iter__(self):
        return self
    def next(self):
        while True:
            try:
                return next(self.cur)
            except StopIteration:
                self.cur = iter(next(self.its))

class ISlice(object):
    def __init__(self, it, start, stop, step=1):
        self.it = iter(it)
        self.i = 0
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def next(self):
        while self.i < self.start:
            next(self.it)
            self.i += 1
        if self.stop is not None and self.i >= self.stop:
            raise StopIteration
        v = next(self.it)
        self.i += 1
        for _ in range(self.step - 1):
            if self.stop is not None and self.i >= self.stop:
                break
            next(self.it, None)
            self.i += 1
        return v

class Cycle(object):
    def __init__(self, it):
        self.saved = []
        self.it = iter(it)
        self.pos = None
    def __iter__(self):
        return self
    def next(self):
        if self.pos is None:
            try:
                v = next(self.it)
                self.saved.append(v)
                return v
            except StopIteration:
                if not self.saved:
                    raise
                self.pos = 0
        v = self.saved[self.pos]
        self.pos = (self.pos + 1) % len(self.saved)
        return v

class GroupBy(object):
    def __init__(self, it, key=None):
        self.it = iter(it)
        self.key = key or (lambda x: x)
        self.pending = self.sentinel = object()
    def __iter__(self):
        return self
    def next(self):
        if self.pending is self.sentinel:
            self.pending = next(self.it)
        k = self.key(self.pending)
        group = [self.pending]
        self.pending = self.sentinel
        for v in self.it:
            if self.key(v) == k:
                group.append(v)
            else:
                self.pending = v
                break
        return k, group

class Peekable(object):
    _empty = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._empty
    def __iter__(self):
        return self
    def peek(self, default=None):
        if self.buf is self._empty:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
    def next(self):
        if self.buf is not self._empty:
            v, self.buf = self.buf, self._empty
            return v
        return next(self.it)
    def __nonzero__(self):
        return self.peek(self._empty) is not self._empty

print list(Chain('ab', [1, 2], (), xrange(2)))
print list(ISlice(xrange(100), 5, 15, 3)), list(ISlice('abcdef', 0, None, 2)), list(ISlice([1, 2], 5, 10))
print list(ISlice(Cycle('xyz'), 0, 8))
print list(GroupBy('aaabccdaa'))
print [(k, len(g)) for k, g in GroupBy([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)]
p = Peekable([10, 20, 30])
print p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek('empty'), bool(p)
p2 = Peekable('hi')
while p2:
    print 'item', next(p2)
words = 'the cat sat on the mat with the hat'.split()
print sorted((len(list(g)), k) for k, g in GroupBy(sorted(words)))
print dict(GroupBy(sorted(words, key=len), key=len))
print sum(ISlice(Cycle([1, 2, 3]), 0, 10)), max(Chain([3], [9, 1])), zip(Cycle('ab'), range(5))
try:
    next(Cycle([]))
except StopIteration:
    print 'empty cycle stops'
c = Chain([1], 5)
print next(c)
next(c)

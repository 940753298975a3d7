# Generator pipelines: producer/filter/transformer stages, infinite sources, chunking, interleaving, state machines driven by generators.
def numbers(start=1):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def primes():
    found = []
    for n in numbers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print list(take(12, primes()))
print list(chunks(take(10, numbers()), 3))
print list(interleave('abc', [1, 2], 'XYZW'))
squares = (n * n for n in numbers())
evens = (s for s in squares if s % 2 == 0)
print list(take(5, evens))

def tokenize(text):
    word = ''
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield ('WORD', word)
                word = ''
            if not ch.isspace():
                yield ('PUNCT', ch)
    if word:
        yield ('WORD', word)
for tok in tokenize('Hello, world! 42 times.'):
    print tok

def traffic_light():
    while True:
        yield 'green'
        yield 'yellow'
        yield 'red'
print list(take(7, traffic_light()))

def running(it):
    total = 0
    for v in it:
        total += v
        yield total
print list(running(take(6, numbers())))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            for sub in flatten(item):
                yield sub
    else:
        yield x
print list(flatten([1, [2, (3, [4, []]), 5], [[6]]]))
def window(seq, n):
    it = iter(seq)
    win = tuple(take(n, it))
    if len(win) == n:
        yield win
    for v in it:
        win = win[1:] + (v,)
        yield win
print list(window(range(6), 3))

# Uncaught exception inside a lambda called from a list comprehension (the comprehension has no frame of its own).
inverse = lambda x: 1.0 / x
scale = lambda x, k=10: x * k

print [scale(v) for v in range(4)]
print [inverse(v) for v in [1, 2, 4, 8]]
print map(lambda s: s.upper(), ['a', 'b'])
print sorted(['bb', 'a', 'ccc'], key=lambda w: len(w))

def table(values):
    return [(v, inverse(v)) for v in values]

print table([5, 10])
nested = [[inverse(a * b) for a in (1, 2)] for b in (1, 4)]
print nested
checks = [lambda v: v > 0, lambda v: v < 100]
print [all(c(v) for c in checks) for v in (-1, 50, 500)]
values = [4, 2, 1, 0, -1]
print 'inverting', values
result = [round(inverse(v), 3) for v in values]
print result

# Lambdas: as arguments, in data structures, defaults, conditional bodies and immediate calls.
square = lambda x: x * x
print square(7), (lambda: 'no args')(), (lambda *a: len(a))(1, 2, 3)
print (lambda a, b=10: a + b)(5), (lambda **k: sorted(k))(z=1, a=2)
print map(lambda x: x * 2, [1, 2, 3]), filter(lambda s: s.isupper(), 'aBcDE')
print reduce(lambda acc, x: acc * x, range(1, 8)), sorted([3, -1, 2], key=lambda v: -v)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in sorted(ops):
    print sym, ops[sym](6, 3)
classify = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print [classify(n) for n in (-2, 0, 3)]
print square.__name__, square.func_name, (lambda: 0).func_code.co_name
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
print triple(4), make_multiplier('ab')(2)
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(' ', '_')]
value = '  Hello Big World '
for step in pipeline:
    value = step(value)
print value
print (lambda x, (y, z): x + y + z)(1, (2, 3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print fact(10), fact(20)
print sorted(['bb', 'a', 'ccc'], key=len, reverse=True)
print max(['apple', 'fig', 'banana'], key=lambda w: w[-1])
adders = [lambda x, i=i: x + i for i in range(3)]
print [f(10) for f in adders]
print (lambda x: x)(42), (lambda x, y: y)(*'xy')
print square.__doc__, (lambda: None)() is None

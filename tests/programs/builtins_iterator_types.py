# enumerate and reversed are types; bytes is str
calls = [
    ("enumerate()", lambda: enumerate()),
    ("enumerate('a', 1, 2)", lambda: enumerate('a', 1, 2)),
    ("enumerate('a', foo=1)", lambda: enumerate('a', foo=1)),
    ("enumerate('a', sequence='b')", lambda: enumerate('a', sequence='b')),
    ("enumerate(sequence='ab', start=3)", lambda: enumerate(sequence='ab', start=3)),
    ("enumerate('ab', start='x')", lambda: enumerate('ab', start='x')),
    ("enumerate(3)", lambda: enumerate(3)),
    ("enumerate('ab', True)", lambda: enumerate('ab', True)),
    ("reversed()", lambda: reversed()),
    ("reversed(1, 2)", lambda: reversed(1, 2)),
    ("reversed(seq=[1])", lambda: reversed(seq=[1])),
    ("reversed(3)", lambda: reversed(3)),
    ("reversed('abc')", lambda: reversed('abc')),
    ("reversed(xrange(3))", lambda: reversed(xrange(3))),
    ("enumerate.__new__(enumerate, 'ab')", lambda: enumerate.__new__(enumerate, 'ab')),
    ("reversed.__new__(reversed, (1, 2))", lambda: reversed.__new__(reversed, (1, 2))),
    ("enumerate('a').next()", lambda: enumerate('a').next()),
]
for text, call in calls:
    try:
        r = call()
        print text, '->', list(r) if hasattr(r, 'next') else r
    except Exception as e:
        print text, '!!', type(e).__name__, e
e = enumerate('xyz', 1)
print type(e), type(e).__name__, isinstance(e, enumerate), enumerate, reversed, enumerate.__module__
print type(reversed((1, 2))), type(reversed([1])), isinstance(reversed('ab'), reversed)
print iter(e) is e, e.next(), list(e)
print bytes, bytes is str, bytes('abc'), 'bytes' in dir(__builtins__), 'dictproxy' in dir(__builtins__)
print [n for n in ('enumerate', 'reversed', 'xrange', 'zip', 'map') if isinstance(getattr(__builtins__, n), type)]

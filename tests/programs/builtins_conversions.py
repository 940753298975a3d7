# Type conversion builtins: int/long/float/str/repr/bool/list/tuple/dict/set and their edge cases.
print int('12'), int(12.9), int(-12.9), int(True), int('  -5 '), int('0x1A', 16), int('z', 36), int('11', 0)
print long(12), long('123456789012345678901234567890'), long(1.5e10), repr(long('7'))
print float(1), float('3.5'), float(' -1e-3 '), float(2 ** 60), repr(float('0.1'))
print str(1), str(1.5), str(2L), str(None), str([1, 'a']), str((1,)), str({'a': 1}), str(u'abc')
print repr(1), repr(1.5), repr(2L), repr('a'), repr(u'a'), repr([1, 'a']), repr(())
print bool(0), bool(1), bool(''), bool('False'), bool([]), bool([[]]), bool(0.0), bool(-0.0), bool(1e-300)
print list('abc'), list((1, 2)), list(xrange(3)), sorted(list({'x': 1, 'y': 2})), list(u'ab')
print tuple('ab'), tuple([1, [2]]), tuple(xrange(2)), tuple(sorted(set([3, 1])))
print dict([('a', 1), ('b', 2)]) == dict(a=1, b=2), dict(zip('ab', 'xy')) == {'a': 'x', 'b': 'y'}
print dict({'k': 1}, z=2) == {'k': 1, 'z': 2}, dict([['p', 'q']]), dict(())
print set('hello') == set(['h', 'e', 'l', 'o']), set([1, 2, 2]), set(), set((3,))
print frozenset([1, 1]), list(set([5])), tuple(frozenset(['only']))
print int(str(42)) == 42, float(repr(0.1)) == 0.1, str(float('1.5')) == '1.5'
for call, fn in [('int("")', lambda: int('')), ('int("1e3")', lambda: int('1e3')), ('int(None)', lambda: int(None)),
                 ('float("1,5")', lambda: float('1,5')), ('float([])', lambda: float([])),
                 ('long("x")', lambda: long('x')), ('dict([1, 2])', lambda: dict([1, 2])),
                 ('dict([("a",)])', lambda: dict([('a',)])), ('list(5)', lambda: list(5)),
                 ('tuple(None)', lambda: tuple(None)), ('set([[]])', lambda: set([[]])),
                 ('int("12", 1)', lambda: int('12', 1)), ('int(12, 10)', lambda: int(12, 10))]:
    try:
        print call, '=', fn()
    except (ValueError, TypeError) as e:
        print type(e).__name__ + ':', e
print int('  +7  '), int('-0b11', 0), int('0o7', 8), int('0X1f', 16), long('  -42L '.strip().rstrip('L'))
print type(int(2 ** 70)).__name__, type(int('9' * 30)).__name__, type(long(1)).__name__
print str(10 ** 20), repr(10 ** 20), str(-0.0), str(1e100), repr(1e-10)

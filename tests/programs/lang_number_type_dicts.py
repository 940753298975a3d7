# The dicts of int, long, float, complex and bool: their slot wrappers (__radd__, __coerce__, __getnewargs__, ...), with right and wrong arguments, NotImplemented for operands a slot does not take, the real/imag getsets and __doc__.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '->', repr(r)

for T in (int, long, bool, complex, object, type):
    print T.__name__, sorted(T.__dict__)
    print len(dir(T)), len(dir(T if T is type else T()))
print sorted(set(float.__dict__) - set(['__getformat__', '__setformat__']))
print len(dir(1)), len(dir(1L)), len(dir(True)), len(dir(1j))

class I(int): pass
class L(long): pass
class F(float): pass

cases = [
    ('(1).__radd__(2)', lambda: (1).__radd__(2)),
    ('int.__abs__(-3)', lambda: int.__abs__(-3)),
    ('(1).__add__(2.0)', lambda: (1).__add__(2.0)),
    ('(1).__add__(2L)', lambda: (1).__add__(2L)),
    ('(1L).__add__(2)', lambda: (1L).__add__(2)),
    ('(1.0).__add__(2j)', lambda: (1.0).__add__(2j)),
    ('int.__add__(1.0, 2)', lambda: int.__add__(1.0, 2)),
    ('int.__add__()', lambda: int.__add__()),
    ('(1).__add__(2, 3)', lambda: (1).__add__(2, 3)),
    ('(2).__add__(x=1)', lambda: (2).__add__(x=1)),
    ('int.__add__(True, 2)', lambda: int.__add__(True, 2)),
    ('(5).__add__(I(3))', lambda: (5).__add__(I(3))),
    ("(5).__add__('a')", lambda: (5).__add__('a')),
    ('(2).__pow__(3, 5, 7)', lambda: (2).__pow__(3, 5, 7)),
    ('(2).__pow__()', lambda: (2).__pow__()),
    ('(2).__pow__(3, 5.0)', lambda: (2).__pow__(3, 5.0)),
    ('(2).__pow__(3, 5L)', lambda: (2).__pow__(3, 5L)),
    ('(2).__rpow__(3, 5)', lambda: (2).__rpow__(3, 5)),
    ('(2.0).__pow__(3, 5)', lambda: (2.0).__pow__(3, 5)),
    ('(2.0).__pow__(3, None)', lambda: (2.0).__pow__(3, None)),
    ('(2j).__pow__(3, 5)', lambda: (2j).__pow__(3, 5)),
    ('(2L).__pow__(-3, 5)', lambda: (2L).__pow__(-3, 5)),
    ('(0).__pow__(-3)', lambda: (0).__pow__(-3)),
    ('(1).__cmp__(2)', lambda: (1).__cmp__(2)),
    ('(1).__cmp__(1L)', lambda: (1).__cmp__(1L)),
    ('(1L).__cmp__(1)', lambda: (1L).__cmp__(1)),
    ('(1).__cmp__(I(2))', lambda: (1).__cmp__(I(2))),
    ("(1.0).__lt__('a')", lambda: (1.0).__lt__('a')),
    ('(1.0).__lt__(2L)', lambda: (1.0).__lt__(2L)),
    ('(1j).__lt__(1)', lambda: (1j).__lt__(1)),
    ('(1j).__eq__(1)', lambda: (1j).__eq__(1)),
    ("hasattr(1, '__eq__')", lambda: hasattr(1, '__eq__')),
    ('(1j).__int__()', lambda: (1j).__int__()),
    ('(1j).__float__()', lambda: (1j).__float__()),
    ('(1j).__long__()', lambda: (1j).__long__()),
    ('(1.5).__trunc__()', lambda: (1.5).__trunc__()),
    ('(1e300).__trunc__()', lambda: (1e300).__trunc__()),
    ('(1e300).__coerce__(10**400)', lambda: (1e300).__coerce__(10**400)),
    ('(1e300).__coerce__(10)', lambda: (1e300).__coerce__(10)),
    ('(1).__coerce__(True)', lambda: (1).__coerce__(True)),
    ('(1).__coerce__(2L)', lambda: (1).__coerce__(2L)),
    ('(1L).__coerce__(2)', lambda: (1L).__coerce__(2)),
    ('(1L).__coerce__(2.0)', lambda: (1L).__coerce__(2.0)),
    ('(1j).__coerce__(2)', lambda: (1j).__coerce__(2)),
    ("(1j).__coerce__('a')", lambda: (1j).__coerce__('a')),
    ('True.__and__(1)', lambda: True.__and__(1)),
    ('True.__and__(True)', lambda: True.__and__(True)),
    ('True.__rxor__(True)', lambda: True.__rxor__(True)),
    ('True.__and__(1L)', lambda: True.__and__(1L)),
    ('bool.__and__(1, 1)', lambda: bool.__and__(1, 1)),
    ('(5).__divmod__(2.0)', lambda: (5).__divmod__(2.0)),
    ('(5).__rdivmod__(2)', lambda: (5).__rdivmod__(2)),
    ('(5).__divmod__(0)', lambda: (5).__divmod__(0)),
    ('(5.0).__rdivmod__(0)', lambda: (5.0).__rdivmod__(0)),
    ('(5).__getnewargs__()', lambda: (5).__getnewargs__()),
    ('(5).__getnewargs__(1)', lambda: (5).__getnewargs__(1)),
    ('(5j).__getnewargs__()', lambda: (5j).__getnewargs__()),
    ('(5.5).__getnewargs__()', lambda: (5.5).__getnewargs__()),
    ('(5L).__getnewargs__()', lambda: (5L).__getnewargs__()),
    ('I(5).__getnewargs__()', lambda: I(5).__getnewargs__()),
    ('F(5).__getnewargs__()', lambda: F(5).__getnewargs__()),
    ('True.__getnewargs__()', lambda: True.__getnewargs__()),
    ('True.__hex__()', lambda: True.__hex__()),
    ('(-5L).__hex__()', lambda: (-5L).__hex__()),
    ('(8).__oct__()', lambda: (8).__oct__()),
    ('(5L).__index__()', lambda: (5L).__index__()),
    ('True.__index__()', lambda: True.__index__()),
    ('I(7).__index__()', lambda: I(7).__index__()),
    ('True.__trunc__()', lambda: True.__trunc__()),
    ('True.conjugate()', lambda: True.conjugate()),
    ('int.conjugate()', lambda: int.conjugate()),
    ('int.conjugate(1.0)', lambda: int.conjugate(1.0)),
    ('(5).conjugate(1)', lambda: (5).conjugate(1)),
    ('True.bit_length()', lambda: True.bit_length()),
    ('(-255L).bit_length()', lambda: (-255L).bit_length()),
    ('(-2**63).bit_length()', lambda: (-2**63).bit_length()),
    ('int.real', lambda: int.real),
    ('int.real.__get__(5)', lambda: int.real.__get__(5)),
    ('int.numerator.__get__(5.0)', lambda: int.numerator.__get__(5.0)),
    ('long.denominator.__get__(5L)', lambda: long.denominator.__get__(5L)),
    ('(5L).imag', lambda: (5L).imag),
    ('complex.imag.__get__(5j)', lambda: complex.imag.__get__(5j)),
    ('type(I(5).real)', lambda: type(I(5).real)),
    ('(5).__neg__(1)', lambda: (5).__neg__(1)),
    ('(3+4j).__abs__()', lambda: (3+4j).__abs__()),
    ('(-2**63).__abs__()', lambda: (-2**63).__abs__()),
    ('(-5).__invert__()', lambda: (-5).__invert__()),
    ('type(I(-5).__pos__())', lambda: type(I(-5).__pos__())),
    ('(2**70).__int__()', lambda: (2**70).__int__()),
    ('(1e400).__long__()', lambda: (1e400).__long__()),
    ('(5).__rtruediv__(2)', lambda: (5).__rtruediv__(2)),
    ('(5).__rsub__(2)', lambda: (5).__rsub__(2)),
    ('(5).__rlshift__(2)', lambda: (5).__rlshift__(2)),
    ('(5).__rshift__(-1)', lambda: (5).__rshift__(-1)),
    ('(5.5).__rmod__(2)', lambda: (5.5).__rmod__(2)),
    ('(5.5).__rpow__(2, 3)', lambda: (5.5).__rpow__(2, 3)),
    ('(3).__rmul__([1])', lambda: (3).__rmul__([1])),
    ('(7L).__div__(0)', lambda: (7L).__div__(0)),
    ('bool.__repr__(True)', lambda: bool.__repr__(True)),
    ('bool.__new__(bool, 5)', lambda: bool.__new__(bool, 5)),
    ('bool.__new__(int)', lambda: bool.__new__(int)),
    ('bool(1, 2)', lambda: bool(1, 2)),
    ("(1).__getattribute__('real')", lambda: (1).__getattribute__('real')),
    ('(1).__getattribute__(5)', lambda: (1).__getattribute__(5)),
    ("(1).__getattribute__('nope')", lambda: (1).__getattribute__('nope')),
    ('None.__repr__()', lambda: None.__repr__()),
    ('int.__doc__', lambda: int.__doc__),
    ('(1j).__doc__', lambda: (1j).__doc__),
    ('I.__doc__', lambda: I.__doc__),
    ('ValueError(1).__doc__', lambda: ValueError(1).__doc__),
    ('None.__doc__', lambda: None.__doc__),
]
for label, f in cases:
    t(label, f)

def setter(o, n):
    setattr(o, n, 1)
t('(5).real = 1', lambda: setter(5, 'real'))
t('(5j).real = 1', lambda: setter(5j, 'real'))
t('(5.0).imag = 1', lambda: setter(5.0, 'imag'))
t('del (5L).numerator', lambda: delattr(5L, 'numerator'))
t('(5).__add__ = 1', lambda: setter(5, '__add__'))
t('I(2).real = 5', lambda: setter(I(2), 'real'))

# Operators on subclasses still compare and compute with the values.
print I(3) == 3, I(3) < 4, 3 < I(4), I(3) < 4.0, I(3) + 4, 4 + I(3), 4.0 + I(3)
print I(3) ** 2, pow(I(3), 2, 5), divmod(I(7), 2), abs(I(-7)), -I(7), ~I(7)
print F(1.5) + 1, F(1.5) < 2, F(1.5) == F(1.5), L(5) + 1, cmp(I(1), 2), cmp(L(1), 2)
print sorted([I(3), 1, L(2), F(0.5)]), I(3) & True, True & I(3)
print [long.__sizeof__(v) for v in [0L, 1L, -1L, 2L**30, 2L**60, 2L**90]]
t('(1L).__sizeof__(2)', lambda: (1L).__sizeof__(2))
t('long.__sizeof__(1)', lambda: long.__sizeof__(1))

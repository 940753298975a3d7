# Exception classes' own __init__ and __new__ (checks of self and cls, keyword arguments), built-in types' __doc__, __getattribute__ and NoneType's methods.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '->', repr(r)

for T in (Exception, ValueError, StopIteration, LookupError, ZeroDivisionError, Warning):
    print T.__name__, sorted(T.__dict__)

class E(ValueError):
    def __init__(self, a):
        ValueError.__init__(self, a, 'extra')

class E2(KeyError):
    def __new__(cls, *a):
        return KeyError.__new__(cls, *a)

class I(int):
    pass

cases = [
    ('ValueError.__init__(KeyError())', lambda: ValueError.__init__(KeyError())),
    ('ValueError.__init__()', lambda: ValueError.__init__()),
    ('ValueError.__new__()', lambda: ValueError.__new__()),
    ('ValueError.__new__(5)', lambda: ValueError.__new__(5)),
    ('ValueError.__new__(int)', lambda: ValueError.__new__(int)),
    ('ValueError.__new__(ValueError, 1, 2).args', lambda: ValueError.__new__(ValueError, 1, 2).args),
    ('ValueError.__new__(UnicodeError, 1, 2)', lambda: ValueError.__new__(UnicodeError, 1, 2)),
    ('LookupError.__new__(KeyError, 1).args', lambda: LookupError.__new__(KeyError, 1).args),
    ('KeyError.__init__(KeyError(), 4, x=5)', lambda: KeyError.__init__(KeyError(), 4, x=5)),
    ('Exception.__new__(ValueError, x=5)', lambda: Exception.__new__(ValueError, x=5)),
    ('ValueError(x=5)', lambda: ValueError(x=5)),
    ('E(3).args', lambda: E(3).args),
    ('E2(4)', lambda: E2(4)),
    ('E2(4).args', lambda: E2(4).args),
    ('ValueError.__doc__', lambda: ValueError.__doc__),
    ('E.__doc__', lambda: E.__doc__),
    ('KeyError(1).__doc__', lambda: KeyError(1).__doc__),
    ('BaseException.__doc__', lambda: BaseException.__doc__),
    ('int.__doc__', lambda: int.__doc__),
    ('str.__doc__', lambda: str.__doc__),
    ("''.__doc__", lambda: ''.__doc__),
    ('[].__doc__', lambda: [].__doc__),
    ('dict.__doc__', lambda: dict.__doc__),
    ('frozenset.__doc__', lambda: frozenset.__doc__),
    ('xrange.__doc__', lambda: xrange.__doc__),
    ('slice.__doc__', lambda: slice.__doc__),
    ('I.__doc__', lambda: I.__doc__),
    ('I(2).__doc__', lambda: I(2).__doc__),
    ('None.__doc__', lambda: None.__doc__),
    ('type(None).__doc__', lambda: type(None).__doc__),
    ('None.__repr__()', lambda: None.__repr__()),
    ('None.__hash__() == hash(None)', lambda: None.__hash__() == hash(None)),
    ("'ab'.__getattribute__('upper')()", lambda: 'ab'.__getattribute__('upper')()),
    ("[1].__getattribute__('pop')()", lambda: [1].__getattribute__('pop')()),
    ('(1.5).__getattribute__(3)', lambda: (1.5).__getattribute__(3)),
    ("{}.__getattribute__('nope')", lambda: {}.__getattribute__('nope')),
    ("slice(1).__getattribute__('stop')", lambda: slice(1).__getattribute__('stop')),
    ("ValueError(3).__getattribute__('args')", lambda: ValueError(3).__getattribute__('args')),
]
for label, f in cases:
    t(label, f)

e = KeyError(1)
KeyError.__init__(e, 7, 8)
print e.args
e.__setattr__('note', 5)
print e.note
e.__delattr__('note')
print hasattr(e, 'note')
try:
    raise E(5)
except ValueError as x:
    print 'caught', x.args

# __getnewargs__ of str, unicode and tuple; sets have no __getitem__, xrange no comparisons.
class S(str): pass
class U(unicode): pass
class T(tuple): pass
for label, f in [
    ("'ab'.__getnewargs__()", lambda: 'ab'.__getnewargs__()),
    ("u'ab'.__getnewargs__()", lambda: u'ab'.__getnewargs__()),
    ('(1, 2).__getnewargs__()', lambda: (1, 2).__getnewargs__()),
    ("S('x').__getnewargs__()", lambda: S('x').__getnewargs__()),
    ("type(S('x').__getnewargs__()[0])", lambda: type(S('x').__getnewargs__()[0])),
    ('type(T((1,)).__getnewargs__()[0])', lambda: type(T((1,)).__getnewargs__()[0])),
    ("type(U(u'x').__getnewargs__()[0])", lambda: type(U(u'x').__getnewargs__()[0])),
    ("'ab'.__getnewargs__(1)", lambda: 'ab'.__getnewargs__(1)),
    ('set([1]).__getitem__', lambda: set([1]).__getitem__),
    ('3 in xrange(5)', lambda: 3 in xrange(5)),
    ("hasattr(xrange(3), '__eq__')", lambda: hasattr(xrange(3), '__eq__')),
]:
    t(label, f)

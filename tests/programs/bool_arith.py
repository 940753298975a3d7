# bool is a subclass of int: arithmetic, repr, conversions and truthiness.
print True, False, repr(True), str(False)
print True + True, True * 10, False - True, -True, ~True, ~False
print True / 2, True // 2, True % 2, True ** 10, 2 ** True
print type(True + True), type(True & True), type(True | False), type(True ^ True)
print True & False, True | False, True ^ True, False ^ True
print 1 == True, 0 == False, 2 == True, True is 1
print isinstance(True, int), issubclass(bool, int), bool.__name__
print int(True), float(False), str(True), long(True), repr(long(True))
print bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'), bool([]), bool([0])
print bool(()), bool({}), bool(None), bool(0j), bool(set()), bool(xrange(0))
print sum([True, True, False, True])
print ['no', 'yes'][True], ['no', 'yes'][False]
print {True: 'a', 1: 'b', 1.0: 'c'}
print hash(True), hash(False)
print True < 2, False < True, max(True, 0), min(False, -1)
print not 0, not 1, not '', not 'x', not None
print 1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', None or 0 or []
print 3 > 2 and 'big' or 'small', 1 > 2 and 'big' or 'small'
print cmp(True, False), abs(-True), divmod(True, True)
print True.__class__, (5 > 3).__class__
print '%d %s %r %i' % (True, True, False, False)
print '{0} {1:d}'.format(True, True)
print True.real, True.imag, (True).numerator

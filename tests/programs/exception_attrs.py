# Exception attributes: args, message, errno/strerror style args, str/repr of many built-in exceptions.
errors = [Exception(), Exception('msg'), Exception('a', 'b'), Exception(42), ValueError(''),
          KeyError('key'), KeyError(1), KeyError(), KeyError('a', 'b'), IndexError('index'),
          TypeError('t', 2), ZeroDivisionError('z'), IOError(2, 'No such file'), IOError(2, 'No such file', 'f.txt'),
          OSError('plain'), EnvironmentError(1, 2, 3), UnicodeError('u'), StopIteration(), SystemExit(3),
          KeyboardInterrupt(), NotImplementedError('todo'), AttributeError("no 'x'"), Warning('w')]
for e in errors:
    print '%-20s str=%-22r repr=%s' % (type(e).__name__, str(e), repr(e))
print
for e in errors[:5]:
    print e.args, repr(e.message)
io = IOError(2, 'No such file', 'f.txt')
print io.errno, io.strerror, io.filename, io.args
io2 = IOError('just text')
print io2.errno, io2.strerror, io2.filename
sx = SystemExit(3)
print sx.code, SystemExit().code, SystemExit('bye').code, SystemExit(1, 2).code
e = ValueError('original')
e.args = ('changed', 'twice')
print e, e.args
e.custom = 'extra attribute'
print e.custom
print unicode(Exception(u'unicode text')), str(Exception(u'ascii ok'))
try:
    {}[(1, 2)]
except KeyError as err:
    print 'KeyError:', err, err.args
try:
    {}[()]
except KeyError as err:
    print 'KeyError:', err, repr(err)
try:
    [].pop()
except IndexError as err:
    print err.args, err.message
print isinstance(KeyError('x'), LookupError), isinstance(ZeroDivisionError(), ArithmeticError)
print [c.__name__ for c in ZeroDivisionError.__mro__]
print [c.__name__ for c in KeyError.__mro__], [c.__name__ for c in IOError.__mro__]

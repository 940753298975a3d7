# Which handler matches: tuples of classes, base classes, order of except clauses, StandardError tree.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup subclass: ' + type(e).__name__
    except ArithmeticError as e:
        return 'arithmetic: ' + type(e).__name__
    except (TypeError, ValueError):
        return 'type or value'
    except StandardError as e:
        return 'standard: ' + type(e).__name__
    except Exception as e:
        return 'exception: ' + type(e).__name__

for exc in [KeyError('k'), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(),
            FloatingPointError(), TypeError(), UnicodeDecodeError('ascii', '\xff', 0, 1, 'bad'),
            NameError(), UnboundLocalError(), AttributeError(), StopIteration(), Warning(),
            RuntimeError(), NotImplementedError(), IOError(), EOFError()]:
    print '%-20s -> %s' % (type(exc).__name__, classify(exc))

handlers = (ValueError, TypeError)
try:
    int([])
except handlers as e:
    print 'dynamic tuple caught', type(e).__name__

nested_tuple = ((KeyError, (IndexError,)), ZeroDivisionError)
try:
    [][0]
except nested_tuple:
    print 'nested tuples of classes also match'

def first_match():
    try:
        raise KeyError('x')
    except LookupError:
        return 'LookupError clause came first'
    except KeyError:
        return 'never reached'

print first_match()
try:
    try:
        raise SystemExit(5)
    except Exception:
        print 'not caught by Exception'
except BaseException as e:
    print 'BaseException caught', type(e).__name__, e.code
try:
    raise KeyboardInterrupt
except Exception:
    print 'wrong'
except KeyboardInterrupt:
    print 'KeyboardInterrupt is not an Exception'
print issubclass(UnboundLocalError, NameError), issubclass(UnicodeDecodeError, ValueError)
print issubclass(StopIteration, StandardError), issubclass(Warning, StandardError)

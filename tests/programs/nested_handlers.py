# Nested try statements: inner handlers, re-raising to outer ones, exceptions inside handlers.
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError('inner value')
            if n == 1:
                raise KeyError('inner key')
            return 'no error'
        except ValueError as e:
            return 'inner handled: %s' % e
    except KeyError as e:
        return 'outer handled: %r' % e

for n in range(3):
    print level(n)

def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError('raised in handler')
    except RuntimeError as e:
        return 'outer got %s' % e

print handler_raises()

def reraise_after_log():
    log = []
    try:
        try:
            int('nope')
        except ValueError:
            log.append('logged')
            raise
    except ValueError as e:
        log.append('outer: ' + str(e))
    return log

print reraise_after_log()

def finally_inside_except():
    out = []
    try:
        raise IndexError('idx')
    except IndexError:
        try:
            out.append('in handler')
        finally:
            out.append('handler finally')
    return out

print finally_inside_except()

def deep(n):
    if n == 0:
        raise LookupError('bottom')
    try:
        deep(n - 1)
    except TypeError:
        return 'wrong handler'

try:
    deep(5)
except LookupError as e:
    print 'caught from 5 frames down:', e

def try_in_loop():
    results = []
    for item in [1, 0, 'x', 4]:
        try:
            try:
                results.append(12 / item)
            except ZeroDivisionError:
                results.append('div0')
        except TypeError:
            results.append('type')
    return results

print try_in_loop()
try:
    try:
        raise ValueError('first')
    finally:
        print 'inner finally runs before outer handler'
except ValueError as e:
    print 'outer handler:', e
try:
    try:
        raise ValueError('original')
    except ValueError:
        raise TypeError('replacement')
except Exception as e:
    print type(e).__name__, e

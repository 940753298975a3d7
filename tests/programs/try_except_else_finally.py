# try/except/else/finally in all combinations, with and without an exception raised.
def attempt(value):
    log = []
    try:
        log.append('try')
        result = 10 / value
        log.append('computed')
    except ZeroDivisionError:
        log.append('except')
        result = None
    else:
        log.append('else')
    finally:
        log.append('finally')
    return result, log

print attempt(2)
print attempt(0)

def only_finally(fail):
    log = []
    try:
        try:
            log.append('body')
            if fail:
                raise ValueError('boom')
        finally:
            log.append('cleanup')
    except ValueError as e:
        log.append('outer caught ' + str(e))
    return log

print only_finally(False)
print only_finally(True)

def try_else(x):
    try:
        n = int(x)
    except ValueError:
        return 'bad'
    else:
        return 'good %d' % n

print try_else('12'), try_else('x')

def multiple_handlers(obj):
    try:
        return obj['key'] + 1
    except KeyError as e:
        return 'KeyError ' + repr(e.args[0])
    except TypeError as e:
        return 'TypeError ' + str(e)
    except (IndexError, ValueError):
        return 'Index or Value'
    except Exception as e:
        return 'other ' + type(e).__name__

print multiple_handlers({'key': 1})
print multiple_handlers({})
print multiple_handlers({'key': 'x'})
print multiple_handlers(None)
print multiple_handlers(5)

def order():
    events = []
    for case in range(3):
        try:
            events.append('t%d' % case)
            if case == 1:
                raise KeyError(case)
            if case == 2:
                raise IndexError(case)
        except KeyError:
            events.append('k%d' % case)
        except IndexError:
            events.append('i%d' % case)
        else:
            events.append('e%d' % case)
        finally:
            events.append('f%d' % case)
    return events

print order()
try:
    pass
except:
    print 'never'
else:
    print 'else runs when nothing is raised'
finally:
    print 'finally always runs'
try:
    [][1]
except:
    print 'bare except caught the IndexError'

# Generator throw() and close(): exception raised at the yield, handled inside, GeneratorExit, finally blocks, RuntimeError when ignoring exit.
def worker():
    try:
        while True:
            try:
                x = yield
                print '  got', x
            except ValueError as e:
                print '  handled ValueError', e
                yield 'recovered'
    finally:
        print '  worker cleanup'

w = worker()
next(w)
w.send(1)
print w.throw(ValueError, 'bad value')
next(w)
w.send(2)
w.close()
print 'closed'
w.close()

def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError('k'))
except KeyError as e:
    print 'propagated KeyError', e
print next(u, 'exhausted after throw')

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print '  saw GeneratorExit'
        raise
c = catches_exit()
next(c)
c.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print '  ignoring GeneratorExit'
    yield 2
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print 'RuntimeError:', e

fresh = unhandled()
fresh.close()
print next(fresh, 'closed before start')
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError)
except IndexError as e:
    print 'throw before start raises', repr(e)
t2 = unhandled()
next(t2)
try:
    t2.throw(TypeError, TypeError('inst'), None)
except TypeError as e:
    print 'TypeError:', e
def swallow():
    while True:
        try:
            yield 'alive'
        except Exception as e:
            print '  swallowed', type(e).__name__
s = swallow()
next(s)
print s.throw(ZeroDivisionError)
print s.throw(NameError('n'))
print isinstance(GeneratorExit(), Exception), issubclass(GeneratorExit, BaseException)
def close_returns():
    try:
        yield
    finally:
        return
cr = close_returns()
next(cr)
print cr.close()
s.throw(StopIteration) if False else s.throw(GeneratorExit)

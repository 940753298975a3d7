# A hand-written contextmanager decorator (contextlib is not used): a class wrapping a generator, handling exceptions via throw, suppression, nesting.
class GeneratorContext(object):
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield")
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if v is None:
            v = t()
        try:
            self.gen.throw(t, v, tb)
            raise RuntimeError("generator didn't stop after throw()")
        except StopIteration:
            return True
        except:
            import sys
            if sys.exc_info()[1] is v:
                return False
            raise

def contextmanager(func):
    def helper(*args, **kw):
        return GeneratorContext(func(*args, **kw))
    helper.__name__ = func.__name__
    return helper

@contextmanager
def tag(name):
    print '<%s>' % name
    yield name.upper()
    print '</%s>' % name

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print 'suppressed %s: %s' % (type(e).__name__, e)

@contextmanager
def transform_errors():
    try:
        yield 'tx'
    except KeyError as e:
        raise LookupError('translated %s' % e)

@contextmanager
def broken():
    if False:
        yield

with tag('html') as t:
    with tag('body'):
        print 'content', t
with suppressing(ZeroDivisionError, KeyError):
    1 / 0
with suppressing(KeyError):
    {}['gone']
print 'continuing'
try:
    with suppressing(KeyError):
        [][0]
except IndexError as e:
    print 'not suppressed:', e
try:
    with transform_errors():
        {}['k']
except LookupError as e:
    print type(e).__name__, e
try:
    with broken():
        pass
except RuntimeError as e:
    print 'RuntimeError:', e
print tag.__name__
with tag('p'):
    with suppressing(ValueError):
        int('x')
    print 'inside p after suppression'
with tag('outer'):
    raise ValueError('escapes tag')

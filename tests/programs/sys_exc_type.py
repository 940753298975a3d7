# The deprecated sys.exc_type, exc_value and exc_traceback follow the exception being handled.
import sys

print repr(sys.exc_type), hasattr(sys, 'exc_value'), hasattr(sys, 'exc_traceback')
try:
    1 / 0
except ZeroDivisionError:
    print sys.exc_type.__name__, sys.exc_value, type(sys.exc_traceback).__name__
print sys.exc_type.__name__, sys.exc_value


def inner():
    try:
        [][1]
    except IndexError:
        print 'inner', sys.exc_type.__name__, sys.exc_value
    print 'after inner handler', sys.exc_type.__name__


inner()
print 'back', sys.exc_type.__name__
try:
    try:
        raise KeyError('k')
    finally:
        print 'finally', sys.exc_type.__name__
except KeyError:
    print 'caught', sys.exc_type.__name__, sys.exc_value
sys.exc_clear()
print sys.exc_type, sys.exc_value, sys.exc_traceback, sys.exc_info()


def no_handler():
    return sys.exc_type


print no_handler()


class Ctx(object):
    def __enter__(self):
        return self

    def __exit__(self, *info):
        print 'exit', sys.exc_type.__name__ if info[0] else None
        return True


with Ctx():
    raise ValueError('v')
print 'after with', sys.exc_type.__name__


def gen():
    try:
        yield 1
        raise TypeError('t')
    except TypeError:
        print 'gen', sys.exc_type.__name__
        yield 2


g = gen()
print next(g), sys.exc_type.__name__
print next(g), sys.exc_type.__name__
print list(g), sys.exc_type.__name__


def gen2():
    try:
        raise TypeError('in generator')
    except TypeError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]


sys.exc_clear()
print list(gen2())
try:
    raise KeyError('outer')
except KeyError:
    print [t.__name__ for t in gen2()]

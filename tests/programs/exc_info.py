# sys.exc_info() inside and after handlers, in nested handlers and in called functions.
import sys

def describe():
    t, v, tb = sys.exc_info()
    if t is None:
        return 'no exception'
    return '%s(%s) tb=%s line=%d' % (t.__name__, v, tb is not None, tb.tb_lineno)

print describe()
try:
    raise ValueError('first')
except ValueError:
    print describe()
print 'after handler:', describe()

def inner():
    try:
        raise KeyError('k')
    except KeyError:
        return sys.exc_info()[0].__name__, describe()

print inner()

try:
    raise IndexError('outer')
except IndexError:
    try:
        raise TypeError('nested')
    except TypeError:
        print 'nested:', describe()
    print 'back in outer:', describe()

def exc_in_function():
    return sys.exc_info()[1]

try:
    {}['missing']
except KeyError:
    v = exc_in_function()
    print type(v).__name__, repr(v), v.args
t, v, tb = (None, None, None)
try:
    int('x')
except ValueError:
    t, v, tb = sys.exc_info()
print t, v, tb.tb_lineno, tb.tb_frame.f_code.co_name
print sys.exc_info()[0] is None or sys.exc_info()[0].__name__

def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return info[0].__name__, str(info[1]), info[2].tb_lineno

print chained()
sys.exc_clear()
print sys.exc_info()

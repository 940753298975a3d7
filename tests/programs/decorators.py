# Function decorators: simple wrappers, decorators with arguments, stacking and preserved names.
def trace(fn):
    def wrapper(*args, **kwargs):
        print 'call', fn.__name__, args, sorted(kwargs.items())
        result = fn(*args, **kwargs)
        print 'return', fn.__name__, result
        return result
    wrapper.__name__ = 'traced_' + fn.__name__
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=7)
print add.__name__

def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return 'hi ' + name

print hello('bob')

def bold(fn):
    return lambda *a: '<b>' + fn(*a) + '</b>'

def italic(fn):
    return lambda *a: '<i>' + fn(*a) + '</i>'

@bold
@italic
def text(s):
    return s

print text('stacked')

registry = []

def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def first():
    return 1

@register
def second():
    return 2

print registry, first(), second()

def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__doc__ = fn.__doc__
    return wrapper

@counted
def fib(n):
    """Fibonacci number n."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print fib(15), fib.calls, fib.__doc__

def validate(*types):
    def decorator(fn):
        def wrapper(*args):
            for arg, t in zip(args, types):
                if not isinstance(arg, t):
                    raise TypeError('%s expected %s, got %s' % (fn.__name__, t.__name__, type(arg).__name__))
            return fn(*args)
        return wrapper
    return decorator

@validate(int, str)
def label(n, s):
    return '%s#%d' % (s, n)

print label(3, 'item')
try:
    label('3', 'item')
except TypeError as e:
    print 'TypeError:', e

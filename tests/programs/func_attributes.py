# Function attributes: __name__, func_name, func_defaults, __doc__, func_code fields, custom attributes.
def documented(a, b=2, *args, **kwargs):
    """Adds things.

    Second paragraph."""
    local_var = a + b
    return local_var

def undocumented(x):
    return x

print documented.__name__, documented.func_name
print documented.func_defaults, undocumented.func_defaults
print repr(documented.__doc__)
print documented.func_doc == documented.__doc__, undocumented.__doc__
code = documented.func_code
print code.co_name, code.co_argcount, code.co_varnames, code.co_nlocals
print code.co_filename, code.co_firstlineno, code is documented.__code__
print undocumented.func_code.co_name, undocumented.func_code.co_consts
print documented.__module__, type(documented).__name__, type(code).__name__
print sorted(documented.func_globals.keys()) == sorted(globals().keys())
documented.author = 'someone'
documented.version = 2
print documented.author, documented.version, sorted(documented.__dict__.items())
undocumented.func_name = 'renamed'
print undocumented.__name__
undocumented.__doc__ = 'now documented'
print undocumented.func_doc
documented.func_defaults = (100,)
print documented(1)
square = lambda n: n * n
print square.__name__, square.func_code.co_name, square.func_code.co_argcount
def outer():
    def inner():
        pass
    return inner
print outer().__name__, outer().func_code.co_name, outer.func_code.co_firstlineno
try:
    documented.nonexistent
except AttributeError as e:
    print 'AttributeError:', e
try:
    documented.func_name = 5
except TypeError as e:
    print 'TypeError:', e
print callable(documented), callable(documented.func_code), hasattr(documented, 'func_closure')
print getattr(documented, '__name__'), getattr(documented, 'missing', 'default')

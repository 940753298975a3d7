# raise forms: class, instance, raise E, v, raise E, (args), three-argument raise, bare re-raise.
def show(fn):
    try:
        fn()
    except Exception as e:
        print type(e).__name__, '| str:', str(e), '| repr:', repr(e), '| args:', e.args

def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError('with message')

def raise_comma():
    raise ValueError, 'comma form'

def raise_comma_tuple():
    raise KeyError, ('a', 'b')

def raise_comma_instance_args():
    raise IndexError, (5,)

def raise_three():
    try:
        1 / 0
    except ZeroDivisionError:
        import sys
        info = sys.exc_info()
    raise RuntimeError, 'three args', info[2]

def raise_reraise():
    try:
        raise NameError('inner name')
    except NameError:
        raise

def raise_none_value():
    raise TypeError, None

def raise_instance_comma_none():
    raise OSError(2, 'No such file'), None

for fn in [raise_class, raise_instance, raise_comma, raise_comma_tuple, raise_comma_instance_args,
           raise_three, raise_reraise, raise_none_value, raise_instance_comma_none]:
    print fn.__name__ + ':',
    show(fn)

def bad_raise(obj):
    try:
        raise obj
    except TypeError as e:
        print 'TypeError:', e

bad_raise(5)
bad_raise('string exception')
bad_raise(object)
try:
    raise ValueError('a'), 'b'
except TypeError as e:
    print 'TypeError:', e
e = KeyError('stored')
try:
    raise e
except KeyError as caught:
    print caught is e, repr(caught)
try:
    raise Exception('one', 2, [3])
except Exception as e:
    print e, e.args, len(e.args)

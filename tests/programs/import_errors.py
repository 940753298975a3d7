# ImportError and ValueError messages of failing imports, and a module that fails while loading is not kept.
import sys
sys.path.insert(0, sys.path[0] + '/modules')


def attempt(description, action):
    try:
        action()
    except (ImportError, ValueError, ZeroDivisionError) as e:
        print '%s -> %s: %s' % (description, type(e).__name__, e)


def import_missing():
    import no_such_module


def import_missing_dotted():
    import geometry.no_such.deeper


def from_missing_name():
    from geometry import no_such_name


def from_missing_in_module():
    from mathutil import no_such_name


def dotted_in_plain_module():
    import mathutil.inner

attempt('missing', import_missing)
attempt('missing dotted', import_missing_dotted)
attempt('missing name', from_missing_name)
attempt('missing name in module', from_missing_in_module)
attempt('dotted in module', dotted_in_plain_module)
attempt('empty name', lambda: __import__(''))
attempt('by filename', lambda: __import__('modules/mathutil'))
attempt('relative in non-package', lambda: __import__('x', globals(), {}, [], 1))
print 'broken' in sys.modules
attempt('broken module', lambda: __import__('broken'))
print 'broken' in sys.modules
attempt('broken again', lambda: __import__('broken'))
try:
    __import__(42)
except TypeError as e:
    print 'TypeError:', e
print sorted(k for k in sys.modules if k.startswith('geometry'))

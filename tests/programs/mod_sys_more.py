# sys: flags, long_info, float_info, docs, encodings, check interval, hooks, call_tracing and friends.
import sys

print sys.__package__, sys.api_version, sys.float_repr_style, sys.py3kwarning
print sys.subversion, sys.warnoptions, sys.meta_path
print sys.__doc__.split('\n')[0]
print sys.copyright.split('\n')[0]
print sys.getdefaultencoding()
print type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__
print sys.exc_type

print sys.flags
print len(sys.flags), sys.flags[0], sys.flags[-1], sys.flags[1:4], sys.flags.debug, sys.flags.optimize
print tuple(sys.flags) == sys.flags, sys.flags == tuple(sys.flags), hash(sys.flags) == hash(tuple(sys.flags))
print sys.flags.n_fields, sys.flags.n_sequence_fields, sys.flags.n_unnamed_fields
print sys.flags + (1,), sys.flags[:2] * 2, 0 in sys.flags, 5 in sys.flags
print type(sys.flags).__name__, type(sys.flags).__module__
try:
    type(sys.flags)()
except TypeError as e:
    print type(e).__name__, e
try:
    type(sys.flags)((0,) * 16)
except TypeError as e:
    print type(e).__name__, e

print sys.long_info, sys.long_info.bits_per_digit, sys.long_info[1]
print sys.float_info
print sys.float_info.max, sys.float_info[8], sys.float_info.mant_dig, len(sys.float_info)
li = type(sys.long_info)((15, 2))
print li, li.sizeof_digit
for bad in [[1], 5, None]:
    try:
        type(sys.long_info)(bad)
    except TypeError as e:
        print type(e).__name__, e

print sys.getcheckinterval()
sys.setcheckinterval(50)
print sys.getcheckinterval()
sys.setcheckinterval(10L)
print sys.getcheckinterval()
for bad in [1.5, 'a', 10 ** 10]:
    try:
        sys.setcheckinterval(bad)
    except (TypeError, OverflowError) as e:
        print type(e).__name__, e
for call in [lambda: sys.getcheckinterval(1), lambda: sys.getdefaultencoding(1)]:
    try:
        call()
    except TypeError as e:
        print type(e).__name__, e

print sys.call_tracing(lambda a, b: a + b, (1, 2)), sys.call_tracing(max, ([3, 1, 2],))
for call in [lambda: sys.call_tracing(len, [1]), lambda: sys.call_tracing(len)]:
    try:
        call()
    except TypeError as e:
        print type(e).__name__, e

print sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__
print 'pending',
sys.displayhook(42)
sys.displayhook(None)
print _
sys.displayhook('text')
print repr(_)
sys.stdout.flush()
try:
    sys.displayhook()
except TypeError as e:
    print type(e).__name__, e
try:
    sys.excepthook()
except TypeError as e:
    print type(e).__name__, e

try:
    {}['missing']
except KeyError:
    sys.excepthook(*sys.exc_info())
sys.stderr.flush()
sys.excepthook(ValueError, ValueError('shown without traceback'), None)


def hook(typ, value, tb):
    print 'hook got', typ.__name__, value, tb.tb_lineno, tb.tb_next is None


sys.excepthook = hook
print sys.excepthook is sys.__excepthook__
raise RuntimeError('handled by the hook')

# A sys.excepthook that raises: its own error is printed, then the original exception.
import sys


def hook(typ, value, tb):
    print 'hook called with', typ.__name__, value
    raise TypeError('the hook failed')


sys.excepthook = hook
print 'pending output',
raise KeyError('original')

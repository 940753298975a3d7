# Without sys.excepthook, an uncaught exception is still printed, after a note; a hook can exit.
import sys

del sys.excepthook
print 'no hook'


def f():
    raise ValueError('nobody hooks this')


f()

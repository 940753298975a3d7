# Uncaught exception raised with the three-argument form: the traceback object of an earlier error is reused.
import sys

def parse(text):
    return int(text)

def capture(text):
    try:
        parse(text)
    except ValueError:
        return sys.exc_info()
    return None

info = capture('12')
print info
info = capture('twelve')
print info[0].__name__, info[1]

def report(exc_type, exc_value, tb):
    print 'reporting', exc_type.__name__
    raise RuntimeError, 'parse failed: %s' % exc_value, tb

report(*info)

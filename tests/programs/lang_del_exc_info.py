# Finalizer timing with exceptions: a traceback keeps frame locals alive until the exception is cleared or replaced; except-clause variable deletion; sys.exc_clear.
import sys
class R(object):
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print '  del', self.tag

def fails(tag):
    r = R(tag)
    raise ValueError(tag)

print 'case 1: caught, then exc_clear'
try:
    fails('one')
except ValueError:
    print '  in handler'
print '  after handler'
sys.exc_clear()
print '  after exc_clear'

print 'case 2: replaced by next exception'
try:
    fails('two')
except ValueError:
    pass
try:
    {}['x']
except KeyError:
    print '  second exception caught'
print '  after second'
sys.exc_clear()

print 'case 3: function returns, exc_info restored'
def handler():
    try:
        fails('three')
    except ValueError:
        print '  handled inside function'
handler()
print '  after function'
sys.exc_clear()

print 'case 4: no exception'
def ok():
    r = R('four')
    return 'returned'
print ok()
print 'case 5: exception object stored'
saved = []
try:
    fails('five')
except ValueError as e:
    saved.append(sys.exc_info()[2])
sys.exc_clear()
print '  traceback saved'
del saved[:]
print '  traceback dropped'
print 'end'

# __exit__ arguments in detail: the type, value and traceback, exceptions raised as classes or instances, string reraise with exc_info; ends uncaught.
import sys
class Inspect(object):
    def __enter__(self):
        return self
    def __exit__(self, etype, value, tb):
        if etype is None:
            print 'clean exit', value, tb
            return
        print 'type:', etype.__name__
        print 'value:', repr(value), type(value).__name__
        print 'is instance:', isinstance(value, etype)
        print 'tb line:', tb.tb_lineno, tb.tb_frame.f_code.co_name
        print 'exc_info inside exit:', sys.exc_info()[0] is etype if sys.exc_info()[0] else None
        return etype is KeyError

with Inspect():
    pass
with Inspect():
    raise KeyError('class raise')
with Inspect():
    raise KeyError
def helper():
    raise KeyError('from helper')
with Inspect():
    helper()
try:
    with Inspect():
        [][1]
except IndexError as e:
    print 'IndexError propagated:', e

class Replace(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise TypeError('replaced %s' % t.__name__)
try:
    with Replace():
        1 / 0
except TypeError as e:
    print 'TypeError:', e
class ReturnsNone(object):
    def __enter__(self):
        return 'token'
    def __exit__(self, *args):
        print 'exit with', len(args), 'args; type', args[0].__name__
with ReturnsNone() as tok:
    print tok
    raise AttributeError('final, uncaught')

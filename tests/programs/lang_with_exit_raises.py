# Exceptions raised inside __enter__ and __exit__ (not the body) propagate with tracebacks through the manager's methods; ends uncaught from __exit__.
class Manager(object):
    def __init__(self, fail_in):
        self.fail_in = fail_in
    def __enter__(self):
        if self.fail_in == 'enter':
            raise IOError('cannot open resource')
        return self
    def __exit__(self, t, v, tb):
        if self.fail_in == 'exit':
            raise RuntimeError('cleanup failed (body raised %s)' % (t.__name__ if t else 'nothing'))
        return False

for where in ('enter', 'exit', 'none'):
    try:
        with Manager(where) as m:
            print 'body for', where
    except (IOError, RuntimeError) as e:
        print type(e).__name__, e

try:
    with Manager('exit'):
        raise ValueError('body error is replaced')
except RuntimeError as e:
    print 'RuntimeError:', e

def run():
    with Manager('exit'):
        print 'final body'
run()

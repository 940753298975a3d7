# with on objects that record their writes: enter returning another object, exit closing it, and reuse after close raising ValueError; ends uncaught.
class Buffer(object):
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.closed = False
    def write(self, s):
        if self.closed:
            raise ValueError('I/O operation on closed buffer %s' % self.name)
        self.lines.append(s)
    def close(self):
        print 'closing', self.name, 'with', len(self.lines), 'lines'
        self.closed = True

class Opener(object):
    def __init__(self, name):
        self.buf = Buffer(name)
    def __enter__(self):
        return self.buf
    def __exit__(self, *exc):
        self.buf.close()

with Opener('log') as f:
    f.write('one')
    f.write('two')
print f.closed, f.lines
class Writer(object):
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
w = Writer()
print >>w, 'hello', 42
print >>w, 'second'
print w.data
with Opener('second') as g:
    print >>g, 'via print', [1, 2]
print g.lines
f.write('three')

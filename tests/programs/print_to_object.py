# print >>obj with a user object that has a write method: see exactly which strings print writes.
class Recorder(object):
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)

rec = Recorder()
print >>rec, 'hello', 'world'
print >>rec, 1, 2.5, None
print >>rec, 'no newline',
print >>rec, 'next'
print >>rec
print >>rec, [1, 'a'], (2,)
print rec.chunks
print ''.join(rec.chunks),

class Upper(object):
    def __init__(self, target):
        self.target = target
    def write(self, text):
        self.target.write(text.upper())

import sys
up = Upper(sys.stdout)
print >>up, 'shouted', 'words'
print >>up, 'mixed', 123, 'Case'

class Counter(object):
    def __init__(self):
        self.calls = 0
        self.chars = 0
    def write(self, text):
        self.calls += 1
        self.chars += len(text)

c = Counter()
for i in range(5):
    print >>c, i, i * i
print c.calls, c.chars
print hasattr(rec, 'softspace'), getattr(rec, 'softspace', 'unset')

class NoWrite(object):
    pass

try:
    print >>NoWrite(), 'fails'
except AttributeError as e:
    print 'AttributeError:', e

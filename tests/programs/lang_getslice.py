# __getslice__/__setslice__/__delslice__ (simple slices only), negative indices adjusted by __len__, fallback to __getitem__ with steps.
class S(object):
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getslice__(self, i, j):
        print 'getslice', i, j
        return self.data[i:j]
    def __setslice__(self, i, j, seq):
        print 'setslice', i, j, seq
        self.data[i:j] = seq
    def __delslice__(self, i, j):
        print 'delslice', i, j
        del self.data[i:j]
    def __getitem__(self, k):
        print 'getitem', k
        return self.data[k]
    def __setitem__(self, k, v):
        print 'setitem', k
        self.data[k] = v
    def __delitem__(self, k):
        print 'delitem', k
        del self.data[k]

s = S('abcdefgh')
print s[1:3]
print s[:2]
print s[5:]
print s[:]
print s[-3:-1]
print s[-100:2]
print s[::2]
print s[1:5:1]
print s[2]
s[0:2] = ['X']
s[-2:] = 'YZ'
print s.data
s[::3] = [0, 0, 0]
print s.data
del s[1:2]
del s[-1:]
del s[::2]
print s.data
print s[1L:2L]

class NoLen(object):
    def __getslice__(self, i, j):
        return (i, j)
n = NoLen()
print n[1:2], n[:5], n[3:]
try:
    print n[-1:]
except TypeError as e:
    print 'TypeError:', e

class Classic:
    def __getslice__(self, i, j):
        return 'classic', i, j
    def __len__(self):
        return 10
c = Classic()
print c[2:4], c[-3:], c[:-1]
print 'hello'[1:3], [1, 2, 3][-2:], (1, 2, 3)[:-1], u'abc'[1:]
print 'abcdef'[::-1], range(10)[8:2:-2], 'xyz'[5:10], 'xyz'[-10:1]

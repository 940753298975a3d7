# The variants of CPython's "maximum recursion depth exceeded" message, caught and printed.
import sys

sys.setrecursionlimit(100)

def plain(n):
    return plain(n + 1)

def via_apply(n):
    return apply(via_apply, (n + 1,))

def via_map(n):
    return map(via_map, [n + 1])

class Node(object):
    def __init__(self):
        self.child = self
    def __repr__(self):
        return 'Node(%r)' % (self.child,)
    def __str__(self):
        return str(self.child)

class Cmp(object):
    def __eq__(self, other):
        return self == other

def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

cases = [
    ('plain function', lambda: plain(0)),
    ('apply', lambda: via_apply(0)),
    ('map', lambda: via_map(0)),
    ('repr', lambda: repr(Node())),
    ('str', lambda: str(Node())),
    ('__eq__', lambda: Cmp() == Cmp()),
    ('nested list cmp', lambda: nested_list(200) == nested_list(200)),
    ('nested list repr', lambda: len(repr(nested_list(200)))),
]
for label, fn in cases:
    try:
        result = fn()
        print label, 'returned', result
    except RuntimeError as e:
        print label, '->', e
sys.setrecursionlimit(1000)
print 'limit restored:', sys.getrecursionlimit()

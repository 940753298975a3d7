# Nested with statements: multiple managers in one with, enter/exit order, exception in an inner __enter__ or __exit__, suppression by the inner one.
log = []
class M(object):
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        print 'enter', self.name
        if self.fail_enter:
            raise RuntimeError('enter failed in ' + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t.__name__ if t else '-'
        if self.fail_exit:
            raise KeyError('exit failed in ' + self.name)
        return self.suppress

with M('a') as a, M('b') as b, M('c') as c:
    print 'body', a, b, c
print '--'
with M('outer'):
    with M('inner', suppress=True):
        raise ValueError('hidden')
    print 'after inner'
print '--'
try:
    with M('x'), M('y', fail_enter=True), M('z'):
        print 'never'
except RuntimeError as e:
    print 'RuntimeError:', e
print '--'
try:
    with M('p'), M('q', fail_exit=True):
        raise ValueError('original')
except Exception as e:
    print type(e).__name__, e
print '--'
with M('s1', suppress=True), M('s2'):
    raise IndexError('suppressed by outer')
print 'continued'
print '--'
def gen_names():
    for n in 'uv':
        with M(n):
            yield n
for n in gen_names():
    print 'got', n
print '--'
with M('m1') as first:
    with M(first + '-child') as second:
        print second

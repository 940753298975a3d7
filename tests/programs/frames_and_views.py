# Frame objects (tb_frame, sys._getframe, f_* attributes) and dict views (viewkeys, viewvalues, viewitems).
import sys


def show_frame(label, f):
    print label, f.f_code.co_name, f.f_lineno, type(f).__name__, type(f.f_lasti).__name__
    print '   ', repr(f).startswith('<frame object at 0x'), f.f_globals is globals(), f.f_builtins is f.f_back.f_builtins if f.f_back else None


# sys._getframe and the caller chain
def callee():
    return sys._getframe(), sys._getframe(1), sys._getframe(0) is sys._getframe()


def caller():
    me, parent, same = callee()
    print 'callee sees caller:', parent is sys._getframe(), same, me.f_back is parent
    return me


finished = caller()
show_frame('finished callee:', finished)
print 'caller of finished:', finished.f_back.f_code.co_name, finished.f_back.f_back is sys._getframe()

here = sys._getframe()
print 'module frame:', here.f_back, here.f_code.co_name, here.f_locals is globals(), here.f_restricted, here.f_trace
chain = []


def depth(n):
    if n == 0:
        f = sys._getframe()
        while f is not None:
            chain.append((f.f_code.co_name, f.f_locals.get('n')))
            f = f.f_back
        return
    depth(n - 1)


depth(3)
print 'chain:', chain

for bad in ('x', 1.5, 2 ** 40, 10 ** 30, 50):
    try:
        sys._getframe(bad)
    except Exception as e:
        print '_getframe(%r):' % (bad,), type(e).__name__, e
print '_getframe(-3) is current:', sys._getframe(-3) is sys._getframe()
for args in ((1, 2),):
    try:
        sys._getframe(*args)
    except TypeError as e:
        print 'TypeError:', e


# f_locals: live while running, the final state once finished
def live_locals(a, b=2):
    f = sys._getframe()
    first = sorted(f.f_locals)
    c = a + b
    second = f.f_locals
    del c
    third = sorted(f.f_locals)
    return first, sorted(second), third, second is f.f_locals


print 'live locals:', live_locals(1)


def final_state():
    counter = 0
    for counter in range(5):
        pass
    word = 'done'
    return sys._getframe()


fs = final_state()
print 'final state:', sorted(fs.f_locals.items()), fs.f_lineno, fs.f_lasti > 0


def with_closure():
    shared = ['start']

    def inner():
        return sys._getframe().f_locals, shared
    shared.append('more')
    got = inner()
    return sorted(got[0]), got[1], sorted(sys._getframe().f_locals)


print 'closure:', with_closure()


class Namespace(object):
    grab = sys._getframe()
    size = 3

print 'class body:', Namespace.grab.f_code.co_name, sorted(k for k in Namespace.grab.f_locals if not k.startswith('__'))


# tracebacks and their frames
def fail(level):
    local_value = level * 100
    if level == 0:
        raise KeyError('deep')
    fail(level - 1)


try:
    fail(2)
except KeyError:
    tb = sys.exc_info()[2]
rows = []
while tb is not None:
    f = tb.tb_frame
    rows.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_locals.get('local_value'),
                 f.f_back.f_code.co_name if f.f_back else None))
    tb = tb.tb_next
for row in rows:
    print 'tb entry:', row


def handler_frame():
    try:
        [][1]
    except IndexError:
        t = sys.exc_info()[2]
        return t.tb_frame is sys._getframe(), t.tb_frame.f_code.co_name, t.tb_lineno


print 'handler frame:', handler_frame()


def exc_fields():
    try:
        raise ValueError('inner')
    except ValueError:
        f = sys._getframe()
        return f.f_exc_type, f.f_exc_value, f.f_exc_traceback


sys.exc_clear()
print 'f_exc_* without an earlier exception:', exc_fields()
try:
    raise TypeError('outer')
except TypeError:
    saved = exc_fields()
    print 'f_exc_* with an earlier one:', saved[0].__name__, saved[1], saved[2] is not None


# generator frames
def counting():
    total = 0
    for i in range(3):
        total += i
        yield sys._getframe()


gen = counting()
g1 = next(gen)
print 'generator frame:', g1.f_code.co_name, g1.f_back, g1.f_locals['i'], g1.f_locals['total']
g2 = next(gen)
print 'same frame object:', g1 is g2, g2.f_locals['i'], g2.f_locals['total'], g2.f_lineno


def resumer():
    return next(gen).f_back


print 'after resuming:', resumer()

# attribute assignment
f = sys._getframe()
for name, value in (('f_lineno', 'x'), ('f_lineno', 3), ('f_code', None), ('f_locals', {}),
                    ('f_back', None), ('f_lasti', 0), ('f_restricted', 1), ('f_nothing', 1)):
    try:
        setattr(f, name, value)
        print 'set', name
    except (TypeError, ValueError, AttributeError) as e:
        print 'set', name, type(e).__name__, e
f.f_trace = len
try:
    f.f_lineno = 3
except ValueError as e:
    print 'with f_trace:', e
del f.f_trace
print 'f_trace after del:', f.f_trace
try:
    del f.f_lineno
except AttributeError as e:
    print 'del f_lineno:', e
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
for name in ('tb_frame', 'tb_next', 'tb_lineno', 'tb_lasti'):
    try:
        setattr(tb, name, None)
    except TypeError as e:
        print 'set', name, e
print 'dir(frame):', [n for n in dir(f) if not n.startswith('__')]
print 'dir(traceback):', [n for n in dir(tb) if not n.startswith('__')]

# dict views
d = {'one': 1, 'two': 2, 'three': 3}
keys, values, items = d.viewkeys(), d.viewvalues(), d.viewitems()
print keys
print values
print items
print type(keys).__name__, type(values).__name__, type(items).__name__
print len(keys), len(values), len(items), bool({}.viewkeys()), bool(values)
print 'one' in keys, 'four' in keys, 2 in values, ('two', 2) in items, ('two', 3) in items, ['two', 2] in items
print ([], 1) in items, ('x', 1, 2) in items
try:
    [] in keys
except TypeError as e:
    print 'TypeError:', e
d['four'] = 4
print 'live:', keys, len(values)
del d['one']
print 'after del:', sorted(items)
print sorted(keys & set(['two', 'five'])), sorted(keys | ['five']), sorted(keys - ['two']), sorted(keys ^ set(['two', 'six']))
print sorted(['two', 'x'] - keys), sorted(set(['two', 'x']) & keys), sorted(('a',) | keys)
print sorted(items & set([('two', 2), ('three', 0)])), sorted(items - [('two', 2)])
e = {1: 'a', 2: 'b'}
print e.viewkeys() == set([1, 2]), set([1, 2]) == e.viewkeys(), e.viewkeys() == frozenset([1])
print e.viewkeys() != set([1]), e.viewkeys() < set([1, 2, 3]), e.viewkeys() <= set([1, 2]), e.viewkeys() > set([1])
print e.viewitems() == set([(1, 'a'), (2, 'b')]), e.viewitems() == {1: 'a', 2: 'b'}.viewitems(), e.viewkeys() == e.viewitems()
print e.viewkeys() == [1, 2], e.viewvalues() == e.viewvalues(), e.viewkeys() == e.viewkeys()
print set([1, 2]) < e.viewkeys(), set([1]) < e.viewkeys()
print e.viewitems() ^ e.viewkeys() == set([1, 2, (1, 'a'), (2, 'b')])
for expr in (lambda: e.viewkeys() | 1, lambda: 1 & e.viewkeys(), lambda: e.viewvalues() | e.viewvalues(),
             lambda: e.viewkeys() + e.viewkeys(), lambda: hash(e.viewkeys()), lambda: hash(e.viewitems()),
             lambda: e.viewkeys()[0], lambda: reversed(e.viewkeys()), lambda: e.viewkeys(1),
             lambda: e.viewkeys().nothing):
    try:
        print expr()
    except (TypeError, AttributeError) as err:
        print type(err).__name__, err
it = iter(e.viewkeys())
print type(it).__name__, type(iter(e.viewvalues())).__name__, type(iter(e.viewitems())).__name__, next(it)
e[3] = 'c'
try:
    next(it)
except RuntimeError as err:
    print 'RuntimeError:', err
print list(e.viewitems()), tuple(e.viewvalues()), sorted(e.viewkeys(), reverse=True), dict(e.viewitems()) == e
print sum(e.viewkeys()), max(e.viewvalues()), set(e.viewitems()) == set(e.items())
acc = set([0])
acc |= e.viewkeys()
print 'set |= view:', sorted(acc)
view = e.viewkeys()
view &= set([1, 2])
print 'view &= set:', view, type(view).__name__
print e.viewkeys().__len__(), e.viewkeys().__contains__(2), e.viewkeys().__and__([1]), e.viewkeys().__rsub__([1, 9])
selfref = {}
selfref['me'] = selfref.viewvalues()
print selfref
print str(e.viewkeys()), '%s|%r' % (e.viewvalues(), e.viewitems())


class Iterable(object):
    def __iter__(self):
        return iter([2, 3])

    def __rand__(self, other):
        return 'never called'

    def __eq__(self, other):
        return 'Iterable.__eq__'


print e.viewkeys() & Iterable(), e.viewkeys() == Iterable()
print [n for n in dir({}) if n.startswith('view')]

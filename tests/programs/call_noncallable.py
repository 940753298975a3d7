# TypeError messages when calling objects that are not callable, and callable() checks.
things = [1, 1L, 2.5, 'text', u'uni', [1], (1,), {'a': 1}, set(), None, True, 1j, xrange(2)]
for thing in things:
    try:
        thing()
    except TypeError as e:
        print 'TypeError:', e
    print '  callable:', callable(thing)

class Plain(object):
    pass

class WithCall(object):
    def __call__(self, x):
        return x * 2

p = Plain()
try:
    p()
except TypeError as e:
    print 'TypeError:', e
print callable(p), callable(Plain), callable(WithCall()), WithCall()(21)
name = 'len'
try:
    name('abc')
except TypeError as e:
    print 'TypeError:', e
print callable(len), callable(lambda: 0), callable(Plain.__init__)
result = 5
try:
    result = result()
except TypeError as e:
    print 'TypeError:', e
try:
    (1, 2)[0]()
except TypeError as e:
    print 'TypeError:', e
handlers = {'go': lambda: 'went', 'stay': 'not a function'}
for key in sorted(handlers):
    handler = handlers[key]
    if callable(handler):
        print key, handler()
    else:
        print key, 'is not callable'

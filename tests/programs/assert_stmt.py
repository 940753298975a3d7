# assert with and without messages, message expressions evaluated lazily, and AssertionError attributes.
def check(value):
    assert value > 0, 'value must be positive, got %d' % value
    return value * 2

print check(5)
for v in [0, -3]:
    try:
        check(v)
    except AssertionError as e:
        print 'AssertionError:', e, '| args:', e.args

try:
    assert 1 == 2
except AssertionError as e:
    print 'no message:', repr(str(e)), e.args, repr(e)

evaluated = []
def msg():
    evaluated.append(True)
    return 'computed message'

assert True, msg()
print 'message evaluated for passing assert:', evaluated
try:
    assert False, msg()
except AssertionError as e:
    print e, evaluated

try:
    assert [], ['list', 'message']
except AssertionError as e:
    print e, e.args, e.message

try:
    assert None, ('tuple', 'message')
except AssertionError as e:
    print e, e.args

try:
    assert 0, 42
except AssertionError as e:
    print e, type(e.args[0])
assert 'non-empty string', 'unused'
print 'the string assert passed'
x = 10
assert isinstance(x, int) and x > 5
print issubclass(AssertionError, StandardError), AssertionError.__bases__

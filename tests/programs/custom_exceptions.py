# Custom exception classes: plain subclasses, __init__ with extra fields, __str__, hierarchies.
class MyError(Exception):
    pass

class ValidationError(ValueError):
    def __init__(self, field, problem):
        ValueError.__init__(self, field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return '%s: %s' % (self.field, self.problem)

class AppError(Exception):
    code = 500

class NotFound(AppError):
    code = 404

class Forbidden(AppError):
    code = 403
    def __init__(self, who):
        super(Forbidden, self).__init__('forbidden for ' + who)
        self.who = who

try:
    raise MyError
except MyError as e:
    print 'MyError:', repr(str(e)), e.args, repr(e)
try:
    raise MyError('with text', 7)
except Exception as e:
    print type(e).__name__, e, e.args, repr(e)

try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print 'caught as ValueError:', e, '|', e.field, '|', e.args, '|', repr(e)

for exc in [NotFound('page'), Forbidden('guest'), AppError('generic')]:
    try:
        raise exc
    except NotFound as e:
        print 'not found', e.code, e
    except AppError as e:
        print 'app error', e.code, e, e.args

print issubclass(NotFound, AppError), issubclass(ValidationError, StandardError)
print [c.__name__ for c in ValidationError.__mro__]

class Retry(Exception):
    def __init__(self, attempts):
        Exception.__init__(self)
        self.attempts = attempts
    def __str__(self):
        return 'gave up after %d attempts' % self.attempts

def flaky(limit):
    for attempt in range(1, limit + 1):
        if attempt == 3:
            return 'succeeded on attempt %d' % attempt
    raise Retry(limit)

print flaky(5)
try:
    flaky(2)
except Retry as e:
    print e, e.attempts, e.args

class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<%s>' % (self.args,)

print repr(WithRepr(1, 2)), str(WithRepr(1, 2)), [WithRepr('x')]

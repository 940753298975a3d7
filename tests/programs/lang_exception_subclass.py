# Exception subclasses with custom __init__/__str__/__repr__, args handling, hierarchy catches, message attribute; ends uncaught.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        AppError.__init__(self, field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return '%s: %s' % (self.field, self.problem)

class NoArgsInit(AppError):
    def __init__(self, code):
        self.code = code

class WithRepr(AppError):
    def __repr__(self):
        return 'WithRepr<%s>' % ','.join(map(str, self.args))

for exc in [AppError(), AppError('one'), AppError('a', 2), ValidationError('age', 'negative'),
            NoArgsInit(404), WithRepr(1, 2)]:
    print type(exc).__name__, '|', str(exc), '|', repr(exc) if not isinstance(exc, NoArgsInit) else '-', '|', exc.args

try:
    raise ValidationError('name', 'empty')
except AppError as e:
    print 'caught AppError:', e, e.field, isinstance(e, Exception)

try:
    raise NoArgsInit(500)
except AppError as e:
    print 'code', e.code, e.args, repr(str(e))

class Chained(Exception):
    def __init__(self, msg, cause=None):
        Exception.__init__(self, msg)
        self.cause = cause
try:
    try:
        {}['k']
    except KeyError as inner:
        raise Chained('wrapped', inner)
except Chained as e:
    print e, repr(e.cause), type(e.cause).__name__

class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError('lost')
except LookupError as e:
    print 'LookupError caught', e, repr(e)

e = AppError('x')
e.extra = 1
print e.extra, e.message, AppError('a', 'b').message == ''
print issubclass(ValidationError, AppError), ValidationError.__mro__[-3].__name__
raise ValidationError('email', 'missing @')

# getattr/setattr/hasattr/delattr on simple objects, with defaults and error messages; vars() of instances.
class Config(object):
    debug = False
    level = 1

    def __init__(self, name):
        self.name = name

c = Config('main')
print getattr(c, 'name'), getattr(c, 'debug'), getattr(c, 'missing', 'fallback'), getattr(Config, 'level')
print hasattr(c, 'name'), hasattr(c, 'nope'), hasattr(Config, 'name'), hasattr(c, '__init__')
setattr(c, 'debug', True)
setattr(c, 'new_field', [1, 2])
print c.debug, Config.debug, c.new_field, sorted(vars(c).items())
delattr(c, 'debug')
print c.debug, sorted(vars(c))
del c.new_field
print hasattr(c, 'new_field'), sorted(c.__dict__)
for name in ['name', 'level', 'debug']:
    print name, '=', getattr(c, name)
fields = {'host': 'localhost', 'port': 8080, 'secure': False}
for key in sorted(fields):
    setattr(c, key, fields[key])
print sorted(vars(c).items())
print getattr(c, 'na' + 'me'), getattr('text', 'upper')(), getattr([], 'append') is not None
for call, fn in [("getattr(c, 'zzz')", lambda: getattr(c, 'zzz')),
                 ("delattr(c, 'zzz')", lambda: delattr(c, 'zzz')),
                 ("getattr(c, 5)", lambda: getattr(c, 5)),
                 ("setattr(1, 'x', 2)", lambda: setattr(1, 'x', 2)),
                 ("setattr([], 'append', 2)", lambda: setattr([], 'append', 2)),
                 ("delattr(Config, 'missing')", lambda: delattr(Config, 'missing')),
                 ("getattr(None, 'x')", lambda: getattr(None, 'x'))]:
    try:
        print call, fn()
    except (AttributeError, TypeError) as e:
        print type(e).__name__ + ':', e
class Empty(object):
    pass
e = Empty()
print vars(e), e.__dict__ == {}
e.x = 1
print vars(e), hasattr(Empty, 'x')
Empty.shared = 'class attribute'
print e.shared, Empty().shared, 'shared' in vars(e)
print getattr(e, '__class__').__name__, type(getattr(e, '__dict__')).__name__

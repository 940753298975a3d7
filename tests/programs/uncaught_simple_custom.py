# Uncaught plain custom exception raised as a class, so the last traceback line has no message.
class ConfigMissing(Exception):
    pass

class Parser(object):
    def __init__(self, text):
        self.lines = text.strip().splitlines()

    def get(self, key):
        for line in self.lines:
            k, v = line.split('=', 1)
            if k.strip() == key:
                return v.strip()
        raise ConfigMissing

p = Parser("""
name = glass
size = 3
""")
print p.get('name'), p.get('size')
try:
    p.get('color')
except ConfigMissing as e:
    print 'caught ConfigMissing', repr(e)
print 'now uncaught'
p.get('mode')

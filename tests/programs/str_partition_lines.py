# str.partition/rpartition/splitlines(keepends) and line-oriented processing.
print 'key=value=more'.partition('=')
print 'key=value=more'.rpartition('=')
print 'novalue'.partition('='), 'novalue'.rpartition('=')
print 'a::b'.partition('::'), '::'.partition('::')
try:
    'abc'.partition('')
except ValueError as e:
    print 'ValueError:', e
text = 'line one\nline two\r\nline three\rline four\n\nlast'
print text.splitlines()
print text.splitlines(True)
print ''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.split('\n')
print 'a\n\nb\n'.splitlines(1)
config = """# comment
host = example.org
port=8080

 name = demo server
debug
"""
settings = {}
for number, line in enumerate(config.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    key, sep, value = line.partition('=')
    if not sep:
        print 'line %d: no "=" in %r' % (number, line)
        continue
    settings[key.strip()] = value.strip()
for key in sorted(settings):
    print '%s -> %r' % (key, settings[key])
path = '/usr/local/lib/python2.7/site.py'
head, _, tail = path.rpartition('/')
print head, tail, tail.rpartition('.')[0], tail.partition('.')[2]

# print >>sys.stderr and sys.stderr.write: stdout and stderr are separate streams with their own softspace.
import sys

print 'to stdout'
print >>sys.stderr, 'to stderr'
print >>sys.stderr, 'error', 42, [1, 2]
print >>sys.stderr, 'no newline',
print >>sys.stderr, 'continues on stderr'
print 'stdout', 'continues',
print >>sys.stderr, 'stderr line while stdout softspace is set'
print 'stdout resumes'
sys.stderr.write('written to stderr\n')
sys.stdout.write('written to stdout\n')
print >>sys.stdout, 'explicit stdout'
print >>None, 'None means stdout'
for level, msg in [('INFO', 'starting'), ('WARN', 'low disk'), ('ERROR', 'failed')]:
    stream = sys.stderr if level != 'INFO' else sys.stdout
    print >>stream, '[%s] %s' % (level, msg)
print >>sys.stderr
print >>sys.stderr, 'after empty line'
err = sys.stderr
print >>err, 'via a variable', (1, 'two')
try:
    print >>42, 'bad target'
except AttributeError as e:
    print 'AttributeError:', e

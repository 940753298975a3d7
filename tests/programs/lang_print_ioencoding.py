# PYTHONIOENCODING sets the standard streams' encoding and error handler; print encodes unicode with them, file.write does not.
import sys
print sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding
print u'caf\xe9 \u2603'
print u'tab\t', u'end'
sys.stdout.write(u'write ascii\n')
try:
    sys.stdout.write(u'caf\xe9\n')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
print >>sys.stderr, u'to stderr \xe9'

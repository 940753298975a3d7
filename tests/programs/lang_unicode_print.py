# Printing unicode to stdout (a pipe, encoding None): ASCII unicode prints, non-ASCII raises UnicodeEncodeError with the ascii codec; ends uncaught.
import sys
print sys.stdout.encoding
print u'plain ascii unicode', u'second'
print repr(u'caf\xe9')
print u'caf\xe9'.encode('utf-8')
sys.stdout.write(u'write with ascii unicode\n')
try:
    sys.stdout.write(u'caf\xe9\n')
except UnicodeEncodeError as e:
    print 'write UnicodeEncodeError:', e
print [u'in', u'list\xe9']
print 'before the failing print'
print u'na\xefve'

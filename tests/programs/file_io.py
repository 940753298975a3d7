# Text files: open in every mode, write, append, read back by line and all at once, with-blocks, errors.


path = '/tmp/glasspy-corpus-file-io.txt'
f = open(path, 'w')
print type(f).__name__, f.name, f.mode, f.closed
f.write('first line\n')
f.writelines(['second\n', 'third\n'])
print >>f, 'printed', 42
f.close()
print f.closed

with open(path, 'a') as g:
    g.write('appended\r\nwindows line\rold mac line\n')

with open(path) as h:
    for i, line in enumerate(h):
        print i, repr(line)

h = open(path, 'r')
print repr(h.readline()), repr(h.read(5)), repr(h.readline())
print h.readlines()
print repr(h.read())
h.close()

print open(path, 'rU').read().split('\n')
print len(open(path, 'rb').read())

try:
    open('/tmp/glasspy-corpus-no-such-dir/x.txt')
except IOError as e:
    print 'IOError', e.errno, e.strerror, e.filename
    print str(e)

r = open(path)
try:
    r.write('x')
except IOError as e:
    print 'IOError:', e
r.close()
try:
    r.read()
except ValueError as e:
    print 'ValueError:', e
try:
    open(path, 'z')
except ValueError as e:
    print 'ValueError:', e

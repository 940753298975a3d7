# The print statement's softspace rules: trailing commas, newlines in items, and sys.stdout.write in between.
import sys

print 'a',
print 'b'
print 'a', 'b', 'c'
print 1, 2,
print 3
print 'ends with newline\n',
print 'next line starts clean'
print 'tab\t',
print 'after tab'
print 'x',
sys.stdout.write('[written]')
print 'y'
print 'p',
sys.stdout.write('\n')
print 'q'
print
print '',
print 'empty string then this'
print 'a' + '',
print '', 'b'
for i in range(3):
    print i,
print
for word in ['one\n', 'two', 'three\n']:
    print word,
print 'done'
print 'no space before comma-less end'
print ('a', 'b'), ['c'],
print None, True, 1.5
print 'multi', 'ple', 'items', 1, 2.0, None
print '%s' % 'formatted',
print 'follow'
sys.stdout.write('raw')
print 'same line?'
print u'unicode', 'str',
print u'mixed'
print '\t',
print 'x'
print ' ',
print 'space only item'

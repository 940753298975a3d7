# sys.exit('message'): the message goes to stderr and the exit status is 1.
import sys

def require(options, key):
    if key not in options:
        sys.exit('error: missing required option %r' % key)
    return options[key]

options = {'input': 'data.txt', 'verbose': 'yes'}
print 'input is', require(options, 'input')
print 'verbose is', require(options, 'verbose')
try:
    require(options, 'mode')
except SystemExit as e:
    print 'caught SystemExit with code', repr(e.code)
try:
    sys.exit(u'unicode message')
except SystemExit as e:
    print 'unicode code', repr(e.code)
print 'trying again without a handler'
require(options, 'output')
print 'never printed'

# from m import *: __all__ decides, else every name without a leading underscore.
import sys
sys.path.insert(0, sys.path[0] + '/modules')

from allnames import *
print shown, Also.__name__
for name in ('hidden', '_underscore'):
    print name, name in globals()
from publicnames import *
print alpha, beta, mathutil.__name__
for name in ('_gamma', '__dunder'):
    print name, name in globals()
import allnames
allnames.__all__.append('nonexistent')
try:
    from allnames import *
except AttributeError as e:
    print 'AttributeError:', e

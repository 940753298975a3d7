# Python 2's implicit relative imports inside a package, and the None entries they leave in sys.modules.
import sys
sys.path.insert(0, sys.path[0] + '/modules')

import implicit.user as user
print user.helper.WHO, user.WHO, user.helper is sys.modules['implicit.helper']
print round(user.ROOT2, 6), user.math is sys.modules['math']
for name in sorted(k for k in sys.modules if k.startswith('implicit')):
    print name, sys.modules[name] is None
print 'helper' in sys.modules

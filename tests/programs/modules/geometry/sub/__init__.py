"""geometry.sub: a package inside a package."""
from .. import point
print 'geometry.sub: init, parent point module is', point.__name__

"""A module without __all__: `import *` takes the names without a leading underscore."""
import mathutil

alpha = 1
beta = 2
_gamma = 3
__dunder = 4

"""`import helper` finds the sibling implicit.helper; `import math` falls
back to the absolute module and leaves implicit.math as None in sys.modules."""
import helper
import math
from helper import WHO

ROOT2 = math.sqrt(2)

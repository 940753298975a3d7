# The __doc__ and __module__ of the functions of __builtin__ and the native modules, and the modules' own docs.
import math, string, operator, time, sys, random
import __builtin__
for f in (len, abs, math.sin, math.gamma, string.upper, string.join, operator.add, time.time, sys.exit, sys.getdefaultencoding, isinstance, map):
    print f.__name__, repr(f.__module__), repr(f.__doc__)
for m in (math, string, operator, time, sys, random, __builtin__):
    print m.__name__, repr(m.__doc__)[:70]
print repr([].append.__doc__)
names = {
    __builtin__: ['abs', 'all', 'any', 'chr', 'divmod', 'getattr', 'hash', 'iter', 'max', 'min',
                  'next', 'ord', 'pow', 'range', 'raw_input', 'round', 'sorted', 'sum', 'zip'],
    math: ['acos', 'ceil', 'erf', 'factorial', 'fsum', 'hypot', 'log', 'pow', 'sqrt'],
    string: ['atoi', 'capwords', 'maketrans', 'replace', 'split', 'zfill'],
    operator: ['concat', 'getitem', 'mul', 'not_'],
    time: ['clock', 'sleep', 'strftime', 'localtime'],
}
for m in (__builtin__, math, string, operator, time):
    for name in names[m]:
        v = getattr(m, name)
        print m.__name__, name, getattr(v, '__module__', None), repr(v.__doc__)

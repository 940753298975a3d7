# reload(): the module runs again in the same namespace; reload's errors.
import sys
sys.path.insert(0, sys.path[0] + '/modules')

import counter_state
print counter_state.RUNS
same = reload(counter_state)
print same is counter_state, counter_state.RUNS
reload(counter_state)
print counter_state.RUNS
for bad in (42, 'counter_state'):
    try:
        reload(bad)
    except TypeError as e:
        print 'TypeError:', e
import geometry.point
print reload(geometry.point) is geometry.point

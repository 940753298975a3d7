# raise SystemExit(0) and other SystemExit values: 0 is success; True and False count as 1 and 0.
import sys

codes = [0, 5, 'text', None, (1, 2), True]
for code in codes:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print 'code', repr(e.code), 'args', e.args

try:
    raise SystemExit
except SystemExit as e:
    print 'class raised: code', e.code, 'args', e.args

def finish():
    print 'finishing'
    raise SystemExit(0)

try:
    finish()
finally:
    print 'finally still runs during SystemExit'
print 'never printed'

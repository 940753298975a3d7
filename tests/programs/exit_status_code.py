# sys.exit(3): output before the exit appears, nothing after it runs, the exit status is 3.
import sys

def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        if len(row) != 3:
            errors.append('row %d has %d fields' % (i, len(row)))
    return errors

rows = [('a', 1, True), ('b', 2), ('c', 3, False), ()]
problems = validate(rows)
for p in problems:
    print 'problem:', p
print >>sys.stderr, 'validation failed with %d problems' % len(problems)
try:
    sys.exit(0)
except SystemExit as e:
    print 'caught exit code', e.code
if problems:
    sys.exit(len(problems) + 1)
print 'never printed'

# Uncaught exception re-raised by a bare raise after logging; the traceback points at the original line.
log = []

def risky(n):
    if n > 2:
        raise KeyError('item %d' % n)
    return n * 10

def process(items):
    results = []
    for n in items:
        try:
            results.append(risky(n))
        except KeyError:
            log.append('failed on %d' % n)
            raise
        finally:
            log.append('checked %d' % n)
    return results

print process([0, 1, 2])
print log
del log[:]
try:
    process([1, 5])
except KeyError as e:
    print 'first failure handled:', e, log
del log[:]
print 'second attempt'
process([2, 3, 4])

# sys.exit with a non-string, non-int object: its str() is printed to stderr and the status is 1.
import sys

class Report(object):
    def __init__(self, failures):
        self.failures = failures

    def __str__(self):
        return '%d checks failed: %s' % (len(self.failures), ', '.join(self.failures))

checks = {'disk': True, 'network': False, 'memory': True, 'dns': False}
failures = sorted(name for name, ok in checks.items() if not ok)
for name in sorted(checks):
    print '%-8s %s' % (name, 'ok' if checks[name] else 'FAILED')
summary = '%d of %d checks passed' % (len(checks) - len(failures), len(checks))
print summary
try:
    sys.exit(Report(['demo']))
except SystemExit as e:
    print 'caught a SystemExit whose code is a Report:', e.code
sys.stdout.flush()
sys.exit(Report(failures))

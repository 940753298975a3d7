# Uncaught exception that passes through finally blocks: the finally output appears before the traceback.
def step(name, fail=False):
    print 'start', name
    try:
        if fail:
            raise RuntimeError('step %s failed' % name)
        print 'ok', name
    finally:
        print 'cleanup', name

def pipeline():
    try:
        step('fetch')
        step('parse')
        step('store', fail=True)
        step('notify')
    finally:
        print 'pipeline cleanup'

try:
    step('trial', fail=True)
except RuntimeError as e:
    print 'handled:', e
pipeline()
print 'unreachable'

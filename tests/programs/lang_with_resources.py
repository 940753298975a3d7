# with used for resource management: a lock, a transaction that rolls back, a temporary attribute patch, a timer-free stopwatch of steps.
class Lock(object):
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError('deadlock: lock already held')
        self.held = True
        print 'lock acquired'
        return self
    def __exit__(self, *a):
        self.held = False
        print 'lock released'

class Transaction(object):
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            print 'rollback because', t.__name__, v
            self.store.clear()
            self.store.update(self.snapshot)
            return True
        print 'commit'

class Patch(object):
    def __init__(self, obj, name, value):
        self.obj, self.name, self.value = obj, name, value
    def __enter__(self):
        self.old = getattr(self.obj, self.name)
        setattr(self.obj, self.name, self.value)
    def __exit__(self, *a):
        setattr(self.obj, self.name, self.old)

lock = Lock()
with lock:
    print 'held:', lock.held
    try:
        with lock:
            pass
    except RuntimeError as e:
        print 'RuntimeError:', e
print 'held:', lock.held

db = {'alice': 100, 'bob': 50}
with Transaction(db) as s:
    s['alice'] -= 30
    s['bob'] += 30
print sorted(db.items())
with Transaction(db) as s:
    s['alice'] -= 500
    if s['alice'] < 0:
        raise ValueError('overdraft')
print sorted(db.items())

class Config(object):
    debug = False
with Patch(Config, 'debug', True):
    print 'inside patch:', Config.debug
print 'after patch:', Config.debug

class Steps(object):
    def __init__(self):
        self.depth = 0
    def step(self, name):
        return StepCtx(self, name)
class StepCtx(object):
    def __init__(self, steps, name):
        self.steps, self.name = steps, name
    def __enter__(self):
        print '  ' * self.steps.depth + 'begin ' + self.name
        self.steps.depth += 1
    def __exit__(self, t, v, tb):
        self.steps.depth -= 1
        print '  ' * self.steps.depth + 'end ' + self.name + (' (failed)' if t else '')
st = Steps()
with st.step('build'):
    with st.step('compile'):
        pass
    with st.step('link'):
        with st.step('resolve'):
            pass
try:
    with st.step('deploy'):
        with st.step('upload'):
            raise IOError('network down')
except IOError as e:
    print 'IOError:', e

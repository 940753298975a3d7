# Longer program: a cooperative event scheduler where tasks are generators yielding commands (sleep, wait for event, spawn, send messages), with a simulated clock.
class Command(object):
    pass

class Sleep(Command):
    def __init__(self, ticks):
        self.ticks = ticks
    def __repr__(self):
        return 'Sleep(%d)' % self.ticks

class WaitEvent(Command):
    def __init__(self, name):
        self.name = name

class Fire(Command):
    def __init__(self, name, value=None):
        self.name, self.value = name, value

class Spawn(Command):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name

class Join(Command):
    def __init__(self, task_name):
        self.task_name = task_name

class TaskFailed(Exception):
    pass

class Task(object):
    def __init__(self, tid, name, gen):
        self.tid = tid
        self.name = name
        self.gen = gen
        self.send_value = None
        self.result = None
        self.done = False
        self.error = None
        self.joiners = []
    def __repr__(self):
        return 'Task(%d, %s)' % (self.tid, self.name)

class Scheduler(object):
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.tasks = {}
        self.next_id = 1
        self.trace = []

    def log(self, msg):
        line = '[t=%02d] %s' % (self.clock, msg)
        self.trace.append(line)
        print line

    def spawn(self, gen, name):
        task = Task(self.next_id, name, gen)
        self.next_id += 1
        self.tasks[name] = task
        self.ready.append(task)
        return task

    def wake_sleepers(self):
        still = []
        for wake_at, task in sorted(self.sleeping, key=lambda p: (p[0], p[1].tid)):
            if wake_at <= self.clock:
                self.ready.append(task)
            else:
                still.append((wake_at, task))
        self.sleeping = still

    def step(self, task):
        try:
            value, task.send_value = task.send_value, None
            cmd = task.gen.send(value)
        except StopIteration:
            task.done = True
            self.log('%s finished' % task.name)
            self.finish(task)
            return
        except Exception as e:
            task.done = True
            task.error = e
            self.log('%s crashed: %s: %s' % (task.name, type(e).__name__, e))
            self.finish(task)
            return
        self.handle(task, cmd)

    def finish(self, task):
        for j in task.joiners:
            j.send_value = task.error or task.result
            self.ready.append(j)

    def handle(self, task, cmd):
        if isinstance(cmd, Sleep):
            self.sleeping.append((self.clock + cmd.ticks, task))
        elif isinstance(cmd, WaitEvent):
            self.waiting.setdefault(cmd.name, []).append(task)
        elif isinstance(cmd, Fire):
            waiters = self.waiting.pop(cmd.name, [])
            self.log('%s fires %s to %d waiter(s)' % (task.name, cmd.name, len(waiters)))
            for w in waiters:
                w.send_value = cmd.value
                self.ready.append(w)
            self.ready.append(task)
        elif isinstance(cmd, Spawn):
            child = self.spawn(cmd.gen, cmd.name)
            task.send_value = child.tid
            self.ready.append(task)
        elif isinstance(cmd, Join):
            target = self.tasks[cmd.task_name]
            if target.done:
                task.send_value = target.result
                self.ready.append(task)
            else:
                target.joiners.append(task)
        elif cmd is None:
            self.ready.append(task)
        else:
            self.log('%s yielded unknown %r' % (task.name, cmd))
            task.gen.throw(TypeError, 'bad command %r' % (cmd,))

    def run(self, max_ticks=50):
        while self.clock <= max_ticks:
            self.wake_sleepers()
            if not self.ready:
                if not self.sleeping:
                    break
                self.clock = min(t for t, _ in self.sleeping)
                continue
            batch, self.ready = self.ready, []
            for task in batch:
                self.step(task)
        blocked = sorted(t.name for ts in self.waiting.values() for t in ts)
        return blocked

def ticker(name, n, period):
    for i in range(n):
        sched.log('%s tick %d' % (name, i))
        yield Sleep(period)
    sched.tasks[name].result = n

def producer(items):
    for item in items:
        yield Sleep(2)
        yield Fire('data', item)
    yield Fire('data', None)

def consumer():
    received = []
    while True:
        item = yield WaitEvent('data')
        if item is None:
            break
        sched.log('consumer got %r' % (item,))
        received.append(item)
    sched.tasks['consumer'].result = received

def parent():
    tid = yield Spawn(ticker('child', 2, 3), 'child')
    sched.log('parent spawned child id %d' % tid)
    result = yield Join('child')
    sched.log('parent joined child with result %r' % (result,))
    try:
        yield Sleep(1)
        raise TaskFailed('parent gave up')
    finally:
        sched.log('parent cleanup')

def waiter_forever():
    yield WaitEvent('never')

def bad_yield():
    yield Sleep(1)
    try:
        yield 'not a command'
    except TypeError as e:
        sched.log('bad_yield caught %s' % e)
    yield Sleep(1)

sched = Scheduler()
sched.spawn(ticker('fast', 4, 1), 'fast')
sched.spawn(ticker('slow', 2, 5), 'slow')
sched.spawn(consumer(), 'consumer')
sched.spawn(producer(['a', 'b', 'c']), 'producer')
sched.spawn(parent(), 'parent')
sched.spawn(waiter_forever(), 'lonely')
sched.spawn(bad_yield(), 'bad')
blocked = sched.run()
print 'blocked tasks:', blocked
print 'final clock:', sched.clock
for name in sorted(sched.tasks):
    t = sched.tasks[name]
    print '%-8s id=%d done=%-5s result=%r error=%s' % (name, t.tid, t.done, t.result, type(t.error).__name__ if t.error else '-')
print len(sched.trace), 'trace lines'
print sorted(set(line.split()[1] for line in sched.trace))

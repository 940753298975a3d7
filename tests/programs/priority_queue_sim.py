# A priority-queue simulation with a hand-written binary heap: a print shop serving jobs by priority.
class Heap(object):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError('pop from empty heap')
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                smallest = i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if right < n and items[right] < items[smallest]:
                    smallest = right
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top

    def peek(self):
        return self.items[0]

def heap_sort(values):
    h = Heap()
    for v in values:
        h.push(v)
    return [h.pop() for _ in range(len(h))]

print heap_sort([5, 3, 9, 1, 5, 7, 2, 8, 0, 6])
print heap_sort(['pear', 'apple', 'fig', 'banana'])
try:
    Heap().pop()
except IndexError as e:
    print 'IndexError:', e

class Rng(object):
    """A linear congruential generator, so the simulation is deterministic."""
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n

rng = Rng(2024)
arrivals = []
for job_id in range(1, 13):
    arrive = job_id * 3 + rng.next(4)
    priority = rng.next(3)
    pages = 1 + rng.next(9)
    arrivals.append((arrive, job_id, priority, pages))
print 'jobs (arrive, id, priority, pages):'
for job in arrivals:
    print '  ', job

PAGES_PER_TICK = 2
queue = Heap()
clock = 0
pending = list(arrivals)
current = None
finished = []
wait_by_priority = {}
while pending or len(queue) or current:
    while pending and pending[0][0] <= clock:
        arrive, job_id, priority, pages = pending.pop(0)
        queue.push((priority, arrive, job_id, pages))
    if current is None and len(queue):
        priority, arrive, job_id, pages = queue.pop()
        current = [job_id, priority, arrive, pages, clock]
        print 't=%3d start job %2d (priority %d, %d pages, waited %d)' % (clock, job_id, priority, pages, clock - arrive)
        wait_by_priority.setdefault(priority, []).append(clock - arrive)
    if current is not None:
        current[3] -= PAGES_PER_TICK
        if current[3] <= 0:
            finished.append((current[0], clock + 1))
            current = None
    clock += 1
print 'finish order:', [job_id for job_id, _ in finished]
print 'all done at t=%d' % clock
for priority in sorted(wait_by_priority):
    waits = wait_by_priority[priority]
    print 'priority %d: %d jobs, mean wait %.2f, max wait %d' % (priority, len(waits), float(sum(waits)) / len(waits), max(waits))

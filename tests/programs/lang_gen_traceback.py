# Uncaught exception raised inside a generator: traceback shows the consumer line and the generator frame; nested generators.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed at 3')

def doubled(it):
    for n in it:
        yield n * 2

def consume():
    total = 0
    for v in doubled(numbers()):
        print 'got', v
        total += v
    return total

try:
    consume()
except ValueError as e:
    print 'caught once:', e
print 'now uncaught'
consume()

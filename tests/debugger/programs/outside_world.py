# Reads a line, the clock and unseeded random numbers: a run can only be
# repeated exactly if all three are recorded.
import random
import time

name = raw_input('name? ')
started = time.time()
dice = [random.randint(1, 6) for _ in range(3)]
coin = random.random() < 0.5
total = 0
for d in dice:
    total += d
elapsed = time.time() - started
print 'hello', name, 'dice', dice, 'total', total, 'coin', coin, elapsed >= 0

# for/while loops with else clauses, break and continue, nested loops and loop variables after the loop.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print n, '=', d, '*', n // d
            break
    else:
        print n, 'is prime'

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print 'found', target, 'at', i
            break
    else:
        print target, 'not found'

find('abcdef', 'd')
find('abcdef', 'z')
find([], 'anything')
count = 0
while count < 3:
    count += 1
else:
    print 'while finished normally at', count
while True:
    count -= 1
    if count == 0:
        break
else:
    print 'never printed'
print 'count', count
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print 'even', i
print 'i after loop', i
for x in []:
    pass
else:
    print 'else runs on empty loop'
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print (row, col),
    print
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print 'collatz 27 takes', steps, 'steps'
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print total
outer_done = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            outer_done = True
            break
    if outer_done:
        break
print 'stopped at', i, j

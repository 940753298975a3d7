# Uncaught AssertionError with a message from a failed invariant check.
def checked_sqrt(n):
    assert n >= 0, 'cannot take the square root of %r' % n
    guess = n / 2.0 or 1.0
    for _ in range(30):
        guess = (guess + n / guess) / 2
    return guess

for n in [4, 2, 100]:
    print n, '%.6f' % checked_sqrt(n)
try:
    checked_sqrt(-1)
except AssertionError as e:
    print 'caught:', e

def balance_ok(entries):
    total = 0
    for e in entries:
        total += e
    assert total == 0, 'ledger out of balance by %d' % total
    return True

print balance_ok([10, -4, -6])
print balance_ok([5, 5, -3])
print 'unreachable'

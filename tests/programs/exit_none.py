# sys.exit() with no argument and sys.exit(None) end the program quietly with status 0.
import sys

total = 0
for n in range(1, 11):
    total += n
    if total > 20:
        print 'stopping at', n, 'with total', total
        break

try:
    sys.exit(None)
except SystemExit as e:
    print 'SystemExit code:', e.code, e.args

try:
    sys.exit()
except SystemExit as e:
    print 'SystemExit code:', e.code, e.args
print 'leaving now'
sys.stdout.write('written before exit\n')
sys.exit()
print 'never printed'

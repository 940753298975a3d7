# sys.exit inside a finally block replaces the pending exception; the exit status is 4, no traceback.
import sys

def work():
    try:
        print 'working'
        raise ValueError('this error is replaced')
    finally:
        print 'finally: exiting with status 4'
        sys.exit(4)

def outer():
    try:
        work()
    except ValueError:
        print 'never: the ValueError was replaced'
    finally:
        print 'outer finally runs too'

try:
    try:
        sys.exit(2)
    finally:
        print 'inner finally during exit(2)'
except SystemExit as e:
    print 'caught exit', e.code
outer()
print 'never printed'

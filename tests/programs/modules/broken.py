"""Fails while it is being imported."""
print 'broken: before the error'
VALUE = 1


def helper():
    return 1 / 0

helper()
print 'broken: never printed'

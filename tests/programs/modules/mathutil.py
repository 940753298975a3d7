"""Small helpers; prints a line when it is loaded, so a test can see that a
second import does not run it again."""
print 'mathutil: loading as', __name__

LOADS = []
LOADS.append(__name__)

PI_ISH = 3.14


def square(x):
    return x * x


def mean(values):
    return float(sum(values)) / len(values)


class Counter(object):
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


_private = 'hidden'

if __name__ == '__main__':
    print 'mathutil: run as a program'

# Finalizers run when an iterator or a bound built-in method drops the last reference to their objects.
class Noisy(object):
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print 'del', self.tag

def loop():
    for x in [Noisy('first'), 1]:
        print 'in loop', type(x).__name__
    print 'after loop'
loop()

def early():
    for x in [1, Noisy('left behind')]:
        break
    print 'after break'
early()
print 'after early'

def method():
    append = [Noisy('in list')].append
    append(2)
    print 'before del'
    del append
    print 'after del'
method()

it = iter([Noisy('iter held')])
print 'made iterator'
it = None
print 'iterator dropped'

def nested():
    for a in [Noisy('outer')]:
        for b in iter([Noisy('inner'), 2]):
            print 'inner', type(b).__name__
        print 'inner done'
    print 'outer done'
nested()
print 'end'

# throw() into a generator that does not handle it: traceback includes the yield line inside the generator; exception type from throw with traceback-free instance.
def stepper():
    total = 0
    while True:
        try:
            step = yield total
        except ValueError:
            print 'ignoring ValueError, total', total
            continue
        total += step

s = stepper()
next(s)
print s.send(5)
print s.send(7)
print s.throw(ValueError('minor'))
print s.send(1)

def outer():
    inner = stepper()
    next(inner)
    while True:
        got = yield
        inner.send(got)
o = outer()
next(o)
o.send(3)
s.throw(KeyError, 'fatal key')

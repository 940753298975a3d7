# with combined with return, break, continue and exceptions in loops: __exit__ always runs and sees None for control flow.
class Tracer(object):
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print '  [enter %s]' % self.tag
        return self
    def __exit__(self, t, v, tb):
        print '  [exit %s %s]' % (self.tag, t.__name__ if t else 'ok')
        return False

def early_return(x):
    with Tracer('ret'):
        if x:
            return 'returned early'
        print '  not returning'
    return 'fell through'
print early_return(True)
print early_return(False)

for i in range(4):
    with Tracer('loop%d' % i):
        if i == 1:
            continue
        if i == 3:
            break
        print '  body', i
print 'loop done'

def nested_return():
    for i in range(3):
        with Tracer('outer%d' % i):
            with Tracer('inner%d' % i):
                if i == 1:
                    return i
print nested_return()

def with_finally():
    try:
        with Tracer('tf'):
            return 'from with'
    finally:
        print '  finally after exit'
print with_finally()

def return_value_evaluated_first():
    t = Tracer('order')
    with t:
        return t.tag.upper()
print return_value_evaluated_first()

while True:
    with Tracer('while'):
        break
print 'after while'

def gen():
    with Tracer('gen'):
        yield 1
        yield 2
for v in gen():
    print '  gen value', v
    if v == 1:
        continue

def raises_in_loop():
    results = []
    for i in range(3):
        try:
            with Tracer('r%d' % i):
                if i == 1:
                    raise ValueError(i)
                results.append(i)
        except ValueError as e:
            results.append('err%s' % e)
    return results
print raises_in_loop()

# yield inside try/finally and try/except: finally runs on exhaustion, on close, on garbage collection of a suspended generator, and on break.
def resource(name):
    print '  acquire', name
    try:
        yield name + '-1'
        yield name + '-2'
    finally:
        print '  release', name

for x in resource('A'):
    print x
print '--'
for x in resource('B'):
    print x
    break
print 'after break'
print '--'
g = resource('C')
print next(g)
del g
print 'after del'
print '--'
def nested():
    try:
        try:
            yield 1
            raise ValueError('inner')
        except ValueError as e:
            print '  caught', e
            yield 2
        finally:
            print '  inner finally'
        yield 3
    finally:
        print '  outer finally'
print list(nested())

def in_except():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'from except'
        yield 'still in except'
    yield 'after'
print list(in_except())

def gen_else():
    for i in range(2):
        yield i
    else:
        yield 'else'
    try:
        pass
    except Exception:
        yield 'no'
    else:
        yield 'try-else'
print list(gen_else())
def with_return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        print '  finally sees state'
def consumer():
    for v in with_return_in_finally():
        return v
print consumer()
print 'end'

# Uncaught custom exceptions: str() raising or empty messages in tracebacks, exception class without args; final raise with tuple args.
class Empty(Exception):
    pass

class Multi(Exception):
    pass

class Unicodey(Exception):
    pass

def show(e):
    print type(e).__name__, repr(str(e)), e.args

show(Empty())
show(Multi(1, 'two', [3]))
show(Unicodey(u'plain ascii'))
try:
    raise Multi, ('a', 'b')
except Multi as e:
    show(e)
try:
    raise Multi(('a', 'b'))
except Multi as e:
    show(e)
try:
    raise Empty
except Empty as e:
    show(e)
def level3(x):
    raise Multi('level', x)
def level2(x):
    return level3(x + 1)
def level1():
    return level2(1)
level1()

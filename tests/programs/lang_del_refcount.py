# __del__ runs when the last reference goes: del statement, rebinding, end of function scope, list removal, dict pop; output order matters.
class Res(object):
    def __init__(self, name):
        self.name = name
        print 'open', name
    def __del__(self):
        print 'close', self.name

print '-- del statement'
a = Res('a')
b = a
del a
print 'a deleted, b still holds it'
del b
print '-- rebinding'
x = Res('x1')
x = Res('x2')
print 'rebound'
x = None
print '-- function scope'
def work():
    local = Res('local')
    print 'working'
    return 'result'
print work()
print '-- list removal'
items = [Res('i0'), Res('i1'), Res('i2')]
items.pop(1)
print 'popped'
del items[0]
print 'deleted index 0'
items.remove(items[0]) if False else items.__delitem__(0)
print 'list empty', items
print '-- dict'
d = {'k': Res('dv')}
d['k'] = Res('dv2')
print 'replaced'
d.clear()
print 'cleared'
print '-- temporaries'
Res('temp').name
print 'after temp'
print len([Res('t%d' % i).name for i in range(2)])
print '-- return value kept'
def make():
    return Res('made')
kept = make()
print 'kept', kept.name
kept = 1
print '-- nested container'
outer = [[Res('deep')]]
outer[0] = 0
print '-- end of program'
last = Res('last')

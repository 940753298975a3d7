# __slots__ entries are data descriptors: they win over an instance __dict__ entry of the same name.
class W(object):
    __slots__ = ('a', '__dict__')
w = W()
w.__dict__['a'] = 'from dict'
w.a = 'slot'
print w.a, w.__dict__
del w.a
try:
    print w.a
except AttributeError as e:
    print 'AttributeError:', e

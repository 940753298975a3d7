# None, Ellipsis, NotImplemented and True/False: reprs, types, identity and uses.
print None, repr(None), str(None), type(None)
print Ellipsis, repr(Ellipsis), type(Ellipsis)
print NotImplemented, repr(NotImplemented), type(NotImplemented)
print [None, Ellipsis, NotImplemented, True, False]
print (None,), {'k': None}, [[None]]
x = None
print x is None, x == None, x is not None, not x, bool(Ellipsis), bool(NotImplemented)

def no_return():
    pass

def bare_return():
    return

print no_return(), bare_return(), no_return() is None
result = [].append(1)
print result
print None.__class__, type(None).__name__
print Ellipsis is Ellipsis, NotImplemented is NotImplemented
print (1).__add__('x'), (2.5).__mul__('x'), (1).__add__(2)
print str(None) + '!', '%s %r' % (None, None), '{0}'.format(None)
values = [3, None, 1, None, 2]
print [v for v in values if v is not None], values.count(None)
print sorted(values)
print hash(None) == hash(None), None in [0, '', None], [] == None
d = {'a': None}
print d.get('a', 'default'), d.get('b', 'default'), d.get('b')
try:
    None()
except TypeError as e:
    print 'TypeError:', e
try:
    None.attribute
except AttributeError as e:
    print 'AttributeError:', e
try:
    len(None)
except TypeError as e:
    print 'TypeError:', e

# Corners CPython words its own way: a set in a set, indexing a set or a classic instance, object repr, unicode keywords.
print set([1]) in set([1]), set([1]) in set([frozenset([1])])
try:
    set()[0]
except TypeError as e:
    print e
try:
    (1)[0]
except TypeError as e:
    print e
class D:
    pass
try:
    D()[0]
except AttributeError as e:
    print 'AttributeError', e
print repr(object()).split(" at ")[0]
def f(**kw):
    return kw
print f(**{u'a': 1})
try:
    len(5)
except TypeError as e:
    print e

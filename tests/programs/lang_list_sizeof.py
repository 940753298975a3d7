# list.__sizeof__ follows CPython's list_resize: the room a list has after appends, pops, extend, list(), sorted(), slice assignment, +=, *= and str.split.
l = []
out = []
for i in range(30):
    l.append(i); out.append(l.__sizeof__())
print out
out = []
while l:
    l.pop(); out.append(l.__sizeof__())
print out
print [x for x in range(20)].__sizeof__(), list(xrange(20)).__sizeof__(), list('abc').__sizeof__()
print list(x for x in range(5)).__sizeof__(), sorted([3, 1, 2]).__sizeof__(), sorted('abcdefghijk').__sizeof__()
l = [1, 2, 3]; l.extend([4, 5]); print l.__sizeof__()
l.extend(iter([1, 2, 3, 4, 5, 6, 7, 8, 9])); print l.__sizeof__()
l.insert(0, 1); print l.__sizeof__()
del l[0]; print l.__sizeof__()
l[2:5] = []; print l.__sizeof__()
l[:] = range(40); print l.__sizeof__()
l.remove(3); print l.__sizeof__()
print range(10).__sizeof__(), [0] * 10 .__sizeof__() if False else ([0] * 10).__sizeof__(), ([1] + [2]).__sizeof__()
print [1, 2, 3][1:].__sizeof__(), 'a b c'.split().__sizeof__(), {1: 2}.keys().__sizeof__(), list({1: 2, 3: 4}).__sizeof__()
l = [1, 2]; l += [3]; print l.__sizeof__(); l *= 3; print l.__sizeof__()
l = []; l += (1, 2); print l.__sizeof__()
print list(set([1, 2])).__sizeof__(), list(enumerate('ab')).__sizeof__(), map(str, [1, 2]).__sizeof__(), zip([1], [2]).__sizeof__()
print 'a b c'.split().__sizeof__(), 'a,b'.split(',', 1).__sizeof__(), ' '.join(['x'] * 20).split().__sizeof__(), u'a b'.rsplit().__sizeof__(), 'a b'.rsplit(None, 0).__sizeof__()

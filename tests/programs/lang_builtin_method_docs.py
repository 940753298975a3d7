# The __doc__ of every method, slot wrapper and getset in the dicts of the
# number, string and container types, unbound and bound.
for T in (int, long, float, complex, bool, str, unicode, list, tuple, dict,
          set, frozenset):
    skip = set(['__new__', '__doc__', '__getformat__', '__setformat__'])
    for k in sorted(set(T.__dict__) - skip):
        v = T.__dict__[k]
        print T.__name__, k, repr(getattr(v, '__doc__', 'no __doc__'))
print repr('a'.__add__.__doc__)
print repr([].append.__doc__)
print repr({}.get.__doc__)
print repr(set().__ior__.__doc__)
print repr((1).__add__.__doc__)

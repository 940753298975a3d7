# unicode as dict keys and in sorting: code point order, equal str/unicode keys merge, sets of mixed strings, case-insensitive sort keys, lower/upper maps.
words = [u'\xe9clair', u'apple', u'Zebra', u'\xc5ngstr\xf6m', u'banana', u'zoo', u'\u4e2d\u6587', u'Apple']
print repr(sorted(words))
print repr(sorted(words, key=lambda w: w.lower()))
print repr(sorted(words, key=len)), repr(max(words)), repr(min(words))
d = {}
for w in words:
    d.setdefault(w[0].lower(), []).append(w)
print repr(sorted(d.items()))
counts = {}
for ch in u'h\xe9llo w\xf6rld h\xe9llo':
    counts[ch] = counts.get(ch, 0) + 1
print repr(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
m = {'key': 1, u'key': 2, u'\xe9': 3}
print len(m), repr(m['key']), repr(sorted(m.keys()))
s = set(['a', u'a', u'b', 'c'])
print len(s), repr(sorted(s))
print repr(u'\xdf'.upper()), repr(u'\u0130'.lower()), repr(u'\u03a3\u03c3\u03c2'.lower()), repr(u'\u03c3\u03c2'.upper())
print repr(dict.fromkeys(u'\xe9t\xe9')), repr(list(set(u'aab')))
inv = dict((v, k) for k, v in {u'one': 1, u'two': 2}.items())
print repr(inv)
table = {}
for i, w in enumerate(words):
    table[w] = i
print repr([table[w] for w in sorted(table)])
print repr(sorted([u'b', 'a', u'C', 'D'])), repr(sorted([u'\xe9', 'e', u'f']))

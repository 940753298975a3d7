# repr of strings: quote choice, escapes for control and non-ASCII bytes, unicode reprs.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r', '\x00\x01\x7f\x80\xff',
           'back\\slash', '\a\b\f\v', '', "'", '"', 'tab\there', 'caf\xc3\xa9']
for s in samples:
    print repr(s), len(s)
print repr(samples)
print str(samples[1]), samples[2]
print repr(u'unicode'), repr(u"it's"), repr(u'\xe9\u20ac\U0001f600'), repr(u'\x00\n\\')
print repr(unichr(0x263a)), len(u'\u263a'), repr(u'\ud800')
print repr('%s' % 'x'), repr(r'\d+\n'), len(r'\n'), r'\n'
print repr('a' 'b' 'c'), repr('\101\102\x43'), '\101\102\x43'
print repr("""triple
quoted"""), repr('''x'y"z''')
print repr(chr(0)), repr(chr(9)), repr(chr(10)), repr(chr(13)), repr(chr(31)), repr(chr(127))
print [chr(i) for i in range(30, 40)]
print ord('\n'), ord('\\'), ord("'"), len('\\n')
print repr('\'\"'), repr("\'\""), repr('\\\'')
d = {'k\n': 'v\t', 'quote': "'"}
print sorted(d.items())
print repr(str(u'abc')), repr(unicode('abc')), repr(u'a' + 'b')
print `123`, `'x'`, `[1, 'a']`

# str.split/rsplit/join/strip/lstrip/rstrip/replace with separators, maxsplit and edge cases.
s = '  the quick  brown fox  '
print s.split()
print s.split(' ')
print s.split(None, 1)
print s.rsplit(None, 1)
print 'a,b,,c,'.split(',')
print 'a,b,,c,'.split(',', 2)
print 'a,b,,c,'.rsplit(',', 2)
print 'a--b--c'.split('--')
print ''.split(), ''.split(','), '   '.split()
print 'one\ttwo\nthree\r\nfour'.split()
print '-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(('1', '2'))
print '|'.join(str(n) for n in range(5))
try:
    print '-'.join(['a', 1])
except TypeError as e:
    print 'TypeError:', e
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip())
print 'xxhixx'.strip('x'), 'xyhixy'.strip('yx'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>')
print repr('\t\n hi \r\n'.strip())
print 'aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-')
print 'hello world'.replace('o', '0').replace('l', '1')
print 'banana'.replace('na', 'NA', 1), 'banana'.replace('x', 'y')
try:
    'a b'.split('')
except ValueError as e:
    print 'ValueError:', e
words = 'to be or not to be'.split()
print len(words), words.count('be'), sorted(set(words))
print ' '.join(reversed(words))
print ' '.join(w.capitalize() for w in words)
csv = 'name=ann;age=31;city=oslo'
fields = dict(item.split('=') for item in csv.split(';'))
print sorted(fields.items())
print 'a b c'.split(' ', 0), 'a b c'.split(' ', -1)

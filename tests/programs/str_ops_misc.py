# String operators and helpers: in, *, +, len, min/max, comparisons, iteration, ord/chr tricks.
s = 'hello'
print 'ell' in s, 'hello' in s, '' in s, 'z' not in s, 'HE' in s
print s * 3, s * 0 == '', 3 * 'ab', 'ab' * -1 == '', repr('-' * 10)
print s + ' ' + 'world', len(s), len(''), min(s), max(s), sorted(s)
print list(s), tuple(s), set('aabbc') == set('abc')
for ch in 'abc':
    print ch, ord(ch), chr(ord(ch) + 1),
print
print ''.join(chr(ord(c) ^ 32) for c in 'Hello World')

def caesar(text, shift):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + shift) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)

msg = caesar('Attack at Dawn, Zebra!', 3)
print msg, caesar(msg, -3)
print 'abc' < 'abd' < 'b', 'a' * 3 == 'aaa', 'abc' != 'ABC'
print str(123) + str(4.5) + str(None) + str([1]) + str((2,))
try:
    print 'a' + 1
except TypeError as e:
    print 'TypeError:', e
try:
    print 'a' * 'b'
except TypeError as e:
    print 'TypeError:', e
try:
    s[0] = 'j'
except TypeError as e:
    print 'TypeError:', e
try:
    print 1 in 'abc'
except TypeError as e:
    print 'TypeError:', e
print 'x'.isalpha() and 'y' or 'n', 'abc'.translate(None, 'b')
print 'Hello'.swapcase(), 'abc'.zfill(5), 'abc'.center(7, '.'),
print 'a-b_c d'.title(), 'hello world'.count('o'), hash('') , hash('a'), hash('hello')

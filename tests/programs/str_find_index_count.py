# str.find/rfind/index/rindex/count/startswith/endswith with start and end arguments.
s = 'abracadabra'
print s.find('a'), s.find('bra'), s.find('bra', 2), s.find('z'), s.find(''), s.find('', 20)
print s.rfind('a'), s.rfind('bra'), s.rfind('bra', 0, 8), s.rfind('z')
print s.index('c'), s.rindex('a'), s.index('a', 1), s.index('a', -4)
print s.count('a'), s.count('bra'), s.count('a', 5), s.count(''), s.count('aa')
print s.find('a', -3, -1), s.count('a', 1, -1)
print s.startswith('abr'), s.startswith('bra'), s.startswith('bra', 1), s.startswith(('x', 'ab'))
print s.endswith('bra'), s.endswith('abr'), s.endswith('cad', 0, 7), s.endswith(('z', 'ra'))
print 'aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'mississippi'.count('ss'), 'mississippi'.rfind('ss')
for sub in ['c', 'z']:
    try:
        print s.index(sub)
    except ValueError as e:
        print 'ValueError:', e
try:
    s.rindex('q')
except ValueError as e:
    print 'ValueError:', e
try:
    s.startswith(['a'])
except TypeError as e:
    print 'TypeError:', e

def all_positions(text, sub):
    result = []
    pos = text.find(sub)
    while pos != -1:
        result.append(pos)
        pos = text.find(sub, pos + 1)
    return result

print all_positions(s, 'a'), all_positions(s, 'abra'), all_positions('aaaa', 'aa')
print 'hello'.find('l') == 'hello'.index('l')

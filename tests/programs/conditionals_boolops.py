# if/elif/else chains, conditional expressions, and/or returning operands, short-circuit evaluation.
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    else:
        return 'F'

print [grade(s) for s in (95, 85, 75, 10, 90, 89.99)]
calls = []

def t(label, value):
    calls.append(label)
    return value

print t('a', 0) and t('b', 1), calls
del calls[:]
print t('a', 1) and t('b', 0) and t('c', 1), calls
del calls[:]
print t('a', 0) or t('b', '') or t('c', 'found'), calls
del calls[:]
print t('a', 'x') or t('b', 'y'), calls
print 1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, [] or {} or 'last'
print not 1 or 2, not (1 or 2), (not 0) and 'yes'
for v in [0, 1, 2, 3]:
    kind = 'zero' if v == 0 else 'one' if v == 1 else 'many'
    print v, kind,
print
x = 5
if x:
    print 'truthy int'
if not []:
    print 'empty list is falsy'
if 'a' in 'abc' and 'z' not in 'abc':
    print 'membership tests combine'
if x > 3:
    if x > 4:
        print 'nested if'
value = None
name = value or 'default'
print name
count = 0
label = count and 'has items' or 'empty'
print label
print (1 if True else 2), (1 if False else 2)
print [n for n in range(10) if n % 2 == 0 if n % 3 == 0]
def sign(n):
    return (n > 0) - (n < 0)
print [sign(n) for n in (-5, 0, 5)]
print 0 < x < 10 and 'in range' or 'out of range'
print None if None else 'None is falsy', 'x' if 'x' else 'never'

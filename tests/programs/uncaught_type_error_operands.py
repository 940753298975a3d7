# Uncaught TypeError from bad operands: "unsupported operand type(s) for +: 'int' and 'str'".
for a, b, op in [(1, 'x', '*'), ([1], 2, '+'), ('a', 2.0, '-'), (None, 1, '<')]:
    try:
        if op == '*':
            r = a * b
        elif op == '+':
            r = a + b
        elif op == '-':
            r = a - b
        else:
            r = a < b
        print repr(a), op, repr(b), '=', repr(r)
    except TypeError as e:
        print 'TypeError:', e

def total_length(words):
    total = 0
    for w in words:
        total = total + len(w)
    return total

def total_of(values):
    total = 0
    for v in values:
        total = total + v
    return total

print total_length(['ab', 'cde'])
print total_of([1, 2, 3])
print total_of([1, 2, '3', 4])

# Uncaught ZeroDivisionError from long modulo: "long division or modulo by zero".
big = 10 ** 30
print big, type(big).__name__

def digits_reversed(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out

print digits_reversed(12345)
print big // 7, big % 7

def modulo_table(n, mods):
    for m in mods:
        print '%d mod %d = %d' % (n, m, n % m)

modulo_table(big + 1, [2, 3, 97])
moduli = [11L, 5L, 0L]
for m in moduli:
    print 'mod', m, '->', big % m
print 'unreachable'

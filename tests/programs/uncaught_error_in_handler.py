# Uncaught exception raised while handling another: Python 2 shows only the new exception's traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table['default']

table = {'a': 1, 'default': 0}
print lookup(table, 'a'), lookup(table, 'zzz')

def convert(text):
    try:
        return int(text)
    except ValueError:
        return float(text)

print convert('3'), convert('2.5')

def careful(values):
    out = []
    for v in values:
        try:
            out.append(10 / v)
        except ZeroDivisionError:
            out.append(undefined_fallback)
    return out

print careful([1, 2, 5])
print careful([1, 0])

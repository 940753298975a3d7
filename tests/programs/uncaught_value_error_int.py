# Uncaught ValueError from int() on text that is not a number.
def parse_all(fields):
    return [int(f) for f in fields]

print parse_all(['1', ' 2 ', '-3', '+4'])
print int('ff', 16), int('  12  '), int(3.99), int('0')
for bad in ['', '1.5', '0x10', 'twelve']:
    try:
        int(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    float('abc')
except ValueError as e:
    print 'ValueError:', e
try:
    int('9', 8)
except ValueError as e:
    print 'ValueError:', e

line = '10,20,x30,40'
values = parse_all(line.split(','))
print sum(values)

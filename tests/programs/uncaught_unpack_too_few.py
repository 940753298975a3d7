# Uncaught ValueError: "need more than 1 value to unpack" when a line lacks a separator.
def parse_pair(text):
    key, value = text.split('=')
    return key, value

pairs = ['a=1', 'b=2', 'c=3']
print [parse_pair(p) for p in pairs]
for seq in [(), [1], 'ab', (1, 2, 3)]:
    try:
        left, right = seq
        print 'unpacked', left, right
    except ValueError as e:
        print 'ValueError:', e
try:
    a, b, c = 'xy'
except ValueError as e:
    print 'ValueError:', e

def swap_all(items):
    return [(second, first) for first, second in items]

print swap_all([(1, 2), 'ab'])
config = ['name=demo', 'debug', 'level=3']
settings = {}
for line in config:
    key, value = parse_pair(line)
    settings[key] = value
    print 'set', key
print settings

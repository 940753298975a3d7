# sys.argv: the script path as given on the command line, then the arguments from the .args file.
import sys

print len(sys.argv)
print sys.argv[0]
print sys.argv[1:]
for i, arg in enumerate(sys.argv):
    print i, repr(arg)
flags = [a for a in sys.argv[1:] if a.startswith('-')]
values = [a for a in sys.argv[1:] if not a.startswith('-')]
print 'flags:', flags
print 'values:', values
numbers = []
for v in values:
    try:
        numbers.append(int(v))
    except ValueError:
        print 'not a number:', v
print 'total:', sum(numbers)
options = {}
for flag in flags:
    key, _, value = flag.lstrip('-').partition('=')
    options[key] = value or True
print sorted(options.items())
print type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv)

# raw_input reading lines from stdin (prompts go to stdout), numeric parsing, and EOFError at the end.
name = raw_input('Your name: ')
print 'Hello, %s!' % name
age = int(raw_input('Your age: '))
print 'Next year you will be', age + 1
numbers = []
while True:
    line = raw_input('number (blank to stop): ')
    if not line.strip():
        break
    numbers.append(float(line))
print
print 'count:', len(numbers)
print 'sum:', sum(numbers)
print 'mean: %.3f' % (sum(numbers) / len(numbers))
print 'max:', max(numbers)
words = raw_input().split()
print 'words:', words, len(words)
spaced = raw_input()
print repr(spaced)
try:
    raw_input('one more? ')
except EOFError as e:
    print
    print 'EOFError:', e
print 'bye'

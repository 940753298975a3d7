# The string module's constants used to classify and build text (ascii_letters, digits, punctuation, ...).
import string

print string.ascii_lowercase
print string.ascii_uppercase
print string.ascii_letters
print string.digits, string.hexdigits, string.octdigits
print repr(string.punctuation)
print repr(string.whitespace)
print len(string.printable), repr(string.printable[-6:])

def classify(text):
    counts = {'letter': 0, 'digit': 0, 'punct': 0, 'space': 0, 'other': 0}
    for ch in text:
        if ch in string.ascii_letters:
            counts['letter'] += 1
        elif ch in string.digits:
            counts['digit'] += 1
        elif ch in string.punctuation:
            counts['punct'] += 1
        elif ch in string.whitespace:
            counts['space'] += 1
        else:
            counts['other'] += 1
    return sorted(counts.items())

print classify('Hello, World! 123\tok\n')

def rot13(text):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + 13) % 26])
        elif ch in upper:
            out.append(upper[(upper.index(ch) + 13) % 26])
        else:
            out.append(ch)
    return ''.join(out)

print rot13('Hello, World!'), rot13(rot13('Hello, World!'))

def to_base(n, base):
    chars = string.digits + string.ascii_lowercase
    if n == 0:
        return '0'
    out = ''
    while n:
        n, r = divmod(n, base)
        out = chars[r] + out
    return out

print [to_base(255, b) for b in (2, 8, 16, 36)], int(to_base(123456, 36), 36)
print ''.join(c for c in 'a1-b2_c3!' if c in string.ascii_letters + string.digits)
print string.capwords('the  quick brown   fox'), string.ascii_letters.index('Z')

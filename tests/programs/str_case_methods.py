# str case methods and predicates: upper/lower/title/capitalize/swapcase, is* tests.
samples = ['hello world', 'HELLO', 'Hello World', "they're bill's", 'a1b2 c3', '', '123', 'MiXeD cAsE', '  ', 'x_y-z']
for s in samples:
    print repr(s), '|', s.upper(), '|', s.lower(), '|', s.title(), '|', s.capitalize(), '|', s.swapcase()
print '-- predicates'
print '%-16s %s %s %s %s %s %s %s' % ('string', 'alpha', 'digit', 'alnum', 'space', 'upper', 'lower', 'title')
for s in samples + ['\t\n', 'ABC1', 'abc!', 'Title Case Words']:
    print '%-16r %-5s %-5s %-5s %-5s %-5s %-5s %s' % (s, s.isalpha(), s.isdigit(), s.isalnum(),
                                                      s.isspace(), s.isupper(), s.islower(), s.istitle())
print 'abc'.upper().lower().title()
print 'python'[0].upper() + 'python'[1:]
print 'x'.join('ABC'.lower())
print 'shout'.upper() * 2

def snake_to_camel(name):
    parts = name.split('_')
    return parts[0].lower() + ''.join(p.capitalize() for p in parts[1:])

def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append('_' + ch.lower())
        else:
            out.append(ch)
    return ''.join(out).lstrip('_')

for name in ['max_line_length', 'x', 'HTTP_status_code']:
    camel = snake_to_camel(name)
    print name, '->', camel, '->', camel_to_snake(camel)
print 'ABC'.lower().islower(), 'abc'.upper().isupper(), '1A'.isupper(), '1a'.islower(), 'A1 B2'.istitle()

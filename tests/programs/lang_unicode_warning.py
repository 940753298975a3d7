# Comparing a non-ASCII str with unicode: UnicodeWarning goes to stderr once per source line, and the result is unequal.
def compare(a, b):
    return a == b
print u'caf\xe9' == 'caf\xe9'
print u'caf\xe9' != 'caf\xe9'
for i in range(3):
    print compare('\xff', u'x')
print '\x80' in {u'a': 1}
print 'ascii' == u'ascii'

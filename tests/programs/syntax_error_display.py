# SyntaxError objects: their attributes, str(), and the caret display of an uncaught one.
e = SyntaxError('invalid syntax', ('prog.py', 3, 5, '    x = = 1\n'))
print e.msg, e.filename, e.lineno, e.offset, repr(e.text)
print str(e), e.args
print str(SyntaxError('bare')), str(SyntaxError('m', ('f', None, None, None)))
print str(SyntaxError('m', (None, 4, None, None)))
try:
    SyntaxError('a', 'b')
except IndexError as e:
    print 'IndexError:', e
print IndentationError('unexpected indent', ('x.py', 1, 1, ' y\n'))
try:
    raise IndentationError('expected an indented block', ('f.py', 2, 1, 'print 1\n'))
except SyntaxError as caught:
    print type(caught).__name__, caught.lineno
raise SyntaxError('invalid syntax', ('/abs/prog.py', 12, 9, 'if x = 1:\n'))

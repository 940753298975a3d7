# Uncaught exception whose message is an ASCII unicode string, raised from nested calls; the last traceback line shows the message plainly.
def parse(text):
    if not text.isdigit():
        raise ValueError(u'not a number: %s' % text)
    return int(text)
def total(items):
    return sum(parse(t) for t in items)
print total([u'1', u'22', u'333'])
print total([u'4', u'five'])

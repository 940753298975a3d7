# String building: concatenation, formatting, joining and splitting.
def build(n):
    parts = []
    for i in xrange(n):
        parts.append('item%d' % i)
    text = ','.join(parts)
    words = text.split(',')
    s = ''
    for w in words[:20000]:
        s += w[:3]
    return len(text), len(words), len(s)

print build(200000)

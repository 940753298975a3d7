# Count the words of a text with a dict, then show the most common ones.

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away
a quick brown dog and a lazy fox"""


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


counts = count_words(TEXT)
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, n in ranked[:5]:
    print '%-6s %s' % (word, '*' * n)
print len(counts), 'different words'

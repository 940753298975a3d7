# A text-statistics report: word, line and character counts, frequencies, longest words, a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only."""

PUNCTUATION = '.,;:!?-"\''

def words_of(text):
    words = []
    for raw in text.split():
        word = raw.strip(PUNCTUATION).lower()
        if word:
            words.append(word)
    return words

def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

def top(counts, n):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]

def letter_counts(text):
    counts = {}
    for ch in text.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return counts

lines = TEXT.splitlines()
words = words_of(TEXT)
counts = frequencies(words)
print 'lines:      ', len(lines)
print 'characters: ', len(TEXT)
print 'non-space:  ', len(TEXT.replace(' ', '').replace('\n', ''))
print 'words:      ', len(words)
print 'unique:     ', len(counts)
print 'average word length: %.2f' % (float(sum(len(w) for w in words)) / len(words))
print 'sentences:  ', TEXT.count('.')
print
print 'most common words:'
for word, n in top(counts, 8):
    print '  %-8s %3d %s' % (word, n, '*' * n)
print
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print 'longest words:', ', '.join(longest)
print 'words used once:', len([w for w in counts if counts[w] == 1])
print 'first/last alphabetically:', min(counts), max(counts)
print
by_length = {}
for w in words:
    by_length.setdefault(len(w), []).append(w)
print 'length histogram:'
for length in sorted(by_length):
    print '  %2d | %-12s %d' % (length, '#' * len(by_length[length]), len(by_length[length]))
print
letters = letter_counts(TEXT)
total_letters = sum(letters.values())
print 'letter frequencies (top 6):'
for ch, n in top(letters, 6):
    print '  %s %5.1f%%' % (ch, 100.0 * n / total_letters)
print 'missing letters:', ''.join(c for c in 'abcdefghijklmnopqrstuvwxyz' if c not in letters)
print
for i, line in enumerate(lines, 1):
    lw = words_of(line)
    print '%2d: %2d words, %2d chars, starts %-12r ends %r' % (i, len(lw), len(line), lw[0], lw[-1])
capitalised = sorted(set(raw.strip(PUNCTUATION) for raw in TEXT.split() if raw[0].isupper()))
print 'capitalised:', capitalised
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print 'top pairs:', [('%s %s' % p, n) for p, n in top(pairs, 4)]
print

def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ''
    for i, word in enumerate(words[:-1]):
        pad = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += word + ' ' * pad
    return out + words[-1]

wrapped = wrap(TEXT, 48)
print 'wrapped to 48 columns (%d lines):' % len(wrapped)
for i, words_in_line in enumerate(wrapped):
    if i < len(wrapped) - 1:
        print '|' + justify(words_in_line, 48) + '|'
    else:
        print '|' + ' '.join(words_in_line).ljust(48) + '|'
clauses = [c.strip() for c in TEXT.replace('\n', ' ').split(',')]
print 'clauses:', len(clauses), 'longest:', repr(max(clauses, key=len))

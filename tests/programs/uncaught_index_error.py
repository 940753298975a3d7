# Uncaught IndexError: "list index out of range" while walking past the end of a list.
scores = [88, 92, 75, 60]

def best_three(values):
    ordered = sorted(values, reverse=True)
    return ordered[0], ordered[1], ordered[2]

print best_three(scores)
print scores[-1], scores[-4], scores[1:10]
try:
    'abc'[5]
except IndexError as e:
    print 'IndexError:', e
try:
    (1, 2)[2]
except IndexError as e:
    print 'IndexError:', e

def pairwise_gaps(values):
    gaps = []
    i = 0
    while i < len(values):
        gaps.append(values[i + 1] - values[i])
        i += 1
    return gaps

print pairwise_gaps(scores)

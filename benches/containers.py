# List and dict work: building, indexing, counting, sorting.
def work(n):
    counts = {}
    values = []
    for i in xrange(n):
        key = i % 1000
        counts[key] = counts.get(key, 0) + 1
        values.append(i * 7 % 1013)
    values.sort()
    total = 0
    for k in counts:
        total += counts[k]
    return total, values[n // 2], len(counts)

print work(300000)

# Uncaught ZeroDivisionError from integer division inside a helper function.
def average(values):
    return sum(values) / len(values)

groups = {
    'small': [1, 2, 3],
    'medium': [10, 20, 30, 40],
    'large': [100, 250, 400],
}

for name in sorted(groups):
    print name, average(groups[name])

def percentages(parts):
    total = sum(parts)
    return [part * 100 // total for part in parts]

print percentages([1, 1, 2])
print percentages([3, 7])
print 17 % 5, -17 % 5, divmod(17, 5)

empty = []
print 'about to average an empty group'
print average(empty)

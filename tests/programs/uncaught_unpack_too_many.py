# Uncaught ValueError: "too many values to unpack" when a record has an extra field.
records = ['ann 31', 'bob 25', 'cid 40 extra']
a, b = 1, 2
(c, d), e = (3, 4), 5
print a, b, c, d, e
first, second = 'xy'
print first, second
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print 'ValueError:', err
try:
    x, y, z = (1, 2)
except ValueError as err:
    print 'ValueError:', err
try:
    p, q = 5
except TypeError as err:
    print 'TypeError:', err

ages = {}
for record in records:
    name, age = record.split()
    ages[name] = int(age)
    print name, ages[name]
print ages

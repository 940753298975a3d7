# Uncaught TypeError from a call with the wrong number of arguments, raised in a caller's frame.
def area(width, height):
    return width * height

def perimeter(width, height):
    return 2 * (width + height)

shapes = [(3, 4), (5, 5), (2, 10)]
for w, h in shapes:
    print w, h, area(w, h), perimeter(w, h)

def describe(shape):
    return 'area=%d perimeter=%d' % (area(*shape), perimeter(*shape))

print describe((6, 7))
try:
    area(1)
except TypeError as e:
    print 'caught:', e

squares = [(4,), (9, 9)]
for s in squares:
    print describe(s)

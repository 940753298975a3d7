# Uncaught ZeroDivisionError from float division: "float division by zero".
readings = [(10.0, 2.0), (7.5, 2.5), (1.0, 3.0), (4.0, 0.0)]

def rate(distance, time):
    return distance / time

def describe(pair):
    d, t = pair
    speed = rate(d, t)
    return '%.1f / %.1f = %.3f' % (d, t, speed)

print 1.0 % 3, 2.5 // 0.5, 1e300 * 10
for pair in readings[:3]:
    try:
        print 'inverse rate', 1 / rate(*pair)
    except ZeroDivisionError as e:
        print 'ZeroDivisionError:', e

for pair in readings:
    print describe(pair)
print 'done'

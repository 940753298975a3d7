# time: strftime with every common directive on fixed times, the range checks and defaults of time tuples, two-digit years
import time

fmt = '%Y %m %d %H %M %S %a %A %b %B %j %p %y %Z %% %c %x %X %U %W %w %e %I'
for t in [0, 1234567890, 951782400, 946684799, 1000000000, 1700000000, 4102444800, -86400 * 365]:
    print time.strftime(fmt, time.gmtime(t))
print time.strftime('%C %D %F %g %G %V %h %k %l %P %r %R %T %u %z|%n|%t|', time.gmtime(1234567890))
for t in [0, 86400 * 3, 86400 * 4, 86400 * 10, 1104537600, 1136073600, 1230768000, 1293840000, 1451606400, 1483228800]:
    g = time.gmtime(t)
    print time.strftime('%Y-%m-%d %a %U %W %G %V %g %u %w %j', g)
for h in [0, 1, 11, 12, 13, 23]:
    print time.strftime('%H %I %p %l %k', (2000, 1, 1, h, 0, 0, 5, 1, 0))
print repr(time.strftime('', time.gmtime(0)))
print time.strftime('no directives')[:2]
print time.strftime('%Q %E %-d %', time.gmtime(0))
print time.strftime('%-d|%_d|%0e|%^a|%^B|%-j|%-H|%_H|%-m|%Ey|%Od|%Ec|%-y|%_j|%-M', time.gmtime(1234567890))
print time.strftime('%-d|%_d|%0e|%-j|%-H|%_m|%-S|%_S', time.gmtime(0))
print time.strftime(u'%Y-%m', time.gmtime(0)), type(time.strftime(u'%Y', time.gmtime(0))).__name__
print time.strftime('%Y', (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (68, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (69, 1, 1, 0, 0, 0, 0, 1, 0))
print time.strftime('%m %d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0))
print time.strftime('%a %A', (2000, 1, 1, 0, 0, 0, 6, 1, 0)), time.strftime('%a', (2000, 1, 1, 0, 0, 0, 7, 1, 0))
print time.strftime('%S', (2000, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 5)), time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, -5))
print time.strftime('%Y-%m-%d', [2010, 5, 6, 0, 0, 0, 0, 1, 0])
print time.strftime('%Y %j', time.struct_time((2012, 12, 31, 0, 0, 0, 0, 366, 0)))
print time.strftime('%Y', time.gmtime(0)) == '1970', len(time.strftime('%Y-%m-%d %H:%M:%S')) == 19

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -3, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (1899, 1, 1, 0, 0, 0, 0, 1, 0), (999, 1, 1, 0, 0, 0, 0, 1, 0),
            (-1, 1, 1, 0, 0, 0, 0, 1, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0), (2000, 1, -1, 0, 0, 0, 0, 1, 0)]:
    t(lambda: time.strftime('%Y', bad))
t(lambda: time.strftime(5))
t(lambda: time.strftime('%Y', 5))
t(lambda: time.strftime('%Y', (2009, 2, 13, 23, 31, 30, 4, 44)))
t(lambda: time.strftime(u'\xe9%Y', time.gmtime(0)))
t(lambda: time.strftime('%Y', time.gmtime(-1e11)))
t(lambda: time.strftime())
t(lambda: time.strftime('%Y', time.gmtime(0), 1))
t(lambda: time.strftime('%Y', (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)))

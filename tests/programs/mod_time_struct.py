# time: gmtime/localtime struct_time (repr, indexing, attributes, comparison), mktime, asctime, ctime of fixed instants, time() and sleep()
import time

g = time.gmtime(0)
print g
print str(g)
print g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst
print g[0], g[-1], g[1:3], g[:-7], g[::2], len(g), list(g), tuple(g)
print g == tuple(g), g == time.gmtime(0), g != time.gmtime(1), g < (1971,), hash(g) == hash(tuple(g))
print 1970 in g, 2000 in g
print g + (1,)
print g.n_fields, g.n_sequence_fields, g.n_unnamed_fields
y, m, d, hh, mm, ss, wd, yd, dst = g
print y, m, d, wd, yd

for t in [1, 59, 60, 3600, 86399, 86400, 951782400, 951868800, 1234567890, 2 ** 31 - 1,
          2 ** 31, 4102444800, -1, -86400, -1.5, 1.9, -2208988800, 253402300799, 1e11]:
    print t, tuple(time.gmtime(t))

print time.gmtime(True) == time.gmtime(1), time.gmtime(0L)
print time.asctime(time.gmtime(1234567890))
print time.asctime((2009, 2, 13, 23, 31, 30, 4, 44, 0))
print time.asctime((2009, 0, 0, 0, 0, 0, 0, 0, 0))
print time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((69, 1, 1, 0, 0, 0, 0, 1, 0))
print time.asctime([2009, 2, 13, 23, 31, 30, 4, 44, 0])
print time.mktime((2009, 2, 13, 23, 31, 30, 4, 44, 0)) - time.timezone
print time.mktime(time.localtime(1234567890))
print time.mktime(time.localtime(0)), time.mktime(time.localtime(-1000))
print time.ctime(time.mktime(time.localtime(1234567890))) == time.asctime(time.localtime(1234567890))
print time.localtime(1234567890) == time.localtime(1234567890.5)
st = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print st, st.tm_yday
print time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_isdst
print time.struct_time('abcdefghi')

t0 = time.time()
time.sleep(0.01)
t1 = time.time()
print type(t0).__name__, t1 > t0, t1 - t0 >= 0.009
c0 = time.clock()
x = 0
for i in xrange(100000):
    x += i
c1 = time.clock()
print type(c0).__name__, c1 >= c0
time.sleep(0)
time.sleep(True is False)
print time.gmtime()[0] >= 2024, time.localtime()[0] >= 2024, len(time.ctime()), len(time.asctime())
print type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname)
print time.accept2dyear

def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: time.struct_time((1, 2, 3)))
t(lambda: time.struct_time(5))
t(lambda: time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
t(lambda: g[9])
t(lambda: time.mktime((2009, 2, 13, 23, 31, 30, 4, 44)))
t(lambda: time.mktime(5))
t(lambda: time.mktime((2009.5, 2, 13, 23, 31, 30, 4, 44, 0)))
t(lambda: time.mktime(('a', 2, 13, 23, 31, 30, 4, 44, 0)))
t(lambda: time.asctime((2009, 13, 13, 23, 31, 30, 4, 44, 0)))
t(lambda: time.asctime((999, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime(5))
t(lambda: time.asctime((2009, 2, 13, 23, 31, 30, 4, 44, 0), 1))
t(lambda: time.gmtime('a'))
t(lambda: time.gmtime(1e20))
t(lambda: time.gmtime(float('inf')))
t(lambda: time.gmtime(10 ** 30))
t(lambda: time.gmtime(1e17))
t(lambda: time.gmtime(1, 2))
t(lambda: time.ctime('x'))
t(lambda: time.sleep(-1))
t(lambda: time.sleep('a'))
t(lambda: time.sleep())
t(lambda: time.time(1))
t(lambda: time.clock(1))

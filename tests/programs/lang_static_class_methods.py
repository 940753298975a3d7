# staticmethod and classmethod: calls via class and instance, inheritance and cls, alternate constructors, raw objects in __dict__.
class Date(object):
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __str__(self):
        return '%04d/%02d/%02d' % (self.y, self.m, self.d)

class EuroDate(Date):
    def __str__(self):
        return '%02d.%02d.%04d' % (self.d, self.m, self.y)

d = Date.from_string('2020-02-29')
e = EuroDate.from_string('1999-12-31')
print d, e, type(e).__name__
print Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), e.is_leap(2023)
print Date.kind(), EuroDate.kind(), e.kind(), d.kind()
print Date.created

sm = Date.__dict__['is_leap']
cm = Date.__dict__['kind']
print type(sm).__name__, type(cm).__name__
print sm.__func__(1600), cm.__func__(EuroDate)
print sm.__get__(None, Date)(4)
print cm.__get__(None, EuroDate)()

def plain(*args):
    return len(args)
class Holder(object):
    s = staticmethod(plain)
    c = classmethod(plain)
    p = plain
h = Holder()
print h.s(1, 2), h.c(1, 2), h.p(1, 2), Holder.s(), Holder.c()
try:
    Holder.p()
except TypeError as e:
    print 'TypeError:', e
bound = Holder.c
print bound.im_self is Holder, bound.__name__
print staticmethod(len)('abc') if False else 'skip'
try:
    staticmethod(len)('abc')
except TypeError as e:
    print 'TypeError:', e

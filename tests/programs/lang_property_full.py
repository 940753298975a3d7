# property with getter/setter/deleter decorators, property() call form with doc, read-only errors, inheritance of properties.
class Account(object):
    def __init__(self):
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        "the balance"
        self.history.append('get')
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history.append('set %r' % (value,))
        if value < 0:
            raise ValueError('negative balance %d' % value)
        self._balance = value

    @balance.deleter
    def balance(self):
        self.history.append('del')
        self._balance = 0

acct = Account()
acct.balance = 10
acct.balance += 5
print acct.balance
del acct.balance
print acct.balance
try:
    acct.balance = -1
except ValueError as e:
    print 'ValueError:', e
print acct.history
print Account.balance.__doc__
print type(Account.balance).__name__

def get_area(self):
    return self.w * self.h
def set_area(self, v):
    self.w = v
    self.h = 1

class Rect(object):
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(get_area, set_area, None, 'area doc')
    perimeter = property(lambda self: 2 * (self.w + self.h))

r = Rect(3, 4)
print r.area, r.perimeter
r.area = 7
print r.w, r.h, r.area, Rect.area.__doc__
try:
    r.perimeter = 3
except AttributeError as e:
    print 'AttributeError:', e
try:
    del r.perimeter
except AttributeError as e:
    print 'AttributeError:', e
try:
    del r.area
except AttributeError as e:
    print 'AttributeError:', e

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
    @property
    def perimeter(self):
        return 4 * self.w
sq = Square(5)
print sq.area, sq.perimeter
p = Rect.__dict__['area']
print p.fget is get_area, p.fset is set_area, p.fdel
print p.__get__(sq, Square), p.__get__(None, Rect) is p

class Lazy(object):
    @property
    def value(self):
        raise AttributeError('not computed')
    def __getattr__(self, name):
        return 'fallback for %s' % name
print Lazy().value

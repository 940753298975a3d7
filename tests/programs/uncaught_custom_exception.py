# Uncaught custom exception with __init__ and __str__: the last line reads "__main__.Name: text".
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        Exception.__init__(self, needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return 'needed %d but only %d available' % (self.needed, self.available)

class Wallet(object):
    def __init__(self, cash):
        self.cash = cash

    def spend(self, amount):
        if amount > self.cash:
            raise InsufficientFunds(amount, self.cash)
        self.cash -= amount
        return self.cash

w = Wallet(50)
print w.spend(20)
try:
    w.spend(100)
except InsufficientFunds as e:
    print 'caught:', e, e.args
print w.spend(25)
print w.spend(10)

# Uncaught exception raised several frames deep: the traceback lists every frame, outermost first.
class Account(object):
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

def check_amount(amount):
    if amount <= 0:
        raise ValueError('amount must be positive: %r' % amount)
    return amount

def withdraw(account, amount):
    amount = check_amount(amount)
    account.balance -= amount
    return account.balance

def pay(account, bills):
    for name, amount in bills:
        left = withdraw(account, amount)
        print 'paid %s %d, left %d' % (name, amount, left)

def month_end(account):
    bills = [('rent', 500), ('power', 60), ('refund', -25), ('water', 30)]
    pay(account, bills)

def main():
    acct = Account('ann', 1000)
    month_end(acct)
    print 'final', acct.balance

main()

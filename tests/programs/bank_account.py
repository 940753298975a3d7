# A bank account simulation: accounts, deposits, withdrawals, transfers, interest, errors and a statement.
class InsufficientFunds(Exception):
    pass

class AccountClosed(Exception):
    pass

class Account(object):
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [('open', balance)]
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise AccountClosed('account %d is closed' % self.number)

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError('deposit must be positive, got %r' % amount)
        self.balance += amount
        self.history.append(('deposit', amount))
        return self.balance

    def withdraw(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError('withdrawal must be positive, got %r' % amount)
        if amount > self.balance:
            raise InsufficientFunds('account %d: balance %d, requested %d'
                                    % (self.number, self.balance, amount))
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self.balance

    def close(self):
        self._check_open()
        payout = self.balance
        self.balance = 0
        self.closed = True
        self.history.append(('close', payout))
        return payout

    def __str__(self):
        state = 'closed' if self.closed else 'open'
        return '#%d %-6s %8d (%s)' % (self.number, self.owner, self.balance, state)

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super(SavingsAccount, self).__init__(owner, balance)
        self.rate_percent = rate_percent

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.deposit(interest)
        return interest

class Bank(object):
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, account):
        self.accounts[account.number] = account
        self.log.append('opened %d for %s' % (account.number, account.owner))
        return account

    def transfer(self, source, target, amount):
        try:
            self.accounts[source].withdraw(amount)
        except KeyError:
            self.log.append('transfer failed: no account %r' % source)
            return False
        except (InsufficientFunds, AccountClosed, ValueError) as e:
            self.log.append('transfer failed: %s' % e)
            return False
        try:
            self.accounts[target].deposit(amount)
        except Exception as e:
            self.accounts[source].deposit(amount)
            self.log.append('transfer reversed: %s: %s' % (type(e).__name__, e))
            return False
        self.log.append('moved %d from %d to %d' % (amount, source, target))
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print '%s: %d accounts, total %d' % (self.name, len(self.accounts), self.total())
        for number in sorted(self.accounts):
            print '  ', self.accounts[number]

bank = Bank('Glass Savings & Loan')
ann = bank.open(Account('ann', 500))
bob = bank.open(SavingsAccount('bob', 1000, rate_percent=5))
cid = bank.open(Account('cid'))
bank.report()
print ann.deposit(250), bob.withdraw(100), cid.deposit(75)
for args in [(ann.number, bob.number, 300), (cid.number, ann.number, 500),
             (bob.number, cid.number, 0), (9999, ann.number, 10), (bob.number, 4242, 50)]:
    print 'transfer', args, '->', bank.transfer(*args)
print 'interest paid:', bob.add_interest(), bob.add_interest()
print 'payout:', cid.close()
try:
    cid.deposit(10)
except AccountClosed as e:
    print 'AccountClosed:', e
print 'transfer to closed ->', bank.transfer(ann.number, cid.number, 100)
try:
    ann.withdraw(10 ** 6)
except InsufficientFunds as e:
    print 'InsufficientFunds:', e
try:
    ann.deposit(-5)
except ValueError as e:
    print 'ValueError:', e
bank.report()
print
for line in bank.log:
    print line
print
for account in (ann, bob):
    print 'statement for', account.owner
    running = 0
    for kind, amount in account.history:
        if kind in ('open', 'deposit'):
            running += amount
        else:
            running -= amount
        print '  %-8s %6d %8d' % (kind, amount, running)
    assert running == account.balance

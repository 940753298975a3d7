# Longer program: a bank simulation with account classes, an exception hierarchy, transactions with rollback, interest, audit log; ends uncaught.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        BankError.__init__(self, account.number, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return 'account %s: cannot withdraw %s, balance is %s' % (
            self.account.number, fmt(self.amount), fmt(self.account.balance))

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    pass

class LimitExceeded(BankError):
    def __init__(self, limit):
        BankError.__init__(self, 'daily limit of %s exceeded' % fmt(limit))

def fmt(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return '%s$%d.%02d' % (sign, cents // 100, cents % 100)

class Money(object):
    __slots__ = ('cents',)
    def __init__(self, cents):
        self.cents = int(cents)
    def __add__(self, other):
        return Money(self.cents + int(other))
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - int(other))
    def __int__(self):
        return self.cents
    def __cmp__(self, other):
        return cmp(self.cents, int(other))
    def __repr__(self):
        return 'Money(%s)' % fmt(self.cents)

class Account(object):
    kind = 'basic'
    next_number = 1000
    def __init__(self, owner, opening=0):
        Account.next_number += 1
        self.number = 'AC%d' % Account.next_number
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, memo='opening')

    @property
    def balance(self):
        return self._balance

    def _record(self, kind, amount, memo):
        self.history.append((kind, amount, memo, self._balance))

    def check(self):
        if self.frozen:
            raise AccountFrozen('account %s is frozen' % self.number)

    def deposit(self, amount, memo=''):
        self.check()
        if amount <= 0:
            raise ValueError('deposit must be positive, got %d' % amount)
        self._balance += amount
        self._record('dep', amount, memo)

    def available(self):
        return self._balance

    def withdraw(self, amount, memo=''):
        self.check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record('wd', amount, memo)

    def month_end(self):
        pass

    def __str__(self):
        return '%-8s %s %-6s %10s' % (self.kind, self.number, self.owner, fmt(self._balance))

class Savings(Account):
    kind = 'savings'
    rate_percent = 2
    withdrawals_allowed = 2
    def __init__(self, owner, opening=0):
        super(Savings, self).__init__(owner, opening)
        self.withdrawals = 0
    def withdraw(self, amount, memo=''):
        if self.withdrawals >= self.withdrawals_allowed:
            raise LimitExceeded(0)
        super(Savings, self).withdraw(amount, memo)
        self.withdrawals += 1
    def month_end(self):
        interest = self._balance * self.rate_percent // 100 // 12
        if interest:
            self._balance += interest
            self._record('int', interest, 'interest')
        self.withdrawals = 0

class Checking(Account):
    kind = 'checking'
    fee = 150
    def __init__(self, owner, opening=0, overdraft=0):
        Account.__init__(self, owner, opening)
        self.overdraft = overdraft
    def available(self):
        return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            self._balance -= self.fee
            self._record('fee', self.fee, 'overdraft fee')

class Bank(object):
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []
        self.daily = {}
        self.daily_limit = 100000

    def open(self, cls, owner, *args, **kw):
        acct = cls(owner, *args, **kw)
        self.accounts[acct.number] = acct
        self.audit.append('open %s %s' % (acct.kind, acct.number))
        return acct

    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number)

    def __iter__(self):
        for number in sorted(self.accounts):
            yield self.accounts[number]

    def __len__(self):
        return len(self.accounts)

    def __contains__(self, number):
        return number in self.accounts

    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        spent = self.daily.get(src, 0)
        if spent + amount > self.daily_limit:
            raise LimitExceeded(self.daily_limit)
        snapshot = (a._balance, list(a.history), b._balance, list(b.history))
        try:
            a.withdraw(amount, memo='to ' + dst)
            b.deposit(amount, memo='from ' + src)
        except BankError:
            a._balance, a.history, b._balance, b.history = snapshot
            self.audit.append('rollback %s->%s %s' % (src, dst, fmt(amount)))
            raise
        self.daily[src] = spent + amount
        self.audit.append('transfer %s->%s %s' % (src, dst, fmt(amount)))

    def month_end(self):
        for acct in self:
            acct.month_end()
        self.daily.clear()

    def total(self):
        return sum(a.balance for a in self)

    def report(self):
        print '--- %s: %d accounts, total %s ---' % (self.name, len(self), fmt(self.total()))
        for acct in self:
            print acct

bank = Bank('First Python Bank')
alice = bank.open(Checking, 'alice', 50000, overdraft=20000)
bob = bank.open(Savings, 'bob', 120000)
carol = bank.open(Account, 'carol')
dave = bank.open(Checking, 'dave', opening=1000)
bank.report()

operations = [
    ('transfer', alice.number, bob.number, 30000),
    ('transfer', alice.number, carol.number, 35000),
    ('transfer', alice.number, carol.number, 10000),
    ('transfer', bob.number, dave.number, 5000),
    ('transfer', bob.number, dave.number, 5000),
    ('transfer', bob.number, dave.number, 5000),
    ('transfer', carol.number, 'AC9999', 100),
    ('deposit', carol.number, -5),
    ('freeze', dave.number),
    ('transfer', alice.number, dave.number, 100),
    ('transfer', dave.number, alice.number, 100),
    ('withdraw', carol.number, 45001),
    ('transfer', carol.number, alice.number, 99000),
]
for op in operations:
    kind, args = op[0], op[1:]
    try:
        if kind == 'transfer':
            bank.transfer(*args)
            print 'ok   ', kind, args
        elif kind == 'deposit':
            bank[args[0]].deposit(args[1])
        elif kind == 'withdraw':
            bank[args[0]].withdraw(args[1])
        elif kind == 'freeze':
            bank[args[0]].frozen = True
            print 'froze', args[0]
    except InsufficientFunds as e:
        print 'FUNDS', e
    except UnknownAccount as e:
        print 'NOACCT', e, isinstance(e, KeyError)
    except BankError as e:
        print 'BANK ', type(e).__name__, e
    except ValueError as e:
        print 'VALUE', e

bank.report()
bank.month_end()
print 'after month end'
bank.report()
for acct in bank:
    print acct.number, [(k, fmt(a), m) for k, a, m, _ in acct.history]
print '\n'.join(bank.audit)
print 'AC1001' in bank, 'AC0' in bank
print sorted([Money(5), Money(1), Money(3)]), Money(100) + 50, 25 + Money(5), Money(7) > 3
print sum([Money(1), Money(2)], Money(0))
total_before = bank.total()
bank.daily_limit = 10
try:
    bank.transfer(bob.number, alice.number, 11)
except LimitExceeded as e:
    print 'limit:', e
print bank.total() == total_before
bank['AC2000'].deposit(1)

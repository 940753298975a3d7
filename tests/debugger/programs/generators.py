# A generator, a class and a with statement: frames that pause and resume.


def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Account(object):
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        return sum(self.history)


class Noisy(object):
    def __enter__(self):
        print 'enter'
        return self

    def __exit__(self, *exc):
        print 'exit', exc[0]
        return True


acct = Account('ada')
for step in countdown(3):
    acct.deposit(step * 10)
with Noisy():
    try:
        acct.deposit(1)
    finally:
        print 'history', acct.history
    raise ValueError('swallowed by __exit__')
print acct.owner, acct.history

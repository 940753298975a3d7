# Uncaught KeyError: a missing dict key; the traceback shows the key's repr.
inventory = {'apples': 10, 'pears': 4, 'figs': 0}

def restock(stock, item, amount):
    stock[item] = stock.get(item, 0) + amount

def sell(stock, item, amount):
    if stock[item] < amount:
        raise ValueError('not enough %s' % item)
    stock[item] -= amount

restock(inventory, 'figs', 12)
sell(inventory, 'apples', 3)
print sorted(inventory.items())
try:
    sell(inventory, 'pears', 9)
except ValueError as e:
    print 'ValueError:', e
try:
    inventory[('a', 1)]
except KeyError as e:
    print 'KeyError:', e

order = ['apples', 'figs', 'kiwis']
for item in order:
    sell(inventory, item, 1)
    print 'sold one', item

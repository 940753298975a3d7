# Uncaught NameError at module level: "name 'x' is not defined" (no "global" in the message).
prices = {'apple': 3, 'pear': 4, 'plum': 2}
basket = ['apple', 'plum', 'apple', 'pear']

subtotal = 0
for item in basket:
    subtotal += prices[item]
print 'subtotal:', subtotal

discount = 0
if subtotal > 10:
    discount = 2
print 'discount:', discount

count = len(basket)
average = float(subtotal) / count
print 'average price: %.2f' % average

tax_rate = 0.25
tax = subtotal * tax_rate
print 'tax:', tax

# The next line misspells a name defined above.
total = subtotal - discount + taxx
print 'total:', total

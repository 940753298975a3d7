# An inventory system with dicts: stock levels, orders, restocking, reports and error handling.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        Exception.__init__(self, sku, wanted, available)
        self.sku = sku
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return '%s: wanted %d, only %d left' % (self.sku, self.wanted, self.available)

catalog = {
    'A100': {'name': 'hammer', 'price': 12.50, 'category': 'tools'},
    'A200': {'name': 'screwdriver', 'price': 4.25, 'category': 'tools'},
    'B100': {'name': 'nails (100)', 'price': 2.00, 'category': 'hardware'},
    'B200': {'name': 'screws (50)', 'price': 3.10, 'category': 'hardware'},
    'C100': {'name': 'paint (1l)', 'price': 9.99, 'category': 'paint'},
}
stock = {'A100': 5, 'A200': 12, 'B100': 40, 'B200': 0, 'C100': 3}
reorder_level = {'A100': 3, 'A200': 5, 'B100': 20, 'B200': 10, 'C100': 2}
sales = {}

def value_of_stock():
    return sum(catalog[sku]['price'] * qty for sku, qty in stock.items())

def place_order(order):
    for sku, qty in order.items():
        if sku not in catalog:
            raise KeyError(sku)
        if stock.get(sku, 0) < qty:
            raise OutOfStock(sku, qty, stock.get(sku, 0))
    total = 0.0
    for sku in sorted(order):
        qty = order[sku]
        stock[sku] -= qty
        sales[sku] = sales.get(sku, 0) + qty
        total += qty * catalog[sku]['price']
    return total

def restock(deliveries):
    for sku, qty in deliveries:
        stock[sku] = stock.get(sku, 0) + qty

def needs_reorder():
    return sorted(sku for sku in stock if stock[sku] <= reorder_level[sku])

def report(title):
    print '==', title, '=='
    print '%-6s %-14s %-9s %7s %5s' % ('sku', 'name', 'category', 'price', 'qty')
    for sku in sorted(catalog):
        item = catalog[sku]
        print '%-6s %-14s %-9s %7.2f %5d' % (sku, item['name'], item['category'], item['price'], stock[sku])
    print 'stock value: %.2f' % value_of_stock()
    print 'reorder:', needs_reorder()
    print

report('opening')
orders = [
    {'A100': 2, 'B100': 10},
    {'C100': 5},
    {'Z999': 1},
    {'A200': 3, 'B100': 25, 'C100': 1},
    {'B200': 1},
    {'A100': 3},
]
for number, order in enumerate(orders, 1):
    try:
        total = place_order(order)
        print 'order %d ok: %s total %.2f' % (number, sorted(order.items()), total)
    except OutOfStock as e:
        print 'order %d refused: %s' % (number, e)
    except KeyError as e:
        print 'order %d refused: unknown sku %s' % (number, e)
print
report('after orders')
restock([('B200', 50), ('A100', 10), ('C100', 6)])
report('after restock')
by_category = {}
for sku, qty in sales.items():
    cat = catalog[sku]['category']
    by_category[cat] = by_category.get(cat, 0) + qty * catalog[sku]['price']
print 'sales by category:'
for cat in sorted(by_category):
    print '  %-9s %8.2f' % (cat, by_category[cat])
best = max(sales, key=lambda sku: (sales[sku], sku))
print 'best seller:', catalog[best]['name'], sales[best]
print 'units sold:', sum(sales.values()), 'skus sold:', len(sales)
print 'never sold:', sorted(set(catalog) - set(sales))
print

def purchase_orders(target_multiple=3):
    orders = {}
    for sku in needs_reorder():
        wanted = reorder_level[sku] * target_multiple - stock[sku]
        supplier = 'north' if catalog[sku]['category'] == 'tools' else 'south'
        orders.setdefault(supplier, []).append((sku, wanted, wanted * catalog[sku]['price']))
    return orders

for supplier, lines in sorted(purchase_orders().items()):
    print 'purchase order for', supplier
    for sku, qty, cost in lines:
        print '  %-6s %-14s x%-4d %8.2f' % (sku, catalog[sku]['name'], qty, cost)
    print '  total %29.2f' % sum(cost for _, _, cost in lines)

price_changes = [('A100', 13.75), ('B100', 1.80), ('Q000', 1.00)]
audit = []
for sku, new_price in price_changes:
    item = catalog.get(sku)
    if item is None:
        audit.append('%s: no such item' % sku)
        continue
    old_price = item['price']
    item['price'] = new_price
    change = (new_price - old_price) / old_price * 100
    audit.append('%s: %.2f -> %.2f (%+.1f%%)' % (sku, old_price, new_price, change))
print '\n'.join(audit)
print 'stock value after price changes: %.2f' % value_of_stock()

# Longer program: an inventory system built on operator overloading (Quantity with units, Stock bags supporting + - * & | in ==, comparisons, hashing, iteration).
class UnitError(TypeError):
    pass

CONVERSIONS = {
    ('kg', 'g'): 1000, ('g', 'kg'): 0.001,
    ('l', 'ml'): 1000, ('ml', 'l'): 0.001,
    ('dozen', 'pcs'): 12, ('pcs', 'dozen'): 1 / 12.0,
}

class Quantity(object):
    __slots__ = ('amount', 'unit')
    def __init__(self, amount, unit):
        self.amount = amount
        self.unit = unit
    def to(self, unit):
        if unit == self.unit:
            return self
        try:
            factor = CONVERSIONS[(self.unit, unit)]
        except KeyError:
            raise UnitError('cannot convert %s to %s' % (self.unit, unit))
        return Quantity(self.amount * factor, unit)
    def _coerce(self, other):
        if isinstance(other, Quantity):
            return other.to(self.unit).amount
        if other == 0:
            return 0
        return NotImplemented
    def __add__(self, other):
        a = self._coerce(other)
        if a is NotImplemented:
            return NotImplemented
        return Quantity(self.amount + a, self.unit)
    __radd__ = __add__
    def __sub__(self, other):
        a = self._coerce(other)
        if a is NotImplemented:
            return NotImplemented
        return Quantity(self.amount - a, self.unit)
    def __mul__(self, k):
        if isinstance(k, (int, long, float)):
            return Quantity(self.amount * k, self.unit)
        return NotImplemented
    __rmul__ = __mul__
    def __div__(self, other):
        if isinstance(other, Quantity):
            return float(self.amount) / other.to(self.unit).amount
        return Quantity(float(self.amount) / other, self.unit)
    __truediv__ = __div__
    def __neg__(self):
        return Quantity(-self.amount, self.unit)
    def __abs__(self):
        return Quantity(abs(self.amount), self.unit)
    def __nonzero__(self):
        return self.amount != 0
    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        try:
            return abs(self.amount - other.to(self.unit).amount) < 1e-9
        except UnitError:
            return False
    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
    def __lt__(self, other):
        return self.amount < other.to(self.unit).amount
    def __le__(self, other):
        return self < other or self == other
    def __gt__(self, other):
        return other < self
    def __ge__(self, other):
        return other <= self
    def __hash__(self):
        return hash((round(self.amount, 6), self.unit))
    def __repr__(self):
        return 'Quantity(%r, %r)' % (self.amount, self.unit)
    def __str__(self):
        if isinstance(self.amount, float) and self.amount == int(self.amount):
            return '%d %s' % (self.amount, self.unit)
        if isinstance(self.amount, float):
            return '%.3f %s' % (self.amount, self.unit)
        return '%d %s' % (self.amount, self.unit)
    def __format__(self, spec):
        return format(str(self), spec)

class Stock(object):
    def __init__(self, items=None, **kw):
        self.items = {}
        for source in (items or {}), kw:
            for name, q in source.items():
                self[name] = q
    def __getitem__(self, name):
        return self.items[name]
    def __setitem__(self, name, q):
        if not q:
            self.items.pop(name, None)
        else:
            self.items[name] = q
    def __delitem__(self, name):
        del self.items[name]
    def __contains__(self, name):
        return name in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __len__(self):
        return len(self.items)
    def __add__(self, other):
        result = Stock(self.items)
        for name in other:
            result[name] = result.items.get(name, 0) + other[name]
        return result
    def __iadd__(self, other):
        for name in other:
            self[name] = self.items.get(name, 0) + other[name]
        return self
    def __sub__(self, other):
        result = Stock(self.items)
        for name in other:
            if name not in result:
                raise KeyError('cannot remove %s: not in stock' % name)
            left = result[name] - other[name]
            if left.amount < 0:
                raise ValueError('not enough %s: have %s, need %s' % (name, result[name], other[name]))
            result[name] = left
        return result
    def __mul__(self, k):
        return Stock(dict((n, q * k) for n, q in self.items.items()))
    __rmul__ = __mul__
    def __and__(self, other):
        return Stock(dict((n, min(self[n], other[n])) for n in self if n in other))
    def __or__(self, other):
        names = set(self.items) | set(other.items)
        return Stock(dict((n, max(self.items.get(n, Quantity(0, other[n].unit if n in other else 'pcs')),
                                   other.items.get(n, Quantity(0, self[n].unit if n in self else 'pcs'))))
                          for n in names))
    def __eq__(self, other):
        return isinstance(other, Stock) and self.items == other.items
    def __ne__(self, other):
        return not self == other
    def __le__(self, other):
        return all(n in other and self[n] <= other[n] for n in self)
    def __repr__(self):
        return 'Stock(%s)' % ', '.join('%s=%s' % (n, self[n]) for n in self)
    def report(self, title):
        print '== %s ==' % title
        for n in self:
            print '  {0:<8}{1:>14}'.format(n, self[n])

flour = Quantity(2, 'kg')
print flour, repr(flour), flour.to('g'), flour + Quantity(500, 'g'), Quantity(500, 'g') + flour
print flour * 3, 3 * flour, flour / 4, flour / Quantity(250, 'g'), -flour, abs(-flour)
print flour == Quantity(2000, 'g'), flour != Quantity(2, 'kg'), flour > Quantity(1999, 'g'), flour <= Quantity(2, 'kg')
print sum([Quantity(1, 'l'), Quantity(250, 'ml'), Quantity(0.5, 'l')]), sorted([Quantity(3, 'g'), Quantity(1, 'kg'), Quantity(20, 'g')])
print len(set([Quantity(1, 'kg'), Quantity(1, 'kg'), Quantity(1000, 'g')])), bool(Quantity(0, 'g')), Quantity(1, 'dozen').to('pcs')
print flour == 'flour', Quantity(1, 'kg') == Quantity(1, 'l')
try:
    flour + Quantity(1, 'l')
except UnitError as e:
    print 'UnitError:', e
try:
    flour + 5
except TypeError as e:
    print 'TypeError:', e
try:
    flour * flour
except TypeError as e:
    print 'TypeError:', e

pantry = Stock(flour=Quantity(2, 'kg'), milk=Quantity(1, 'l'), eggs=Quantity(1, 'dozen'))
recipe = Stock(flour=Quantity(300, 'g'), milk=Quantity(250, 'ml'), eggs=Quantity(3, 'pcs'))
pantry.report('pantry')
print recipe
print 'eggs' in pantry, 'sugar' in pantry, len(pantry), list(pantry)
after = pantry - recipe
after.report('after one batch')
print recipe * 2, recipe * 2 <= pantry, recipe * 7 <= pantry
batches = 0
stock = pantry
while True:
    try:
        stock = stock - recipe
        batches += 1
    except (ValueError, KeyError) as e:
        print 'stopped after %d batches: %s' % (batches, e)
        break
stock.report('left over')
delivery = Stock(sugar=Quantity(1, 'kg'), milk=Quantity(2, 'l'))
pantry += delivery
pantry.report('after delivery')
print pantry & recipe
print delivery | Stock(sugar=Quantity(1500, 'g'), salt=Quantity(10, 'g'))
pantry['salt'] = Quantity(0, 'g')
print 'salt' in pantry
del pantry['sugar']
print pantry == Stock(flour=Quantity(2, 'kg'), milk=Quantity(3, 'l'), eggs=Quantity(1, 'dozen')), pantry != pantry
print '{0:>12}|{1:<10}|'.format(Quantity(1.5, 'l'), Quantity(7, 'pcs'))
pantry - Stock(caviar=Quantity(1, 'g'))

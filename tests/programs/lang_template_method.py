# Template-method pattern with abstract hooks raising NotImplementedError, mixins via multiple inheritance, hook overriding through super chains; ends uncaught in an unimplemented hook.
class Report(object):
    def render(self):
        parts = [self.header()]
        for row in self.rows():
            parts.append(self.format_row(row))
        parts.append(self.footer())
        return '\n'.join(p for p in parts if p is not None)
    def header(self):
        return '== %s ==' % self.title()
    def title(self):
        raise NotImplementedError('title() not implemented in %s' % type(self).__name__)
    def rows(self):
        raise NotImplementedError
    def format_row(self, row):
        return ' | '.join(str(c) for c in row)
    def footer(self):
        return None

class CountingMixin(object):
    def rows(self):
        rows = list(super(CountingMixin, self).rows())
        self.count = len(rows)
        return rows
    def footer(self):
        base = super(CountingMixin, self).footer()
        return (base + '\n' if base else '') + '(%d rows)' % self.count

class UpperMixin(object):
    def format_row(self, row):
        return super(UpperMixin, self).format_row(row).upper()

class Sales(Report):
    def title(self):
        return 'Sales'
    def rows(self):
        yield ('apples', 3, 1.5)
        yield ('pears', 0, 2.25)
    def footer(self):
        return 'end of sales'

class CountedSales(CountingMixin, UpperMixin, Sales):
    pass

print Sales().render()
print CountedSales().render()
print [k.__name__ for k in CountedSales.__mro__]

class NoTitle(Report):
    def rows(self):
        return []
try:
    NoTitle().render()
except NotImplementedError as e:
    print 'NotImplementedError:', e

class NoRows(Report):
    def title(self):
        return 'empty'
try:
    NoRows().render()
except NotImplementedError as e:
    print 'NotImplementedError:', repr(e), str(e) == ''
class Partial(CountingMixin, Report):
    def title(self):
        return 'partial'
Partial().render()

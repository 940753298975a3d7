# A vending machine and a protocol parser as coroutine state machines driven by send(); close() triggers summary in finally.
def vending(prices):
    credit = 0
    sales = []
    try:
        event = yield 'ready'
        while True:
            kind, value = event
            if kind == 'coin':
                if value not in (5, 10, 25, 100):
                    event = yield 'rejected coin %d' % value
                    continue
                credit += value
                event = yield 'credit %d' % credit
            elif kind == 'select':
                price = prices.get(value)
                if price is None:
                    event = yield 'unknown item %s' % value
                elif price > credit:
                    event = yield 'need %d more for %s' % (price - credit, value)
                else:
                    credit -= price
                    sales.append(value)
                    event = yield 'vend %s, change due %d' % (value, credit)
            elif kind == 'refund':
                amount, credit = credit, 0
                event = yield 'refund %d' % amount
            else:
                raise ValueError('bad event %r' % (kind,))
    finally:
        print 'machine shutting down; sold', sales, 'credit left', credit

m = vending({'cola': 125, 'chips': 50, 'gum': 35})
print next(m)
for ev in [('coin', 100), ('coin', 3), ('select', 'cola'), ('coin', 25), ('select', 'cola'),
           ('coin', 25), ('coin', 25), ('select', 'gum'), ('select', 'candy'), ('refund', None),
           ('select', 'chips')]:
    print '%-18s -> %s' % (ev, m.send(ev))
m.close()

def lines_parser():
    headers = {}
    body = []
    state = 'start'
    while True:
        line = yield state
        if state == 'start':
            if line.startswith('GET ') or line.startswith('POST '):
                method, path = line.split()[:2]
                headers['method'], headers['path'] = method, path
                state = 'headers'
            else:
                state = 'error'
        elif state == 'headers':
            if line == '':
                state = 'body'
            else:
                k, _, v = line.partition(':')
                headers[k.strip().lower()] = v.strip()
        elif state == 'body':
            if line == '.':
                state = 'done'
                print 'request:', sorted(headers.items()), body
            else:
                body.append(line)
        elif state in ('done', 'error'):
            pass

p = lines_parser()
next(p)
for ln in ['POST /submit HTTP/1.0', 'Host: example', 'Content-Type: text/plain', '', 'hello', 'world', '.', 'extra']:
    print repr(ln), '->', p.send(ln)
bad = lines_parser()
next(bad)
print bad.send('FETCH /x'), bad.send('anything')
m2 = vending({})
next(m2)
m2.send(('kick', None))

# Default arguments: evaluation time, the mutable default pitfall, None sentinel, keyword overrides.
def greet(name, greeting='Hello', punct='!'):
    return '%s, %s%s' % (greeting, name, punct)

print greet('Ann')
print greet('Bob', 'Hi')
print greet('Cid', punct='?')
print greet(punct='.', name='Dee', greeting='Bye')

def append_to(item, target=[]):
    target.append(item)
    return target

print append_to(1)
print append_to(2)
print append_to(3, [])
print append_to(4)
print append_to.func_defaults

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print append_safe(1), append_safe(2)

counter = 10
def snapshot(value=counter):
    return value

counter = 20
print snapshot(), counter

def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]

print memo_fib(50), len(memo_fib.func_defaults[0])

def power(base, exp=2, mod=None):
    result = base ** exp
    if mod is not None:
        result %= mod
    return result

print power(3), power(3, 3), power(3, mod=5), power(exp=0, base=9)
print greet.func_defaults, power.__defaults__, snapshot.func_defaults

def shared_dict(key, value, store={}):
    store[key] = value
    return sorted(store.items())

print shared_dict('a', 1)
print shared_dict('b', 2)

# The global statement: rebinding module names from functions, vs local shadowing and reads.
counter = 0
name = 'module'

def increment():
    global counter
    counter += 1
    return counter

def shadow():
    name = 'local'
    return name

def read_only():
    return name.upper()

print increment(), increment(), counter
print shadow(), name, read_only()

def create_new():
    global created
    created = 'made inside a function'

create_new()
print created

def multi():
    global a, b
    a, b = 1, 2

multi()
print a + b

def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter

print nested(), counter

def delete_global():
    global created
    del created

delete_global()
print 'created' in globals()

config = {'debug': False}
def mutate_without_global():
    config['debug'] = True

mutate_without_global()
print config
total = 0
for i in range(5):
    total += i
print total, i

def loop_global():
    global i
    for i in range(100, 103):
        pass

loop_global()
print i
print sorted(k for k in globals() if not k.startswith('__'))

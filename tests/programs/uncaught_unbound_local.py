# Uncaught UnboundLocalError: a name assigned later in the function is read before assignment.
count = 0

def tally_ok(items):
    local_count = 0
    for item in items:
        local_count += 1
    return local_count

def tally_global(items):
    global count
    for item in items:
        count += 1
    return count

print tally_ok('abc'), tally_global('xyz'), count

def tally_broken(items):
    for item in items:
        count += 1
    return count

try:
    tally_broken('q')
except UnboundLocalError as e:
    print 'caught once:', e

def conditional(flag):
    if flag:
        result = 'set'
    return result

print conditional(True)
print conditional(False)

# break, continue and return passing through finally blocks, and return overriding in finally.
def ret_in_try():
    try:
        return 'from try'
    finally:
        print 'finally after return'

print ret_in_try()

def finally_overrides():
    try:
        return 'try value'
    finally:
        return 'finally value'

print finally_overrides()

def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'exception swallowed'

print finally_swallows()

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print 'body', i
    finally:
        print 'finally', i
print 'after loop', i

def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)

print nested_finally()

def loop_return():
    for n in range(10):
        try:
            if n == 2:
                return n
        finally:
            print 'cleanup', n

print loop_return()

def while_break():
    count = 0
    while True:
        try:
            count += 1
            if count > 2:
                break
        finally:
            print 'pass', count
    return count

print while_break()

def finally_break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'loop ended, KeyError dropped'

print finally_break_swallows()

def counter_in_finally():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print 'x set to', x

print counter_in_finally()

def except_continue():
    out = []
    for v in ['1', 'a', '3']:
        try:
            out.append(int(v))
        except ValueError:
            continue
        finally:
            out.append('f')
    return out

print except_continue()

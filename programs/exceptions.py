# try / except / else / finally, and where control goes in each case.


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print 'caught:', e
        return None
    else:
        print 'no exception'
        return result
    finally:
        print 'finally runs either way'


print divide(7, 2)
print divide(1, 0)

try:
    {}['missing']
except KeyError, e:
    print 'KeyError', repr(e)

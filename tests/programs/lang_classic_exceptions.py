# Classic classes as exceptions: raise class / instance, except matching by class hierarchy, string-free, traceback of uncaught classic exception.
class OldError:
    def __init__(self, msg='default'):
        self.msg = msg
    def __str__(self):
        return 'OldError: ' + self.msg

class OldChild(OldError):
    pass

try:
    raise OldError('first')
except OldError as e:
    print 'caught', e.msg, str(e)

try:
    raise OldChild
except OldError as e:
    print 'caught child', e.__class__, e.msg

try:
    raise OldChild, 'with arg'
except OldChild, e:
    print 'two-arg raise', e.msg

try:
    try:
        raise OldError('inner')
    except ValueError:
        print 'wrong'
except OldError:
    print 'outer caught classic'

try:
    raise OldError('x')
except Exception:
    print 'Exception catches classic?'
except:
    print 'bare except catches classic'

import sys
try:
    raise OldChild('info')
except:
    t, v, tb = sys.exc_info()
    print t, v.msg, tb is not None

class NewErr(Exception):
    pass
try:
    raise NewErr, NewErr('inst')
except NewErr as e:
    print 'new inst', e
try:
    raise OldError, OldChild('sub instance')
except OldChild as e:
    print 'classic sub instance', e.msg
try:
    raise OldError(), 'extra'
except TypeError as e:
    print 'TypeError:', e

def thrower():
    raise OldChild('uncaught classic')
thrower()

# An exception raised while a module is imported: the traceback runs through the module's frames and the program exits with status 1.
import sys
sys.path.insert(0, sys.path[0] + '/modules')


def load():
    import broken

print 'before'
load()
print 'after'

# A sys.excepthook that raises SystemExit decides the exit status.
import sys


def hook(typ, value, tb):
    sys.stdout.write('exiting from the hook\n')
    sys.exit(3)


sys.excepthook = hook
raise RuntimeError('uncaught')

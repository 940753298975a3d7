# Runs a Python 2.7 program under sys.settrace and writes its events.
#
# Usage: python2.7 scripts/settrace_runner.py PROGRAM OUT CAP [ARGS...]
#
# PROGRAM (.py or .pyc) runs as `python2.7 PROGRAM ARGS` would run it (as
# __main__, with its own sys.argv and sys.path[0]); OUT receives one line
# `EVENT CO_NAME LINENO` per event of the program's own code (at most CAP).
# Used by scripts/gen_line_events.py and by `glasspy compare --lines`.
import sys, os, imp, marshal
path, out_path, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.argv = [path] + sys.argv[4:]
sys.path[0] = os.path.dirname(os.path.realpath(path))
data = open(path, 'rb').read()
if data[:4] == imp.get_magic():
    code = marshal.loads(data[8:])
else:
    code = compile(data, path, 'exec')
filename = code.co_filename
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != filename:
        return None
    if len(events) < cap:
        events.append('%s %s %d' % (event, frame.f_code.co_name, frame.f_lineno))
    return tracer
runner = sys.modules['__main__']
main = imp.new_module('__main__')
main.__dict__['__file__'] = path
main.__dict__['__builtins__'] = __builtins__
sys.modules['__main__'] = main
try:
    sys.settrace(tracer)
    try:
        exec code in main.__dict__
    finally:
        sys.settrace(None)
except BaseException:
    pass
f = open(out_path, 'w')
f.write(''.join(e + '\n' for e in events))
f.close()

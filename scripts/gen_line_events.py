"""Regenerates tests/fixtures/line_events/ from CPython 2.7's sys.settrace.

Usage (from the repository root): python2.7 scripts/gen_line_events.py

For every program of the run corpus (tests/programs/NAME.py) and the bundled
examples (programs/NAME.py) it runs the program as the corpus test does
(same arguments, stdin, environment and sys.path), with a trace function set
by sys.settrace, and writes NAME.events: one line per event CPython reports
for the program's own frames (those whose co_filename is the program):

    EVENT CO_NAME LINENO

EVENT is call, line, return or exception; LINENO is the frame's f_lineno
when the event is reported. Only the first CAP events are kept. Programs
that take more than TIMEOUT seconds traced are skipped. tests/line_events.rs
runs the same programs under glasspy's tracer and compares.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = 'tests/fixtures/line_events'
CAP = 1500
TIMEOUT = 60

RUNNER = r'''
import sys
path, out_path, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.argv = [path] + sys.argv[4:]
sys.path[0] = __import__('os').path.dirname(__import__('os').path.realpath(path))
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != path:
        return None
    if len(events) < cap:
        events.append('%s %s %d' % (event, frame.f_code.co_name, frame.f_lineno))
    return tracer
code = compile(open(path, 'rb').read(), path, 'exec')
runner = sys.modules['__main__']  # kept alive: its globals are this script's
main = __import__('imp').new_module('__main__')
main.__dict__['__file__'] = path
sys.modules['__main__'] = main
try:
    sys.settrace(tracer)
    try:
        exec code in main.__dict__
    finally:
        sys.settrace(None)
except BaseException:
    pass
with open(out_path, 'w') as f:
    f.write(''.join(e + '\n' for e in events))
'''


def programs():
    for path in sorted(glob.glob('programs/*.py')):
        yield path
    for path in sorted(glob.glob('tests/programs/*.py')):
        yield path


def main():
    os.chdir(ROOT)
    if not os.path.isdir(OUT):
        os.makedirs(OUT)
    for path in programs():
        base = path[:-3]
        name = os.path.basename(base)
        if path.startswith('programs/'):
            name = 'example_' + name
        args = []
        if os.path.exists(base + '.args'):
            args = open(base + '.args').read().split()
        stdin = b''
        if os.path.exists(base + '.stdin'):
            stdin = open(base + '.stdin', 'rb').read()
        env = dict((k, v) for k, v in os.environ.items() if not k.startswith('PYTHON'))
        if os.path.exists(base + '.env'):
            for line in open(base + '.env').read().splitlines():
                if '=' in line:
                    k, v = line.split('=', 1)
                    env[k] = v
        target = os.path.join(OUT, name + '.events')
        tmp = target + '.tmp'
        cmd = [sys.executable, '-c', RUNNER, path, tmp, str(CAP)] + args
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        timer = __import__('threading').Timer(TIMEOUT, proc.kill)
        timer.start()
        proc.communicate(stdin)
        timer.cancel()
        if proc.returncode < 0 or not os.path.exists(tmp):
            print 'skipped', path
            if os.path.exists(tmp):
                os.remove(tmp)
            continue
        data = open(tmp).read()
        os.remove(tmp)
        if os.path.exists(target) and open(target).read() == data:
            continue
        with open(target, 'w') as f:
            f.write(data)
        print 'wrote', target


main()

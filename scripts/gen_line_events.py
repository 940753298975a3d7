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

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'settrace_runner.py')


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
        cmd = [sys.executable, RUNNER, path, tmp, str(CAP)] + args
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

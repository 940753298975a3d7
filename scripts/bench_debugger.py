#!/usr/bin/env python3
"""What the debugger costs, measured on this machine in one run.

Usage: python3 scripts/bench_debugger.py [--glasspy PATH] [--repeat N]

1. `si N` through a loop against a plain `glasspy run` of the same
   instructions: the ratio of their CPU times (user + system).
2. A reverse step after ten million instructions: the wall time of
   `si 10000000` followed by `rsi` (or `rs`), minus that of `si 10000000`
   alone.

Measurements for people to read, not a pass/fail test.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = 'benches/int_loop.pyc'


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd, stdin, repeat):
    """The least CPU time and the least wall time of `repeat` runs."""
    best_cpu, best_wall = None, None
    for _ in range(repeat):
        before, start = cpu_seconds(), time.monotonic()
        proc = subprocess.run(cmd, cwd=ROOT, input=stdin, capture_output=True)
        wall, cpu = time.monotonic() - start, cpu_seconds() - before
        if proc.returncode != 0:
            sys.exit('bench_debugger: %s failed:\n%s' % (' '.join(cmd), proc.stderr.decode()))
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        best_wall = wall if best_wall is None else min(best_wall, wall)
    return best_cpu, best_wall


def instructions(glasspy):
    """How many instructions the program runs (the debugger counts them)."""
    proc = subprocess.run([glasspy, 'step', PROGRAM], cwd=ROOT, capture_output=True,
                          input=b'c\nrsi\ninfo program\nq\n')
    for line in proc.stdout.decode().splitlines():
        if line.startswith('Stopped before instruction'):
            return int(line.split()[3])
    sys.exit('bench_debugger: cannot count the instructions:\n' + proc.stdout.decode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--glasspy', default=os.path.join(ROOT, 'target/release/glasspy'))
    parser.add_argument('--repeat', type=int, default=5)
    args = parser.parse_args()
    total = instructions(args.glasspy)
    run_cpu, _ = measure([args.glasspy, 'run', PROGRAM], b'', args.repeat)
    step_cpu, _ = measure([args.glasspy, 'step', PROGRAM], b'si %d\nq\n' % (total - 1), args.repeat)
    print('%s: %d instructions' % (PROGRAM, total))
    print('plain run                  %7.3f s CPU' % run_cpu)
    print('step, si %-9d         %7.3f s CPU   ratio %.2f' % (total - 1, step_cpu, step_cpu / run_cpu))
    n = min(10000000, total - 1)
    _, forward = measure([args.glasspy, 'step', PROGRAM], b'si %d\nq\n' % n, args.repeat)
    for command in ('rsi', 'rs'):
        _, back = measure([args.glasspy, 'step', PROGRAM], b'si %d\n%s\nq\n' % (n, command.encode()),
                          args.repeat)
        print('%-4s after %d instructions:  %.3f s (wall)' % (command, n, back - forward))


main()

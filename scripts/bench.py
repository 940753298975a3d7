#!/usr/bin/env python3
"""Times glasspy against CPython 2.7 on the programs in benches/, in one run.

Usage: python3 scripts/bench.py [--python PATH] [--glasspy PATH] [--repeat N]
       python3 scripts/bench.py --trace [--glasspy PATH] [--repeat N]

Each program runs under both (the least CPU time of N runs counts), after
checking that both print the same output. Prints a table of times and the
ratio glasspy / CPython per program, and their geometric mean. These are
measurements for people to read, not a pass/fail test: machines are noisy.
"""
import argparse
import glob
import math
import os
import resource
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_python27(option):
    candidates = [option, os.environ.get('GLASSPY_PYTHON27')]
    root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
    candidates += sorted(glob.glob(os.path.join(root, 'versions', '2.7*', 'bin', 'python2.7')), reverse=True)
    for c in candidates:
        if c and os.path.exists(c):
            return c
    sys.exit('bench: no CPython 2.7 found; give one with --python PATH')


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_time(cmd, repeat, fresh=None):
    """The least CPU time (user + system) of `repeat` runs, and the output.
    CPU time, not wall time: it is steadier on a shared, busy machine.
    `fresh` names a file the command writes: it is removed before each run,
    so that the run is not charged for freeing the last run's copy (the
    kernel frees a truncated file's pages in the process that truncates)."""
    best, out = None, None
    for _ in range(repeat):
        if fresh and os.path.exists(fresh):
            os.remove(fresh)
        before = cpu_seconds()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True)
        spent = cpu_seconds() - before
        if proc.returncode != 0:
            sys.exit('bench: %s failed:\n%s' % (' '.join(cmd), proc.stderr.decode()))
        out = proc.stdout
        best = spent if best is None else min(best, spent)
    return best, out


def write_floor(path, size, repeat):
    """The least CPU time this process spends writing `size` bytes to a new
    file at `path` in 256 KiB blocks, as glasspy trace writes: what writing
    a trace of that size costs before any event is made."""
    block = bytes(1 << 18)
    best = None
    for _ in range(repeat):
        if os.path.exists(path):
            os.remove(path)
        before = resource.getrusage(resource.RUSAGE_SELF)
        with open(path, 'wb', buffering=0) as f:
            left = size
            while left > 0:
                left -= f.write(block[:min(left, len(block))])
        after = resource.getrusage(resource.RUSAGE_SELF)
        spent = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        best = spent if best is None else min(best, spent)
    os.remove(path)
    return best


def trace_costs(args):
    """glasspy trace (text, JSON Lines, to a file) against glasspy run, and
    what writing the same number of bytes costs alone (the write floor)."""
    import tempfile
    programs = sorted(glob.glob(os.path.join(ROOT, 'benches', '*.pyc')))
    out = os.path.join(tempfile.gettempdir(), 'glasspy-bench-trace-%d' % os.getpid())
    print('%-12s %7s %7s %7s %7s %7s %9s %9s %9s' % (
        'program', 'run s', 'text s', 'jsonl s', 'text x', 'jsonl x',
        'floor tx', 'floor jx', 'events'))
    for path in programs:
        rel = os.path.relpath(path, ROOT)
        t_run, _ = best_time([args.glasspy, 'run', rel], args.repeat)
        t_text, _ = best_time([args.glasspy, 'trace', '-o', out, rel], args.repeat, out)
        text_size = os.path.getsize(out)
        with open(out, 'rb') as f:
            events = sum(1 for _ in f)
        t_json, _ = best_time([args.glasspy, 'trace', '--format', 'jsonl', '-o', out, rel],
                              args.repeat, out)
        json_size = os.path.getsize(out)
        floor_text = write_floor(out, text_size, args.repeat)
        floor_json = write_floor(out, json_size, args.repeat)
        print('%-12s %7.3f %7.3f %7.3f %7.1f %7.1f %9.1f %9.1f %9d' % (
            os.path.basename(path)[:-4], t_run, t_text, t_json, t_text / t_run,
            t_json / t_run, floor_text / t_run, floor_json / t_run, events))
    print('x: CPU time as a multiple of a plain run; floor: the CPU time of writing '
          'the same bytes alone, as a multiple of a plain run')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--python')
    parser.add_argument('--glasspy', default=os.path.join(ROOT, 'target', 'release', 'glasspy'))
    parser.add_argument('--repeat', type=int, default=3)
    parser.add_argument('--trace', action='store_true',
                        help='time glasspy trace against glasspy run (no CPython needed)')
    args = parser.parse_args()
    if args.trace:
        return trace_costs(args)
    python = find_python27(args.python)
    programs = sorted(glob.glob(os.path.join(ROOT, 'benches', '*.py')))
    ratios = []
    print('%-14s %10s %10s %8s' % ('program', 'cpython s', 'glasspy s', 'ratio'))
    for path in programs:
        rel = os.path.relpath(path, ROOT)
        # glasspy runs the .pyc CPython compiles, so compiling is not timed.
        subprocess.run([python, '-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[1] + "c", sys.argv[1])', rel],
                       cwd=ROOT, check=True)
        t_py, out_py = best_time([python, rel + 'c'], args.repeat)
        t_gp, out_gp = best_time([args.glasspy, 'run', rel + 'c'], args.repeat)
        if out_py != out_gp:
            sys.exit('bench: %s prints different output under glasspy' % rel)
        ratio = t_gp / t_py
        ratios.append(ratio)
        print('%-14s %10.3f %10.3f %8.2f' % (os.path.basename(path)[:-3], t_py, t_gp, ratio))
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print('%-14s %10s %10s %8.2f' % ('geometric mean', '', '', geomean))


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Compare `glasspy dis` with CPython 2.7's own listing on many .pyc files.

Usage: python3 scripts/compare_stdlib.py [options] [FILE.pyc ...]

Without FILE arguments, every .pyc under the CPython 2.7 standard library
directory (or --lib DIR) is compared. The reference listing of a file is what
`python2.7 scripts/dis27.py FILE` prints; it is produced by
scripts/dis27_many.py, a few python2.7 processes handling many files each.
`glasspy dis FILE` runs in a thread pool (timeout 60 s per file). Code object
addresses (`<code object f at 0x7f..., file`) are replaced by 0xADDR on both
sides before comparing.

Prints `identical: N of M, differing: D, glasspy failures: F`. A file is
identical when its output matches and glasspy exited 0 with empty stderr;
it is differing when the output does not match, and a glasspy failure when
glasspy exited nonzero, wrote to stderr or timed out (a file can be both).
Exits 0 if every file is identical, 1 otherwise, 2 if python2.7, glasspy or
the files cannot be found.
"""
import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HELPER = REPO / 'scripts' / 'dis27_many.py'
TIMEOUT = 60
ADDRESS = re.compile(rb'(<code object \S+ at )0x[0-9a-fA-F]+,')
PROBE = ('import os, sys; assert sys.version_info[:2] == (2, 7); '
         'print os.path.dirname(os.path.abspath(os.__file__))')


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def pyenv_pythons():
    try:
        root = subprocess.run(['pyenv', 'root'], capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        root = ''
    root = root or os.environ.get('PYENV_ROOT') or os.path.expanduser('~/.pyenv')
    return sorted(glob.glob(os.path.join(root, 'versions', '2.7*', 'bin', 'python2.7')),
                  reverse=True)


def find_python27(option):
    """Return (python2.7 path, its standard library directory) or exit 2."""
    chosen = option or os.environ.get('GLASSPY_PYTHON27')
    candidates = [chosen] if chosen else [shutil.which('python2.7')] + pyenv_pythons()
    for python in filter(None, candidates):
        try:
            probe = subprocess.run([python, '-c', PROBE], capture_output=True,
                                   text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return python, probe.stdout.strip()
    fail('compare_stdlib: no working CPython 2.7 found (use --python or $GLASSPY_PYTHON27)')


def start_reference_listings(python, files, workdir):
    """Start python2.7 helpers writing workdir/INDEX.out (or .err) per file."""
    helpers = []
    count = min(os.cpu_count() or 1, len(files))
    for chunk in range(count):
        jobs = Path(workdir, 'jobs%d.txt' % chunk)
        jobs.write_text(''.join('%d\t%s\n' % (i, os.path.abspath(files[i]))
                                for i in range(chunk, len(files), count)))
        with open(jobs) as stdin:
            helpers.append(subprocess.Popen([python, '-B', str(HELPER), workdir],
                                            stdin=stdin))
    return helpers


def read_reference(workdir, index):
    """Return (listing bytes, None) or (None, error text) for file index."""
    out, err = Path(workdir, '%d.out' % index), Path(workdir, '%d.err' % index)
    if out.exists():
        return out.read_bytes(), None
    if err.exists():
        return None, err.read_text(errors='replace')
    return None, 'python2.7 produced no listing (see its stderr above)'


def run_glasspy(glasspy, path):
    """Return (stdout, stderr, status); status is None when glasspy succeeded."""
    try:
        proc = subprocess.run([glasspy, 'dis', path], capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b'', e.stderr or b'', 'timed out after %d s' % TIMEOUT
    except OSError as e:
        return b'', b'', 'could not run: %s' % e
    if proc.returncode != 0:
        return proc.stdout, proc.stderr, 'exit status %d' % proc.returncode
    return proc.stdout, proc.stderr, 'wrote to stderr' if proc.stderr else None


def lines_of(data):
    return ADDRESS.sub(rb'\g<1>0xADDR,', data).decode('utf-8', 'backslashreplace').splitlines()


def first_difference(expected, actual):
    """Return the 0-based index of the first line where the lists differ."""
    for i, (e, a) in enumerate(zip(expected, actual)):
        if e != a:
            return i
    return min(len(expected), len(actual))


def show_first_difference(expected, actual):
    i = first_difference(expected, actual)
    end = '<end of output>'
    print('  line %d expected: %s' % (i + 1, expected[i] if i < len(expected) else end))
    print('  line %d glasspy:  %s' % (i + 1, actual[i] if i < len(actual) else end))


def show_diff(expected, actual):
    diff = difflib.unified_diff(expected, actual, 'dis27.py', 'glasspy', lineterm='')
    for line in list(diff)[:40]:
        print('  ' + line)


def compare(path, reference, error, result, args):
    """Report on one file; return (differs, glasspy failed)."""
    stdout, stderr, status = result
    expected, actual = lines_of(reference or b''), lines_of(stdout)
    differs = error is not None or expected != actual
    if differs and (args.verbose or args.diff):
        print('DIFFERS %s' % path)
        if error is not None:
            print('  no reference listing: ' + error.strip().replace('\n', '\n  '))
        elif args.verbose:
            show_first_difference(expected, actual)
        if args.diff and error is None:
            show_diff(expected, actual)
    if status and args.verbose:
        print('FAILED %s (glasspy %s)' % (path, status))
        for line in stderr.decode('utf-8', 'backslashreplace').splitlines():
            print('  stderr: ' + line)
    return differs, status is not None


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('files', nargs='*', metavar='FILE.pyc',
                        help='compare just these files')
    parser.add_argument('--python', metavar='PATH', help='python2.7 to use (else '
                        '$GLASSPY_PYTHON27, python2.7 on PATH, $(pyenv root)/versions/2.7*)')
    parser.add_argument('--glasspy', metavar='PATH', help='default: target/release/glasspy',
                        default=str(REPO / 'target' / 'release' / 'glasspy'))
    parser.add_argument('--lib', metavar='DIR',
                        help='search DIR for .pyc files instead of the 2.7 stdlib')
    parser.add_argument('-v', dest='verbose', action='store_true',
                        help="show each file's first differing line and glasspy's stderr")
    parser.add_argument('--diff', action='store_true',
                        help='show a unified diff (first 40 lines) per differing file')
    parser.add_argument('--list-failures', metavar='PATH',
                        help='write the paths of all non-identical files to PATH')
    args = parser.parse_args()

    python, stdlib = find_python27(args.python)
    if not os.access(args.glasspy, os.X_OK):
        fail('compare_stdlib: glasspy not found at %s (cargo build --release?)' % args.glasspy)
    files = args.files or sorted(glob.glob(os.path.join(args.lib or stdlib, '**', '*.pyc'),
                                           recursive=True))
    if not files:
        fail('compare_stdlib: no .pyc files found under %s' % (args.lib or stdlib))

    with tempfile.TemporaryDirectory(prefix='compare_stdlib.') as workdir:
        helpers = start_reference_listings(python, files, workdir)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
            results = list(pool.map(lambda path: run_glasspy(args.glasspy, path), files))
        for helper in helpers:
            helper.wait()
        outcomes = [compare(path, *read_reference(workdir, i), results[i], args)
                    for i, path in enumerate(files)]

    not_identical = [path for path, (differs, failed) in zip(files, outcomes)
                     if differs or failed]
    print('identical: %d of %d, differing: %d, glasspy failures: %d' % (
        len(files) - len(not_identical), len(files),
        sum(differs for differs, _ in outcomes), sum(failed for _, failed in outcomes)))
    if args.list_failures:
        Path(args.list_failures).write_text(''.join(p + '\n' for p in not_identical))
    return 1 if not_identical else 0


if __name__ == '__main__':
    sys.exit(main())

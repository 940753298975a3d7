"""Reference listings for many .pyc files from one python2.7 process.

Usage: python2.7 -B scripts/dis27_many.py OUTDIR < JOBS

Each line of JOBS is "KEY<tab>FILE.pyc". For each line, the listing that
`python2.7 scripts/dis27.py FILE.pyc` prints is written to OUTDIR/KEY.out;
if producing it raises, the traceback is written to OUTDIR/KEY.err instead.
Run with -B so that importing dis27 leaves no dis27.pyc behind.
"""
import cStringIO
import os
import sys
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dis27


def listing(path):
    """Return what dis27.py prints for path, by running its main()."""
    real_stdout, real_argv = sys.stdout, sys.argv
    sys.stdout = cStringIO.StringIO()
    sys.argv = ['dis27.py', path]
    try:
        dis27.main()
        return sys.stdout.getvalue()
    finally:
        sys.stdout, sys.argv = real_stdout, real_argv


def main():
    outdir = sys.argv[1]
    for line in sys.stdin:
        key, path = line.rstrip('\n').split('\t', 1)
        try:
            text, suffix = listing(path), '.out'
        except Exception:
            text, suffix = traceback.format_exc(), '.err'
        with open(os.path.join(outdir, key + suffix), 'wb') as f:
            f.write(text)


if __name__ == '__main__':
    main()

"""Compiles the programs of the debugger tests (tests/debugger/programs/*.py)
to .pyc files with CPython 2.7, as `python2.7 FILE` would compile them.

Usage (from the repository root): python2.7 scripts/gen_debugger_fixtures.py
"""
import glob
import marshal
import os
import imp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    os.chdir(ROOT)
    for path in sorted(glob.glob('tests/debugger/programs/*.py')):
        with open(path) as f:
            code = compile(f.read(), path, 'exec')
        # mtime 0, so that compiling again gives the same bytes
        data = imp.get_magic() + b'\0\0\0\0' + marshal.dumps(code)
        target = path + 'c'
        if os.path.exists(target) and open(target, 'rb').read() == data:
            continue
        with open(target, 'wb') as f:
            f.write(data)
        print 'wrote', target


main()

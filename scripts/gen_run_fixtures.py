"""Regenerates the goldens of the run corpus in tests/programs/ from CPython 2.7.

Usage (from the repository root): python2.7 scripts/gen_run_fixtures.py

For every tests/programs/NAME.py it writes, and never edits by hand:
  NAME.pyc      the program compiled as `python2.7 tests/programs/NAME.py`
                compiles it (mtime 0, so that regenerating gives the same bytes)
  NAME.stdout   what `python2.7 tests/programs/NAME.py ARGS` wrote on stdout
  NAME.stderr   what it wrote on stderr (tracebacks included)
  NAME.status   its exit status, as a decimal line

The program runs from the repository root with stdin from NAME.stdin if that
file exists (else empty), with the arguments of NAME.args if that file exists
(split on whitespace), and with no PYTHON* variable in its environment
(so PYTHONHASHSEED and PYTHONIOENCODING are unset) other than the
VARIABLE=value lines of NAME.env if that file exists. The soft stack limit is
raised to STACK_BYTES so that CPython survives the 40,000-frame recursion of
deep_recursion.py (with the usual 8 MiB it crashes near 25,000 frames).

Every program runs twice; the script fails if the two runs differ or if an
output shows a memory address (" at 0x..."). Files are written only when
their content changed, so a rerun leaves git clean.

Programs import modules and packages from tests/programs/modules/ (they put
that folder on sys.path). Every NAME.py there gets its NAME.pyc written here
as CPython's import would write it, and every NAME.pysrc a NAME.pyc with no
source beside it (a module shipped compiled only), except that both the .py file's
modification time and the one recorded in the .pyc are 0: the .pyc stays
valid on any checkout once the test sets the sources' times to 0
(tests/run_programs.rs does), so the corpus needs no python2.7 to import.
CPython prints imported modules' paths absolute (sys.path[0] is the
program's resolved folder), so the repository root in the outputs is
written as <ROOT>; the test does the same to glasspy's outputs.
"""
import glob
import imp
import marshal
import os
import re
import resource
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = 'tests/programs'
MODULES = 'tests/programs/modules'
MAGIC = imp.get_magic()
STACK_BYTES = 512 * 1024 * 1024
ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def write(path, data):
    """Writes `data` to `path` unless it already holds exactly that."""
    if os.path.exists(path):
        with open(path, 'rb') as f:
            if f.read() == data:
                return
    with open(path, 'wb') as f:
        f.write(data)
    print 'wrote', path


def compile_pyc(path):
    """The .pyc image of `path`, compiled as `python2.7 PATH` compiles it."""
    with open(path, 'rU') as f:
        source = f.read()
    code = compile(source, path, 'exec', 0, 1)
    return MAGIC + '\0\0\0\0' + marshal.dumps(code)


def compile_modules():
    """Writes the .pyc of every module under MODULES, with mtime 0 in it and
    on its source."""
    count = 0
    for folder, _, files in sorted(os.walk(MODULES)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.endswith('.py'):
                os.utime(path, (0, 0))
                write(path + 'c', compile_pyc(path))
                count += 1
            elif name.endswith('.pysrc'):
                write(path[:-len('.pysrc')] + '.pyc', compile_pyc(path))
                count += 1
    return count


def raise_stack_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if hard == resource.RLIM_INFINITY or hard >= STACK_BYTES:
        resource.setrlimit(resource.RLIMIT_STACK, (STACK_BYTES, hard))
    else:
        resource.setrlimit(resource.RLIMIT_STACK, (hard, hard))


def environment(extra):
    env = dict((k, v) for k, v in os.environ.items()
               if not k.startswith('PYTHON'))
    for line in (extra or '').splitlines():
        if '=' in line:
            key, value = line.split('=', 1)
            env[key.strip()] = value.strip()
    return env


def run(path, args, stdin_data, env_text):
    """(stdout, stderr, status) of `python2.7 PATH ARGS` with `stdin_data`."""
    proc = subprocess.Popen([sys.executable, path] + args, cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=environment(env_text),
                            preexec_fn=raise_stack_limit)
    out, err = proc.communicate(stdin_data)
    root = os.path.realpath(ROOT)
    return out.replace(root, '<ROOT>'), err.replace(root, '<ROOT>'), proc.returncode


def read_if_exists(path):
    if not os.path.exists(path):
        return None
    with open(path, 'rb') as f:
        return f.read()


def main():
    os.chdir(ROOT)
    sources = sorted(glob.glob(os.path.join(PROGRAMS, '*.py')))
    if not sources:
        sys.exit('gen_run_fixtures: no programs in %s' % PROGRAMS)
    problems = []
    modules = compile_modules()
    for path in sources:
        base = path[:-3]
        name = os.path.basename(base)
        write(base + '.pyc', compile_pyc(path))
        args_text = read_if_exists(base + '.args')
        args = args_text.split() if args_text is not None else []
        stdin_data = read_if_exists(base + '.stdin') or ''
        # The goldens are what `python2.7 NAME.pyc` does, which is what
        # `glasspy run NAME.pyc` must do (sys.argv[0] names the .pyc).
        env_text = read_if_exists(base + '.env')
        first = run(base + '.pyc', args, stdin_data, env_text)
        second = run(base + '.pyc', args, stdin_data, env_text)
        out, err, status = first
        if first != second:
            problems.append('%s: the two runs differ' % name)
        for label, text in (('stdout', out), ('stderr', err)):
            match = ADDRESS.search(text)
            if match:
                problems.append('%s: %s shows an address: %r'
                                % (name, label, match.group(0)))
        if status < 0:
            problems.append('%s: killed by signal %d' % (name, -status))
        write(base + '.stdout', out)
        write(base + '.stderr', err)
        write(base + '.status', '%d\n' % status)
    stale = [p for p in glob.glob(os.path.join(PROGRAMS, '*'))
             if os.path.splitext(p)[1] in ('.pyc', '.stdout', '.stderr',
                                           '.status', '.stdin', '.args',
                                           '.env')
             and not os.path.exists(os.path.splitext(p)[0] + '.py')]
    for path in sorted(stale):
        problems.append('%s: no program of that name' % path)
    if problems:
        for problem in problems:
            print >>sys.stderr, 'gen_run_fixtures: ' + problem
        sys.exit(1)
    print '%d programs checked, %d modules compiled' % (len(sources), modules)


if __name__ == '__main__':
    main()

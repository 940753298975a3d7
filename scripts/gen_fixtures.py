"""Regenerates every fixture that CPython 2.7 produces for glasspy's tests.

Usage (from the repository root): python2.7 scripts/gen_fixtures.py

Writes, and never edits by hand:
  tests/fixtures/dis/NAME.pyc    the program compiled as `python2.7 NAME.py` would
  tests/fixtures/dis/NAME.dis    CPython's listing (scripts/dis27.py)
  tests/fixtures/dis/NAME.code   every code object's fields as marshal.loads gives them
  programs/NAME.pyc              the bundled example programs, compiled
  tests/fixtures/run/NAME.pyc    programs the command-line tests run
  tests/fixtures/marshal/*.bin   raw marshal data of many objects, with
  tests/fixtures/marshal/expected.txt   their repr after marshal.loads
  tests/fixtures/repr/floats.txt        float bit patterns with repr() and str()
  tests/fixtures/other_versions/*.pyc   .pyc files of other Pythons found by pyenv

Files are written only when their content changed, so a rerun leaves git clean.
"""
import glob
import imp
import marshal
import os
import random
import re
import struct
import subprocess
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dis27  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAGIC = imp.get_magic()


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
    """The .pyc image of a source file, compiled as `python2.7 PATH` compiles it.
    The modification time is zero so that regenerating gives the same bytes."""
    with open(path, 'rU') as f:
        source = f.read()
    code = compile(source, path, 'exec', 0, 1)
    return code, MAGIC + '\0\0\0\0' + marshal.dumps(code)


def capture(fn, *args):
    """What `fn` prints on stdout."""
    import StringIO
    saved, sys.stdout = sys.stdout, StringIO.StringIO()
    try:
        fn(*args)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved


def dump_code(code, path, out):
    """Every co_* field, one per line, for the loader tests."""
    out.append('code %s' % path)
    for field in ('argcount', 'nlocals', 'stacksize', 'flags'):
        out.append('%s %d' % (field, getattr(code, 'co_' + field)))
    out.append('code %r' % (code.co_code,))
    for i, const in enumerate(code.co_consts):
        out.append('const %d %s %r' % (i, type(const).__name__, const))
    for field in ('names', 'varnames', 'freevars', 'cellvars', 'filename', 'name'):
        out.append('%s %r' % (field, getattr(code, 'co_' + field)))
    out.append('firstlineno %d' % code.co_firstlineno)
    out.append('lnotab %r' % (code.co_lnotab,))
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            dump_code(const, path + '.' + const.co_name, out)


# Listings larger than this are committed as a digest with their first lines.
LARGE = 200 * 1024


def fnv1a64(data):
    """FNV-1a, 64 bits: a digest simple enough to compute identically in the tests."""
    h = 0xcbf29ce484222325
    for c in data:
        h = ((h ^ ord(c)) * 0x100000001b3) & 0xffffffffffffffff
    return h


def without_addresses(text):
    """Code object addresses vary from run to run: they become 0xADDR, and the
    tests replace glasspy's the same way."""
    return re.sub(r'(<code object \S+ at )0x[0-9a-f]+,', r'\g<1>0xADDR,', text)


def digest(listing):
    """The listing's length and FNV-1a digest, then its first lines."""
    head = ''.join(listing.splitlines(True)[:100])
    return ('# digest of a listing too large to commit\nlength %d\nfnv1a64 %016x\n%s'
            % (len(listing), fnv1a64(listing), head))


def gen_dis_fixtures():
    for src in sorted(glob.glob('tests/fixtures/dis/*.py')):
        base = src[:-3]
        code, pyc = compile_pyc(src)
        write(base + '.pyc', pyc)
        listing = without_addresses(capture(dis27.walk, code, True))
        lines = []
        dump_code(code, code.co_name, lines)
        fields = without_addresses('\n'.join(lines) + '\n')
        if len(listing) > LARGE:
            listing = digest(listing)
            fields = digest(fields)
        write(base + '.dis', listing)
        write(base + '.code', fields)


def gen_programs():
    for src in sorted(glob.glob('programs/*.py') + glob.glob('tests/fixtures/run/*.py')):
        write(src + 'c', compile_pyc(src)[1])


def marshal_cases():
    """(name, object, marshal version) triples covering every 2.7 type code."""
    big = 2 ** 70
    interned = intern('interned')
    return [
        ('none', None, 2), ('true', True, 2), ('false', False, 2),
        ('stopiteration', StopIteration, 2), ('ellipsis', Ellipsis, 2),
        ('int_small', 7, 2), ('int_negative', -123456, 2),
        ('int64', 2 ** 40, 2), ('int64_negative', -2 ** 62, 2), ('int_max', sys.maxint, 2),
        ('long_zero', 0L, 2), ('long_small', 10L, 2), ('long_big', big, 2),
        ('long_negative', -big - 12345, 2), ('long_huge', 3 ** 500, 2),
        ('long_15bit_edge', 2 ** 15 - 1 + 0L, 2), ('long_30bit_edge', 2 ** 30L, 2),
        ('float_binary', 0.1, 2), ('float_text', 0.1, 1), ('float_text_inf', float('inf'), 1),
        ('float_text_negzero', -0.0, 1), ('float_binary_nan', float('nan'), 2),
        ('float_big', 1e300, 2), ('float_tiny', 5e-324, 1),
        ('complex_binary', 1 + 2j, 2), ('complex_text', -0.5 - 1e-20j, 1),
        ('complex_imag', 3j, 2),
        ('str_empty', '', 2), ('str_bytes', 'a\x00\xff\'"\\\n', 2), ('str_quote', "it's", 2),
        ('unicode_ascii', u'abc', 2), ('unicode_bmp', u'\xe9\u20ac', 2),
        ('unicode_astral', u'\U0001f600', 2), ('unicode_surrogate', u'\ud800x', 2),
        ('tuple_empty', (), 2), ('tuple_one', (1,), 2),
        ('tuple_nested', ((1, 2), ('a', (None,)), u'u', 2.5), 2),
        ('tuple_interned', (interned, interned, 'x', interned), 2),
        ('tuple_interned_v0', (interned, interned), 0),
        ('list', [1, [2, 3], 'x', []], 2),
        ('dict', {1: 'one', 2: [2], 3: (3,)}, 2),
        ('dict_empty', {}, 2),
        ('set', set([1, 2, 3]), 2), ('set_empty', set(), 2),
        ('frozenset', frozenset([5, 6]), 2), ('frozenset_empty', frozenset(), 2),
        ('code', compile('def f(a, b=1):\n    return a % b\n', 'm.py', 'exec'), 2),
    ]


def gen_marshal_fixtures():
    directory = 'tests/fixtures/marshal'
    if not os.path.isdir(directory):
        os.makedirs(directory)
    expected = []
    for name, obj, version in marshal_cases():
        data = marshal.dumps(obj, version)
        write('%s/%s.bin' % (directory, name), data)
        loaded = marshal.loads(data)
        expected.append('%s %s %r' % (name, type(loaded).__name__, loaded))
    write(directory + '/expected.txt', without_addresses('\n'.join(expected) + '\n'))


def gen_float_fixtures():
    directory = 'tests/fixtures/repr'
    if not os.path.isdir(directory):
        os.makedirs(directory)
    rng = random.Random(27)
    values = [0.0, -0.0, 1.0, 0.1, 0.5, 1e16, 1e15, 1e-4, 1e-5, 123456789012.0,
              1e22, 1e-7, 9.999999999999999e15, 2 ** 53 + 0.0, 1.0 / 3, 2.0 / 3,
              float('inf'), float('-inf'), 5e-324, 1.7976931348623157e308]
    for _ in range(2000):
        bits = rng.getrandbits(64)
        value = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if value == value:
            values.append(value)
    for _ in range(1000):
        values.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
        values.append(rng.randint(-10 ** 18, 10 ** 18) / 10.0 ** rng.randint(0, 30))
    lines = ['%s %s %s' % (struct.pack('>d', v).encode('hex'), repr(v), str(v))
             for v in values]
    write(directory + '/floats.txt', '\n'.join(lines) + '\n')


def gen_other_versions():
    """A .pyc from every other Python that pyenv has, to check the error message."""
    directory = 'tests/fixtures/other_versions'
    if not os.path.isdir(directory):
        os.makedirs(directory)
    try:
        root = subprocess.check_output(['pyenv', 'root']).strip()
    except (OSError, subprocess.CalledProcessError):
        print 'pyenv not found: tests/fixtures/other_versions left as it is'
        return
    source = os.path.join(directory, 'hello.py')
    write(source, 'print("hello")\n')
    for python in sorted(glob.glob(os.path.join(root, 'versions', '3.*', 'bin', 'python3'))):
        version = python.split(os.sep)[-3]
        short = '.'.join(version.split('.')[:2])
        script = ('import importlib.util, marshal, sys\n'
                  'code = compile(open(sys.argv[1]).read(), sys.argv[1], "exec")\n'
                  'sys.stdout.buffer.write(importlib.util.MAGIC_NUMBER + bytes(12 if '
                  'sys.version_info >= (3, 7) else 8) + marshal.dumps(code))\n')
        data = subprocess.check_output([python, '-c', script, source])
        write(os.path.join(directory, 'python%s.pyc' % short), data)


def main():
    os.chdir(ROOT)
    gen_dis_fixtures()
    gen_programs()
    gen_marshal_fixtures()
    gen_float_fixtures()
    gen_other_versions()


if __name__ == '__main__':
    main()

"""Reference listing of a .pyc file, printed by CPython 2.7's own `dis`.

Usage: python2.7 scripts/dis27.py FILE.pyc

Prints what `glasspy dis FILE.pyc` must print: the module's listing from
`dis.disassemble`, then, depth-first in co_consts order, each nested code
object after a blank line and a "Disassembly of <code object ...>:" header.
"""
import dis
import marshal
import sys
import types


def walk(code, first):
    if not first:
        print
        print "Disassembly of %r:" % (code,)
    dis.disassemble(code)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            walk(const, False)


def main():
    with open(sys.argv[1], 'rb') as f:
        f.read(8)
        code = marshal.load(f)
    walk(code, True)


if __name__ == '__main__':
    main()

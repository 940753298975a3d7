"""Check that the disassembler fixtures exercise every CPython 2.7 opcode.

Usage (from the repository root):

    python2.7 scripts/check_opcode_coverage.py [-v]

Compiles every tests/fixtures/dis/*.py in 'exec' mode, exactly as
`python2.7 prog.py` or py_compile would, walks all code objects
(recursively through co_consts), decodes the instruction stream and
reports which opcodes defined in the `opcode` module never occur.

Opcodes that CPython 2.7's compiler cannot emit in 'exec' mode are listed
in NEVER_EMITTED (see docs/opcodes-never-emitted.md).  The exit status is
1 if any other opcode is missing, if one of the "never emitted" opcodes
does show up (the list would then be wrong), or if the table in the doc
lists different opcodes than NEVER_EMITTED; it is 0 otherwise.

With -v, prints for each opcode the fixtures that contain it.
"""
import glob
import opcode
import os
import re
import sys
import types

FIXTURE_GLOB = os.path.join("tests", "fixtures", "dis", "*.py")
DOC_PATH = os.path.join("docs", "opcodes-never-emitted.md")

# Opcodes that the compiler never emits when compiling a module in 'exec'
# mode.  Keep in sync with docs/opcodes-never-emitted.md.
NEVER_EMITTED = {
    "STOP_CODE": "no code path in Python/compile.c emits it; it only "
                 "exists as opcode 0 and the interpreter treats it as an "
                 "unknown opcode",
    "NOP": "compile.c never emits it; the peephole optimizer writes NOPs "
           "as placeholders while rewriting and removes all of them "
           "before the code object is built (when it gives up on a code "
           "object it has not written any)",
    "PRINT_EXPR": "emitted only for expression statements at the top "
                  "level of 'single' (interactive) mode; in 'exec' mode "
                  "expression statements compile to POP_TOP",
}


def iter_code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            for sub in iter_code_objects(const):
                yield sub


def decode(co_code):
    """Yield (offset, opcode, argument or None) for each instruction."""
    i = 0
    n = len(co_code)
    while i < n:
        op = ord(co_code[i])
        if op >= opcode.HAVE_ARGUMENT:
            if i + 2 >= n:
                raise ValueError("truncated argument at offset %d" % i)
            arg = ord(co_code[i + 1]) | (ord(co_code[i + 2]) << 8)
            yield i, op, arg
            i += 3
        else:
            yield i, op, None
            i += 1


def documented_never_emitted(path):
    """Opcode names in the doc's table rows of the form | `NAME` | number |."""
    names = set()
    with open(path) as f:
        for line in f:
            m = re.match(r"\|\s*`([A-Z_0-9+]+)`\s*\|\s*(\d+)\s*\|", line)
            if m:
                names.add(m.group(1))
                if opcode.opmap.get(m.group(1)) != int(m.group(2)):
                    print "%s: %s is not opcode %s" % (
                        path, m.group(1), m.group(2))
                    names.add("<wrong number>")
    return names


def defined_opcodes():
    return dict((op, name) for op, name in enumerate(opcode.opname)
                if not name.startswith("<"))


def main(argv):
    verbose = "-v" in argv[1:]
    paths = sorted(glob.glob(FIXTURE_GLOB))
    if not paths:
        print "no fixtures found matching %s" % FIXTURE_GLOB
        return 1

    defined = defined_opcodes()
    unknown = set(NEVER_EMITTED) - set(defined.values())
    if unknown:
        print "NEVER_EMITTED names unknown opcodes: %s" % sorted(unknown)
        return 1

    status = 0
    seen = {}        # opcode -> set of fixture paths
    for path in paths:
        with open(path) as f:
            source = f.read()
        module = compile(source, path, "exec")
        for code in iter_code_objects(module):
            for offset, op, arg in decode(code.co_code):
                seen.setdefault(op, set()).add(path)

    undefined = sorted(op for op in seen if op not in defined)
    missing = sorted(op for op in defined if op not in seen)
    expected_missing = [op for op in missing
                        if defined[op] in NEVER_EMITTED]
    unexpected_missing = [op for op in missing
                          if defined[op] not in NEVER_EMITTED]
    wrongly_listed = sorted(op for op in seen if op in defined and
                            defined[op] in NEVER_EMITTED)

    if os.path.exists(DOC_PATH):
        documented = documented_never_emitted(DOC_PATH)
        if documented != set(NEVER_EMITTED):
            print "%s disagrees with NEVER_EMITTED: doc %s, script %s" % (
                DOC_PATH, sorted(documented), sorted(NEVER_EMITTED))
            status = 1
    else:
        print "%s not found" % DOC_PATH
        status = 1

    print "%d fixtures, %d defined opcodes, %d covered" % (
        len(paths), len(defined), len(defined) - len(missing))
    if verbose:
        for op in sorted(seen):
            print "  %3d %-22s %s" % (
                op, defined.get(op, "<%d>" % op),
                " ".join(sorted(os.path.basename(p) for p in seen[op])))
    if expected_missing:
        print "not covered (never emitted in 'exec' mode):"
        for op in expected_missing:
            print "  %3d %-12s %s" % (op, defined[op],
                                      NEVER_EMITTED[defined[op]])
    if unexpected_missing:
        print "NOT COVERED:"
        for op in unexpected_missing:
            print "  %3d %s" % (op, defined[op])
        status = 1
    if wrongly_listed:
        print "listed as never emitted, but emitted by the fixtures:"
        for op in wrongly_listed:
            print "  %3d %s: %s" % (op, defined[op],
                                    " ".join(sorted(seen[op])))
        status = 1
    if undefined:
        print "undefined opcodes found: %s" % undefined
        status = 1
    if status == 0:
        print "OK: every opcode the compiler can emit is covered"
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

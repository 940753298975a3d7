"""Writes src/objects/typedocs.rs: the __doc__ of CPython 2.7's built-in
types and exception classes, which their type dicts hold, and of the
methods and slot wrappers of the number, string and container types, and of
the native modules listed in MODULES and their functions.

Usage (from the repository root): python2.7 scripts/gen_type_docs.py
"""
import __builtin__
import exceptions
import math
import operator
import random
import string
import sys
import time
import types


def f():
    pass


TYPES = [int, long, float, bool, complex, str, unicode, basestring, list,
         tuple, dict, set, frozenset, xrange, slice, type(None), type(f),
         type(sys), file, bytearray, object, property, staticmethod,
         classmethod, enumerate, reversed, super, buffer, memoryview]
TYPES += sorted((c for c in vars(exceptions).values()
                 if isinstance(c, type) and issubclass(c, BaseException)),
                key=lambda c: c.__name__)

# glasspy's native modules (random's functions are methods of an instance,
# whose docs come with their type, so only the module's own doc is taken).
MODULES = [__builtin__, sys, math, operator, time, string, random]
FUNCTION_MODULES = [__builtin__, sys, math, operator, time, string]


# The types whose methods' docs are written too.
METHOD_TYPES = [int, long, float, complex, bool, str, unicode, list, tuple,
                dict, set, frozenset]
DESCRIPTORS = (type(str.__add__), type(str.upper), type(dict.__dict__['fromkeys']),
               type(int.real), type(complex.real))


def rust_str(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            raise ValueError(repr(ch))
    return '"' + ''.join(out) + '"'


def main():
    lines = [
        '//! The `__doc__` of the built-in types, exception classes and native',
        '//! modules, as CPython 2.7.18 has them. Written by',
        '//! `scripts/gen_type_docs.py`;',
        '//! do not edit.',
        '',
        '/// (type name, doc string).',
        'pub const DOCS: &[(&str, &str)] = &[',
    ]
    for t in TYPES:
        doc = t.__dict__.get('__doc__')
        if not isinstance(doc, str):
            continue
        lines.append('    (%s, %s),' % (rust_str(t.__name__), rust_str(doc)))
    lines.append('];')
    lines.append('')
    lines.append('/// (type name, attribute name, doc string): the `__doc__` of the methods,')
    lines.append('/// slot wrappers and getset and member descriptors in the dicts of the')
    lines.append('/// types glasspy fills entry by entry. One not listed has none.')
    lines.append('pub const METHOD_DOCS: &[(&str, &str, &str)] = &[')
    for t in METHOD_TYPES:
        for name in sorted(t.__dict__):
            v = t.__dict__[name]
            if name == '__new__' or not isinstance(v, DESCRIPTORS):
                continue
            doc = v.__doc__
            if not isinstance(doc, str):
                continue
            lines.append('    (%s, %s, %s),' % (rust_str(t.__name__), rust_str(name),
                                               rust_str(doc)))
    lines.append('];')
    lines.append('')
    lines.append('/// (module name, doc string).')
    lines.append('pub const MODULE_DOCS: &[(&str, &str)] = &[')
    for m in MODULES:
        lines.append('    (%s, %s),' % (rust_str(m.__name__), rust_str(m.__doc__)))
    lines.append('];')
    lines.append('')
    lines.append('/// (module name, function name, doc string): the `__doc__` of the')
    lines.append('/// functions of the native modules. One not listed has none.')
    lines.append('pub const FUNCTION_DOCS: &[(&str, &str, &str)] = &[')
    for m in FUNCTION_MODULES:
        for name in sorted(vars(m)):
            v = vars(m)[name]
            if not isinstance(v, (types.BuiltinFunctionType, types.FunctionType)):
                continue
            if not isinstance(v.__doc__, str):
                continue
            # A function's own module (string's maketrans is strop's).
            module = getattr(v, '__module__', None) or m.__name__
            lines.append('    (%s, %s, %s),' % (rust_str(module), rust_str(name),
                                               rust_str(v.__doc__)))
    lines.append('];')
    with open('src/objects/typedocs.rs', 'w') as out:
        out.write('\n'.join(lines) + '\n')


main()

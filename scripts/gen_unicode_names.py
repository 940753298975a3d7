"""Writes src/objects/unicodename_db.bin: CPython 2.7's character names.

Usage (from the repository root): python2.7 scripts/gen_unicode_names.py

The `\\N{name}` escape of the `unicode_escape` codec looks names up in the
Unicode 5.2.0 database of CPython 2.7 (`Modules/unicodedata.c`). This script
asks the running interpreter for the name of every code point, leaving out
the CJK unified ideographs and Hangul syllables, whose names glasspy builds
from the code point as unicodedata.c does (`src/objects/unicodename.rs`).

Layout (all integers little-endian):
  u16 word count, then each word as a u8 length and its bytes, the most
  frequent first;
  then one record per named code point, in code point order: the code point
  as 3 bytes, a u8 word count, and each word's index as one byte (< 0x80) or
  two (0x80 | high 7 bits, low 8 bits).
Names are the words joined by single spaces.
"""
import os
import struct
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'objects', 'unicodename_db.bin')


def algorithmic(name):
    return name.startswith('CJK UNIFIED IDEOGRAPH-') or name.startswith('HANGUL SYLLABLE ')


def main():
    names = []
    for cp in xrange(0x110000):
        name = unicodedata.name(unichr(cp), '')
        if name and not algorithmic(name):
            names.append((cp, name.split(' ')))
    counts = {}
    for _, words in names:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    order = sorted(counts, key=lambda w: (-counts[w], w))
    assert len(order) < 0x8000
    index = dict((w, i) for i, w in enumerate(order))
    out = [struct.pack('<H', len(order))]
    for w in order:
        assert 0 < len(w) < 256
        out.append(struct.pack('<B', len(w)) + w)
    for cp, words in names:
        out.append(struct.pack('<I', cp)[:3] + struct.pack('<B', len(words)))
        for w in words:
            i = index[w]
            if i < 0x80:
                out.append(struct.pack('<B', i))
            else:
                out.append(struct.pack('<BB', 0x80 | (i >> 8), i & 0xff))
    data = ''.join(out)
    old = open(OUT, 'rb').read() if os.path.exists(OUT) else None
    if old != data:
        with open(OUT, 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()

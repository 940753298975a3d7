#!/usr/bin/env python3
"""Re-runs the sessions shown in docs/debugger.md and writes their output
into it, so that every transcript there is what glasspy prints.

Usage (from the repository root, after cargo build --release):
    python3 scripts/update_doc_transcripts.py

A transcript is a fenced block whose first line is `$ COMMAND` with
`glasspy step` in it; everything after that line up to the fence is
replaced by the command's output (run by sh from the repository root, with
`glasspy` meaning target/release/glasspy). tests/doc_transcripts.rs checks
that the document is current.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, 'docs', 'debugger.md')
GLASSPY = os.path.join(ROOT, 'target', 'release', 'glasspy')


def run(command):
    shell = re.sub(r'\bglasspy\b', GLASSPY, command, count=1)
    proc = subprocess.run(['sh', '-c', shell], cwd=ROOT, capture_output=True, env=dict(os.environ, NO_COLOR='1'))
    return proc.stdout.decode('utf-8', 'replace') + proc.stderr.decode('utf-8', 'replace')


def main():
    lines = open(DOC).read().split('\n')
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.startswith('$ ') and 'glasspy step' in line and out[-2].startswith('```'):
            while i < len(lines) and not lines[i].startswith('```'):
                i += 1
            out.extend(run(line[2:]).rstrip('\n').split('\n'))
    text = '\n'.join(out)
    if text != open(DOC).read():
        open(DOC, 'w').write(text)
        print('updated', DOC)


main()

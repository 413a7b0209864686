#!/usr/bin/env python3
"""Compares Spry's Unicode database with the reference CPython's, code point by code point:
every unicodedata property, the name, each normal form of the character, and the str
predicates and case mappings. Run by hand after changing tools/gen_unicode.py (the test
suite only samples); prints the first differences and a count per property.

Usage: tools/compare_unicodedata.py --spry build/spry [--python python3] [--limit 20]
"""
import argparse
import subprocess
import sys
import tempfile

DUMP = r'''
import sys, unicodedata as u
out = []
for cp in range(0x110000):
    c = chr(cp)
    row = [u.category(c), u.bidirectional(c), str(u.combining(c)), u.east_asian_width(c),
           str(u.mirrored(c)), u.decomposition(c), u.name(c, '?'), str(u.decimal(c, '')),
           str(u.digit(c, '')), repr(u.numeric(c, ''))]
    row += [ascii(u.normalize(f, c)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    flags = ''.join('1' if f() else '0' for f in (c.isalpha, c.isdecimal, c.isdigit,
            c.isnumeric, c.islower, c.isupper, c.istitle, c.isspace, c.isprintable,
            c.isidentifier))
    row += [flags, ascii(c.upper()), ascii(c.lower()), ascii(c.title()), ascii(c.casefold())]
    out.append('%X\t' % cp + '\t'.join(row))
sys.stdout.write('\n'.join(out) + '\n')
'''
FIELDS = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
          'decomposition', 'name', 'decimal', 'digit', 'numeric', 'NFC', 'NFD', 'NFKC', 'NFKD',
          'str predicates', 'upper', 'lower', 'title', 'casefold']


def dump(exe):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(DUMP)
    res = subprocess.run([exe, f.name], capture_output=True, text=True)
    if res.returncode:
        sys.exit('%s failed:\n%s' % (exe, res.stderr[-2000:]))
    return res.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--spry', required=True)
    ap.add_argument('--python', default='python3')
    ap.add_argument('--limit', type=int, default=20)
    opts = ap.parse_args()
    ref, got = dump(opts.python), dump(opts.spry)
    counts = {}
    shown = 0
    for a, b in zip(ref, got):
        if a == b:
            continue
        fa, fb = a.split('\t'), b.split('\t')
        for i, name in enumerate(FIELDS, 1):
            if fa[i] != fb[i]:
                counts[name] = counts.get(name, 0) + 1
                if shown < opts.limit:
                    shown += 1
                    print('U+%s %s: python %r, spry %r' % (fa[0], name, fa[i], fb[i]))
    print('code points compared:', len(ref), '(spry: %d)' % len(got))
    for name in FIELDS:
        print('%-16s %d differences' % (name, counts.get(name, 0)))
    return 1 if counts or len(ref) != len(got) else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Specialization-stability tests: run programs under `spry -X stats` and check counts.

Usage:
    tests/spec_stats/run_spec_stats.py --spry PATH [filters...]

Each test is tests/spec_stats/<name>.py. Its leading comment lines hold expectations,
one per line:

    # expect: FAMILY FIELD OP NUMBER

FAMILY is a generic instruction (LOAD_ATTR), FIELD one of the columns of the -X stats
table (specialized, failed, missed, deopt) or `as FORM` for the number of sites
specialized to FORM (written `as:LOAD_ATTR_SLOT`), OP one of == <= >= < >. The program's
stdout is not checked here (the same behaviour is covered by tests/vm); these tests pin
down that hot sites stay specialized, which the output alone cannot show.
"""

import argparse
import operator
import os
import re
import subprocess
import sys

OPS = {"==": operator.eq, "<=": operator.le, ">=": operator.ge, "<": operator.lt,
       ">": operator.gt}
ROW = re.compile(r"^(\w+)\s+specialized\s+(\d+)\s+failed\s+(\d+)\s+missed\s+(\d+)\s+deopt\s+(\d+)")
FORM = re.compile(r"^\s+as (\w+)\s+(\d+)")


def parse_stats(text):
    """{family: {field: count}} from the -X stats report."""
    stats, family = {}, None
    for line in text.splitlines():
        m = ROW.match(line)
        if m:
            family = m.group(1)
            stats[family] = dict(zip(("specialized", "failed", "missed", "deopt"),
                                     map(int, m.groups()[1:])))
            continue
        m = FORM.match(line)
        if m and family:
            stats[family]["as:" + m.group(1)] = int(m.group(2))
    return stats


def expectations(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith("# expect:"):
                family, field, op, number = line[len("# expect:"):].split()
                yield family, field, op, int(number)


def run_one(spry, path):
    proc = subprocess.run([spry, "-X", "stats", os.path.basename(path)],
                          cwd=os.path.dirname(path), capture_output=True, text=True,
                          timeout=120)
    if proc.returncode != 0:
        return ["exit status %d\n%s" % (proc.returncode, proc.stderr[-2000:])]
    stats = parse_stats(proc.stderr)
    problems = []
    for family, field, op, number in expectations(path):
        got = stats.get(family, {}).get(field, 0)
        if not OPS[op](got, number):
            problems.append("%s %s = %d, expected %s %d" % (family, field, got, op, number))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spry", required=True)
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    tests = sorted(os.path.join(here, n) for n in os.listdir(here)
                   if n.endswith(".py") and n != os.path.basename(__file__)
                   and (not args.filters or any(f in n for f in args.filters)))
    failed = 0
    for path in tests:
        problems = run_one(os.path.abspath(args.spry), path)
        name = os.path.basename(path)
        if problems:
            failed += 1
            print("FAIL", name)
            for p in problems:
                print("   ", p)
        else:
            print("ok  ", name)
    print("%d passed, %d failed" % (len(tests) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

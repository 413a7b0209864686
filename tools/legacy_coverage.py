#!/usr/bin/env python3
"""Which functions of CPython 3.11's Limited API Spry's legacy shim provides.

The Limited API's function names come from CPython's own headers (python3-dev): Python.h
is run through the C preprocessor with Py_LIMITED_API=0x030B0000 and PyAPI_FUNC redefined
to leave a marker, and every marked declaration gives one name (static inline helpers are
not PyAPI_FUNC and are left out: they need no symbol). Spry provides a name when libspry.a
defines the function (nm) or when Spry's Python.h (--spry-include) defines it as a macro or
a static inline function (source compatibility is what the shim promises). Prints the
totals and the missing names grouped by prefix.

--baseline FILE: fail if a name listed in FILE (one per line, # comments) is missing --
what Spry provided once must stay provided (ctest legacy/coverage).
--write-baseline FILE: write the provided Limited API names to FILE.
--require-all: fail if any Limited API function is missing (ctest legacy/coverage: Spry
provides the whole 3.11 Limited API).

Usage: legacy_coverage.py --lib build/libspry.a [--include /usr/include/python3.11]
                          [--spry-include api/legacy/include] [--cc cc] [--baseline F | --write-baseline F] [--require-all] [--quiet]
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

MARK = "__SPRY_API_FUNC__"
ATTRIBUTE = re.compile(r"__attribute__\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)")
DECL = re.compile(MARK + r"\s+([^;{]*?)\b([A-Za-z_]\w*)\s*\(")


def limited_api_functions(include, cc):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "limited.c")
        with open(src, "w") as f:
            f.write("#include <Python.h>\n")
        cmd = [cc, "-E", "-P", "-DPy_LIMITED_API=0x030B0000", f"-DPyAPI_FUNC(R)={MARK} R",
               "-I" + include, src]
        text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    text = ATTRIBUTE.sub(" ", text)
    return {m.group(2) for m in DECL.finditer(text)}


def defined_functions(lib):
    out = subprocess.run(["nm", "--defined-only", lib], check=True, capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TW":
            names.add(parts[2])
    return names


def header_definitions(include, cc):
    """Names Spry's Python.h defines as macros or static inline functions."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "spry.c")
        with open(src, "w") as f:
            f.write("#include <Python.h>\n")
        base = [cc, "-E", "-P", "-I" + include, src]
        macros = subprocess.run(base[:2] + ["-dM"] + base[2:], check=True, capture_output=True,
                                text=True).stdout
        text = subprocess.run(base, check=True, capture_output=True, text=True).stdout
    names = set(re.findall(r"^#define\s+(\w+)", macros, re.M))
    names |= set(re.findall(r"static\s+inline\s+[^;{(]*?\b(\w+)\s*\(", ATTRIBUTE.sub(" ", text)))
    return names


def read_names(path):
    with open(path) as f:
        return {line.split("#")[0].strip() for line in f} - {""}


def group(name):
    m = re.match(r"(_?Py[A-Za-z]*_|_?Py[A-Z][a-z]+|_?Py)", name)
    return m.group(1) if m else name


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lib", required=True)
    ap.add_argument("--include", default="/usr/include/python3.11")
    ap.add_argument("--spry-include", default=os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "api", "legacy", "include"))
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--baseline")
    ap.add_argument("--write-baseline")
    ap.add_argument("--require-all", action="store_true", help="fail if anything is missing")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    a = ap.parse_args()
    if not os.path.isfile(os.path.join(a.include, "Python.h")):
        print(f"legacy_coverage: no Python.h in {a.include} (apt-get install python3-dev)", file=sys.stderr)
        return 2
    limited = limited_api_functions(a.include, a.cc)
    symbols = defined_functions(a.lib)
    spry = symbols | header_definitions(a.spry_include, a.cc)
    provided = limited & spry
    missing = sorted(limited - spry)
    print(f"Limited API 3.11 functions: {len(limited)}; provided by Spry: {len(provided)} "
          f"({len(limited & symbols)} as library functions, the rest as header macros or inline "
          f"functions); missing: {len(missing)}")
    if not a.quiet:
        by_group = collections.defaultdict(list)
        for n in missing:
            by_group[group(n)].append(n)
        for g in sorted(by_group, key=lambda g: (-len(by_group[g]), g)):
            print(f"  {g} ({len(by_group[g])}): {' '.join(by_group[g])}")
    if a.write_baseline:
        with open(a.write_baseline, "w") as f:
            f.write("# Limited API functions Spry provides; tools/legacy_coverage.py --baseline fails\n"
                    "# if one goes missing. Regenerate with --write-baseline after adding functions.\n")
            f.writelines(n + "\n" for n in sorted(provided))
    if a.baseline:
        lost = sorted(read_names(a.baseline) - spry)
        if lost:
            print(f"no longer provided ({len(lost)}): {' '.join(lost)}")
            return 1
        print("baseline: every listed function is still provided")
    if a.require_all and missing:
        print(f"missing ({len(missing)}): {' '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

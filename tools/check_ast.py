#!/usr/bin/env python3
"""Compare Spry's parser with CPython's on a corpus of Python files.

For every file, run `astdump FILE` (tests/vm/c/astdump.c) and compare its
output with CPython's `ast.dump(ast.parse(src), include_attributes=True)`,
or, when CPython raises SyntaxError, with the line
    <ErrorClass>: <msg> (<lineno>, <offset>, <end_lineno>, <end_offset>)
Files in a directory parser/errors/ must raise SyntaxError in CPython.

Default corpus: tests/parser/*.py, tests/parser/errors/*.py and
tests/vm/**/*.py. Positional arguments (files or directories) replace it.
Prints a short diff for each failure and ends with "N passed, N failed";
exits non-zero if anything failed. Standard library only.
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_astdump():
    for cand in ("build/tests/spry_astdump", "build/spry_astdump", "build/tests/vm/spry_astdump"):
        path = os.path.join(ROOT, cand)
        if os.path.exists(path):
            return path
    return os.path.join(ROOT, "build", "tests", "spry_astdump")


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        files.append(os.path.join(dirpath, name))
        elif os.path.exists(path):
            files.append(path)
        else:
            print(f"warning: {path} does not exist", file=sys.stderr)
    return files


def default_corpus():
    paths = []
    parser_dir = os.path.join(ROOT, "tests", "parser")
    if os.path.isdir(parser_dir):
        paths.append(parser_dir)
    vm_dir = os.path.join(ROOT, "tests", "vm")
    if os.path.isdir(vm_dir):
        paths.append(vm_dir)
    return collect(paths)


def source_of(data):
    """The text CPython should see: str when it is plain UTF-8 (positions of
    errors are then in characters), else the bytes (BOM / coding cookie)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data
    head = data.split(b"\n", 2)[:2]
    if any(b"coding" in line and line.lstrip().startswith(b"#") for line in head):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def expected_output(path, attrs):
    with open(path, "rb") as f:
        data = f.read()
    src = source_of(data)
    try:
        tree = ast.parse(src, filename=path)
    except SyntaxError as e:
        def num(v):
            return 0 if v is None else v
        return True, "%s: %s (%d, %d, %d, %d)" % (
            type(e).__name__, e.msg, num(e.lineno), num(e.offset), num(e.end_lineno), num(e.end_offset))
    except (MemoryError, RecursionError) as e:
        return True, "%s:" % type(e).__name__
    except ValueError as e:   # e.g. source code string cannot contain null bytes
        return True, "ValueError: %s" % e
    return False, ast.dump(tree, include_attributes=attrs)


def diff_text(exp, got):
    i = 0
    n = min(len(exp), len(got))
    while i < n and exp[i] == got[i]:
        i += 1
    lo = max(0, i - 160)
    return ("    first difference at character %d\n    expected: ...%s...\n    got:      ...%s..."
            % (i, exp[lo:i + 160], got[lo:i + 160]))


def check(path, astdump, attrs, timeout):
    is_err, exp = expected_output(path, attrs)
    d = os.path.dirname(os.path.abspath(path))
    must_fail = os.path.basename(d) == "errors" and os.path.basename(os.path.dirname(d)) == "parser"
    if must_fail and not is_err:
        return False, "    CPython accepts this file, but it is in an errors/ directory"
    cmd = [astdump] + ([] if attrs else ["--no-attributes"]) + [path]
    try:
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "    astdump timed out"
    got = res.stdout.decode("utf-8", "replace").rstrip("\n")
    if res.returncode not in (0, 1):
        return False, "    astdump crashed (exit %d)\n    %s" % (
            res.returncode, res.stderr.decode("utf-8", "replace")[-800:])
    if got == exp:
        return True, ""
    if exp in ("MemoryError:", "RecursionError:") and got.startswith("MemoryError:"):
        return True, ""   # nesting limits differ in depth; both refuse
    if is_err:
        return False, "    expected: %s\n    got:      %s" % (exp, got[:400])
    return False, diff_text(exp, got)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--astdump", default=None, help="path to the astdump binary")
    ap.add_argument("--no-attributes", action="store_true", help="compare without positions")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-q", "--quiet", action="store_true", help="only print failures' names")
    ap.add_argument("paths", nargs="*", help="files or directories (default: the corpus)")
    args = ap.parse_args()
    warnings.simplefilter("ignore")   # SyntaxWarning/DeprecationWarning from CPython's parser
    astdump = args.astdump or default_astdump()
    if not os.path.exists(astdump):
        print("astdump not found: %s (use --astdump)" % astdump, file=sys.stderr)
        return 2
    files = collect(args.paths) if args.paths else default_corpus()
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda f: (f, check(f, astdump, not args.no_attributes, args.timeout)), files)
        for path, (ok, detail) in results:
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL %s" % os.path.relpath(path, ROOT))
                if detail and not args.quiet:
                    print(detail)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

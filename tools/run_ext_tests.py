#!/usr/bin/env python3
"""Runs the extension examples' test scripts under Spry and under CPython 3.11 and compares.

Each `<dir>/*_test.py` runs twice in one invocation: with the extensions built against
Spry's Python.h (--spry-dir) under spry, and with the same C sources built against CPython's
headers (--cpython-dir) under /usr/bin/python3.11. The script and the built modules are
copied into a fresh directory so `import name` finds the module on sys.path[0]. Expected
output is therefore always CPython's, produced in the same run.
Usage: run_ext_tests.py --spry build/spry --spry-dir D1 --python /usr/bin/python3.11
                        --cpython-dir D2 [--sanitizer] SRC_DIR [filters...]
"""
import argparse
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile


def run(cmd, cwd, timeout, sanitizer=False):
    env = dict(os.environ)
    if sanitizer:
        # Spry does not free its interpreter at exit: leak reports are noise here.
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def stage(script, mod_dir):
    d = tempfile.mkdtemp(prefix="spry-ext-")
    shutil.copy(script, d)
    for so in glob.glob(os.path.join(mod_dir, "*.so")):
        shutil.copy(so, d)
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spry", required=True)
    ap.add_argument("--spry-dir", required=True)
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--cpython-dir", required=True)
    ap.add_argument("--sanitizer", action="store_true")
    ap.add_argument("src_dir")
    ap.add_argument("filters", nargs="*")
    a = ap.parse_args()
    timeout = 120 if a.sanitizer else 30
    scripts = sorted(glob.glob(os.path.join(a.src_dir, "*_test.py")))
    filters = [f for f in a.filters if f]   # an empty generator expression arrives as ""
    if filters:
        scripts = [s for s in scripts if any(f in s for f in filters)]
    if not scripts:
        print(f"no *_test.py scripts in {a.src_dir!r} matching {filters}")
        return 1
    failed = 0
    for script in scripts:
        name = os.path.basename(script)
        dirs = [stage(script, a.cpython_dir), stage(script, a.spry_dir)]
        try:
            expected = run([a.python, name], dirs[0], timeout)
            got = run([os.path.abspath(a.spry), name], dirs[1], timeout, a.sanitizer)
        finally:
            for d in dirs:
                shutil.rmtree(d, ignore_errors=True)
        if expected is None or expected[0] != 0:
            print(f"ERROR {name}: CPython run failed: {expected}")
            failed += 1
            continue
        if got == expected:
            print(f"ok    {name}")
            continue
        failed += 1
        print(f"FAIL  {name}")
        if got is None:
            print("  timeout under spry")
            continue
        if got[0] != expected[0]:
            print(f"  exit status {got[0]}, expected {expected[0]}")
        for label, e, g in (("stdout", expected[1], got[1]), ("stderr", expected[2], got[2])):
            if e != g:
                diff = difflib.unified_diff(e.splitlines(), g.splitlines(), "cpython", "spry", lineterm="")
                print(f"  {label}:")
                for line in list(diff)[:60]:
                    print("    " + line)
    print(f"{len(scripts) - failed}/{len(scripts)} extension tests passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

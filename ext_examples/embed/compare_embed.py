#!/usr/bin/env python3
"""Runs the embedding example linked with CPython 3.11 and with Spry; stdout, stderr and the
exit status must be equal (CPython's are the expected ones).
Usage: compare_embed.py EMBED_CPYTHON EMBED_SPRY
"""
import difflib
import os
import subprocess
import sys

env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", PYTHONHASHSEED="0")
env.pop("PYTHONPATH", None)
runs = [subprocess.run([exe], capture_output=True, text=True, env=env, timeout=60) for exe in sys.argv[1:3]]
expected, got = runs
ok = True
for label in ("returncode", "stdout", "stderr"):
    e, g = getattr(expected, label), getattr(got, label)
    if e != g:
        ok = False
        print(f"FAIL {label}")
        print("".join(difflib.unified_diff(str(e).splitlines(True), str(g).splitlines(True), "cpython", "spry")))
print("ok embed" if ok else "embed differs")
sys.exit(0 if ok else 1)

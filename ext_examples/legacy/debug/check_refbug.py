#!/usr/bin/env python3
"""-DSPRY_DEBUG only: an extension releasing one reference too many must abort with a report
naming the object's address and type and the Py_DECREF call site, after running normally
until then.
Usage: check_refbug.py SPRY MODULE_DIR
"""
import os
import subprocess
import sys

spry, mod_dir = sys.argv[1], sys.argv[2]
env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
script = "import refbug; print(refbug.address(), flush=True); refbug.overrelease(); print('survived')"
p = subprocess.run([spry, "-c", script], cwd=mod_dir, capture_output=True, text=True, env=env, timeout=60)
address = p.stdout.split("\n")[0]
checks = {
    "aborted": p.returncode != 0 and "survived" not in p.stdout,
    "address printed by the module": bool(address),
    "report names the address": f"object address  : {address}" in p.stderr,
    "report names the type": "object type name: refbug.Static" in p.stderr,
    "report names the refcount": "object refcount : -1" in p.stderr,
    "report names the call site": "refbug.c:" in p.stderr and "negative ref count" in p.stderr,
}
for what, ok in checks.items():
    print("ok  " if ok else "FAIL", what)
if not all(checks.values()):
    print(f"exit {p.returncode}\nstdout:\n{p.stdout}\nstderr:\n{p.stderr}")
    sys.exit(1)

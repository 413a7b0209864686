# sys, error, capsule, thread-state and PyOS_ functions (ext_examples/legacy/sysapi.c).
import sys
import warnings

import sysapi as s

for which in range(3):
    try:
        s.errno_errors(which, "name.txt")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
for args in (("no module", "modname", "/some/path"), ("bare", None, None)):
    try:
        s.import_error(*args)
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.path)
print(s.exc_info())
try:
    raise KeyError("handled")
except KeyError:
    print(s.exc_info())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    s.warn()
for w in caught:
    print(w.category.__name__, w.message, w.filename if w.lineno == 42 else "", w.lineno if w.lineno == 42 else "")
print(s.capsules())
sys.stdout.flush()
print(s.sys_ops("väl"))
print(s.repr_guard([]))
for text in ("1.5", "2.5e3xyz", "1e500", "-inf", "nan"):
    r = s.os_ops(text)
    print(text, r[1:] if r[0] != r[0] else r)
for bad in ("", " 1", "abc"):
    try:
        s.os_ops(bad)
    except ValueError as e:
        print("ValueError", e)
print(s.thread_info())

# PyThread_* threads, locks and thread-specific storage, PyGC_* (ext_examples/legacy/threadapi.c).
import threading

import threadapi as t

print(t.run_threads(1))
print(t.run_threads(8))
for _ in range(10):
    assert t.run_threads(4)[1:] == (4, 1, 1)
print(t.lock_ops())
print(t.ident() == threading.get_ident())
print(t.gc_ops())

# __del__ of objects in cycles runs exactly once (PEP 442), before the cycle is broken.
import gc

gc.collect()
log = []

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        # the cycle is intact while finalizers run
        log.append((self.name, self.partner.name))

a = D("a"); b = D("b")
a.partner = b; b.partner = a
del a, b
gc.collect()
print(sorted(log))

log.clear()
x = D("x"); x.partner = x
del x
gc.collect()
gc.collect()
print(log)

# __del__ raising is reported and does not stop the collection
class Bad:
    def __del__(self):
        raise ValueError("boom")
import sys, io
saved_err = sys.stderr
sys.stderr = io.StringIO()
try:
    bad = Bad(); bad.me = bad
    del bad
    n = gc.collect()
finally:
    text = sys.stderr.getvalue()
    sys.stderr = saved_err
print("Exception ignored in" in text, "ValueError: boom" in text)
print("still running")

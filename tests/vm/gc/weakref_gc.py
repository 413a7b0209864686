# The collector clears weak references to garbage before finalizers run, runs the
# callbacks of weak references that survive, and not those of weak references that are
# garbage themselves.
import gc, weakref

gc.collect()

class N:
    pass

log = []
a = N(); a.me = a
a.wr = weakref.ref(a, lambda w: log.append("garbage wr"))
keep = weakref.ref(a, lambda w: log.append(("kept wr", w() is None)))
del a
gc.collect()
print(log)

class D:
    def __del__(self):
        log.append(("del sees its weakref dead", self.wr() is None))

log.clear()
d = D(); d.me = d; d.wr = weakref.ref(d)
del d
gc.collect()
print(log)

# a callback that allocates a lot while the collector is running is fine
log.clear()
def busy(w):
    junk = [[i] for i in range(5000)]
    log.append(len(junk))
objs = []
for i in range(50):
    x = N(); x.me = x
    objs.append(weakref.ref(x, busy))
del x
gc.collect()
print(len(log), sum(log))

# weakref callbacks run when refcounting frees the referent, once
log.clear()
n = N()
w1 = weakref.ref(n, lambda w: log.append("w1"))
w2 = weakref.ref(n, lambda w: log.append("w2"))
del n
print(sorted(log), w1.__callback__, w2.__callback__)

# an exception in a callback is reported, the others still run
import sys, io
log.clear()
n = N()
def bad(w):
    raise RuntimeError("in callback")
w3 = weakref.ref(n, bad)
w4 = weakref.ref(n, lambda w: log.append("after bad"))
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    del n
finally:
    text = sys.stderr.getvalue()
    sys.stderr = saved
print(log, "RuntimeError: in callback" in text)

# Objects resurrected by __del__ survive the collection; the finalizer never runs again.
import gc, weakref

gc.collect()
saved = []
calls = []

class R:
    def __del__(self):
        calls.append(id(self) == id(self.me))
        saved.append(self)

r = R(); r.me = r
wr = weakref.ref(r)
del r
n = gc.collect()
print("resurrected:", len(saved), saved[0].me is saved[0], calls)
print("weakref cleared anyway:", wr())
print("collected count:", n)

# drop it again: __del__ does not run a second time
saved.clear()
print(gc.collect() >= 1, calls)

# resurrection through a cycle partner: both survive
class S:
    def __del__(self):
        saved.append(self)
a = S(); b = R(); a.b = b; b.me = a
del a, b
gc.collect()
print(len(saved), [type(o).__name__ for o in saved] if len(saved) < 3 else "many")
survivor = [o for o in saved if type(o) is S][0]
print(type(survivor.b).__name__)
saved.clear(); del survivor
gc.collect()
print(len(calls))

# resurrection by refcount alone (no cycle)
class Once:
    def __del__(self):
        calls.append("once")
        saved.append(self)
o = Once()
del o
print(calls[-1], len(saved))
saved.clear()
print(calls.count("once"))

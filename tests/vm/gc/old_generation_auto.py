# Cycles that became old (survived into the oldest generation) are found by automatic
# collection alone -- no gc.collect() -- while the program keeps allocating: weakref
# callbacks fire, __del__ runs once, a resurrected object survives and is collected
# later without a second __del__, and weakref.finalize runs.
import gc
import weakref

freed = []
finalized = []
saved = []


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


class Phoenix:
    dels = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Phoenix.dels += 1
        saved.append(self)


holder = []
refs = []
for i in range(200):
    a = Node(i)
    b = Node(-i)
    a.peer = b
    b.peer = a
    holder.append(a)
    refs.append(weakref.ref(a, lambda r, i=i: freed.append(i)))
p = Phoenix()
weakref.finalize(p, finalized.append, "phoenix")
holder.append(p)
del a, b, p

keep = [[j] for j in range(50000)]   # long-lived: the cycles and these grow old together
print("tracked after aging:", gc.is_tracked(holder[0]))
holder = None


def churn(done):
    live = []
    for r in range(3000000):
        live.append([r])             # more long-lived objects: the old generation is examined
        x = [r]
        x.append(x)                  # and short-lived cyclic garbage
        if done():
            return True
    return False


print("all old cycles freed:", churn(lambda: len(freed) == 200 and Phoenix.dels == 1))
print("freed sample:", sorted(freed)[:5], len(set(freed)))
print("__del__ ran:", Phoenix.dels, "resurrected:", len(saved), saved[0].me is saved[0])
print("finalize ran:", finalized)
again = weakref.ref(saved[0])
saved.clear()
print("resurrected one freed:", churn(lambda: again() is None), "dels:", Phoenix.dels)
print(len(keep), keep[123])

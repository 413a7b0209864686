# PEP 442 on a garbage cycle larger than one increment of the old generation, found by
# automatic collection alone: __del__ runs once per object, an object resurrected by its
# __del__ keeps the whole ring alive and intact, weakref callbacks and weakref.finalize
# run once, and the ring, dropped again, is freed later without a second __del__.
import weakref

N = 100000
dels = []
saved = []
finalized = []
cleared = []


class Node:
    __slots__ = ("next", "i", "__weakref__")


class Phoenix(Node):
    __slots__ = ()

    def __del__(self):
        dels.append(self.i)
        if self.i == 0:
            saved.append(self)          # resurrects itself and, through it, the ring


def ring():
    first = cur = Phoenix()
    first.i = 0
    for i in range(1, N):
        node = Phoenix() if i % 25000 == 0 else Node()
        node.i = i
        cur.next = node
        cur = node
    cur.next = first
    weakref.finalize(first, finalized.append, "first")
    return weakref.ref(cur, lambda r: cleared.append("last"))


live = []


def churn(done):
    for r in range(4000000):
        live.append([r])
        x = [r]
        x.append(x)
        if done():
            return True
    return False


last = ring()
print("resurrected:", churn(lambda: len(saved) == 1))
print("dels:", sorted(dels), "finalize:", finalized, "callbacks:", cleared)
node, count, ok = saved[0], 0, True
while True:
    ok = ok and node.i == count
    count += 1
    node = node.next
    if node is saved[0]:
        break
print("ring intact:", count, ok, "last ref:", last() is None)
again = weakref.ref(saved[0], lambda r: cleared.append("again"))
saved.clear()
del node
print("freed again:", churn(lambda: "again" in cleared))
print("dels:", len(dels), "finalize:", finalized, "callbacks:", sorted(cleared))

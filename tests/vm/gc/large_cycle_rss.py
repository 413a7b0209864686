# A garbage cycle of 10**6 objects, built in a loop again and again, is freed by automatic
# collection alone (no gc.collect()): resident memory stays bounded, far below what the
# eight cycles would take if none were freed, and each cycle's weakref callback fires.
import weakref

N = 10 ** 6
REPS = 8


class Node:
    __slots__ = ("next", "__weakref__")


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


freed = []
refs = []
sizes = []
for rep in range(REPS):
    first = cur = Node()
    for i in range(N - 1):
        node = Node()
        cur.next = node
        cur = node
    cur.next = first
    refs.append(weakref.ref(first, lambda r, rep=rep: freed.append(rep)))
    del first, cur, node
    sizes.append(rss())

growth = max(sizes[2:]) - sizes[1]
with open("/proc/self/maps") as f:
    quarantined = "libasan" in f.read()   # AddressSanitizer keeps freed memory resident
# every cycle holds N objects of at least 32 bytes: all eight alive would add 6 * 32 MB
print("bounded:", quarantined or growth < 3 * 32 * N, "(growth under three cycles' worth)")
print("cycles freed before the end:", len(freed) >= REPS - 3)
print("freed in order of creation:", freed == sorted(freed))
print("all refs dead or pending:", sum(r() is None for r in refs) == len(freed))

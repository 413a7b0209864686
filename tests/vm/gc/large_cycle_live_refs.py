# Large garbage cycles that refer to live old objects (a live dict all nodes share, live
# objects some nodes hold) are freed by automatic collection alone (no gc.collect()): resident
# memory stays bounded and each cycle's weakref callback fires; the live objects they
# referred to stay intact.
import weakref

N = 300000
REPS = 8


class Node:
    __slots__ = ("next", "shared", "payload", "__weakref__")


class Payload:
    __slots__ = ("value",)


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


configs = []      # live: one per cycle, made just before it (so examined together with it)
kept = []         # live: objects made while the cycle is built, some of its nodes refer to them
ballast = [[i] for i in range(200000)]   # an old generation to be examined in increments

freed = []
refs = []
sizes = []
for rep in range(REPS):
    config = {"rep": rep, "items": [1, 2, 3]}
    configs.append(config)
    first = cur = Node()
    first.shared = config
    for i in range(N - 1):
        node = Node()
        node.shared = config
        if i % 100 == 0:
            p = Payload()
            p.value = i
            kept.append(p)
            node.payload = p
        cur.next = node
        cur = node
    cur.next = first
    refs.append(weakref.ref(first, lambda r, rep=rep: freed.append(rep)))
    del first, cur, node, config, p
    for i in range(150000):              # keep the program allocating
        x = [i]
        x.append(x)
    sizes.append(rss())

growth = max(sizes[2:]) - sizes[1]
with open("/proc/self/maps") as f:
    quarantined = "libasan" in f.read()   # AddressSanitizer keeps freed memory resident
# a node takes at least 48 bytes: all eight cycles alive would add 6 * 14 MB
print("bounded:", quarantined or growth < 3 * 48 * N, "(growth under three cycles' worth)")
print("cycles freed before the end:", len(freed) >= REPS - 3)
print("freed in order of creation:", freed == sorted(freed))
print("live objects intact:", configs[5], len(kept), sum(p.value for p in kept), len(ballast), ballast[777])

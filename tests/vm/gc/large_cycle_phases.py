# Large garbage cycles (more than one increment of the old generation) are freed by
# automatic collection while the program keeps making garbage: small cycles made
# meanwhile, another large cycle made while the first is being examined, and weakref
# callbacks that themselves make new garbage. No gc.collect().
import weakref

N = 200000
events = []


class Node:
    __slots__ = ("next", "tag", "__weakref__")


def ring(n, tag):
    first = cur = Node()
    for i in range(n - 1):
        node = Node()
        node.tag = i
        cur.next = node
        cur = node
    cur.next = first
    first.tag = tag
    return first


def on_free(name):
    def callback(r):
        events.append(name)
        if name in ("ring-a", "ring-b"):   # make new garbage: a small cycle and a ring
            small = [name]
            small.append(small)
            refs.append(weakref.ref(Node(), None))
            child = ring(30000, name + "-child")
            refs.append(weakref.ref(child, on_free(name + "-child")))
    return callback


refs = []
live = []
made = [0]


def churn(steps, done):
    for r in range(steps):
        live.append([r])                   # long-lived objects: the old generation grows
        x = [r]
        x.append(x)                        # short-lived cyclic garbage
        if r % 2000 == 0:
            s = Node()
            s.next = s
            refs.append(weakref.ref(s, on_free("small")))
            made[0] += 1
            del s
        if done():
            return r
    return None


a = ring(N, "ring-a")
refs.append(weakref.ref(a, on_free("ring-a")))
a = None
churn(20000, lambda: False)                # ring-a ages while garbage piles up
b = ring(N, "ring-b")                      # made while ring-a may be under examination
refs.append(weakref.ref(b, on_free("ring-b")))
b = None
wanted = {"ring-a", "ring-b", "ring-a-child", "ring-b-child"}
done = churn(3000000, lambda: wanted <= set(events))
print("all freed:", done is not None)
print("large ones:", sorted(e for e in events if e != "small"))
print("small cycles freed:", made[0] > 3, events.count("small") >= made[0] - 1)
print("each freed once:", all(events.count(w) == 1 for w in wanted))
print(len(live) > 0, live[7])

# A garbage ring larger than one increment of the old generation is made reachable again
# (through a weak reference) again and again while automatic collection examines it over
# several collections; it must never be freed while it is reachable, and every time it
# comes back it is whole. Dropped for good, it is freed. No gc.collect().
import weakref

N = 50000


class Node:
    __slots__ = ("next", "i", "__weakref__")


def ring():
    first = cur = Node()
    first.i = 0
    for i in range(1, N):
        node = Node()
        node.i = i
        cur.next = node
        cur = node
    cur.next = first
    return weakref.ref(first)


def whole(head):
    node, count = head, 0
    while True:
        if node.i != count:
            return False
        count += 1
        node = node.next
        if node is head:
            return count == N


live = []


def churn(steps):
    for r in range(steps):
        live.append([r])
        x = [r]
        x.append(x)


wr = ring()
came_back = broken = 0
for step in range(60):
    churn(3000)                         # collections run: the ring is examined in slices
    head = wr()
    if head is None:
        break
    came_back += 1
    broken += not whole(head)
    churn(3000)                         # reachable again while collections go on
    broken += not whole(head)
    head = None
print("came back at least once:", came_back > 0, "broken:", broken)
for step in range(2000):
    if wr() is None:
        break
    churn(3000)
print("freed in the end:", wr() is None)

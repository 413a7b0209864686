# Freeing very deeply nested containers must not overflow the C stack.
o = ()
for i in range(300000):
    o = (o,)
o = 0
l = []
for i in range(300000):
    l = [l]
l = None
d = {}
for i in range(200000):
    d = {"k": d}
d = None
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
n = None
for i in range(200000):
    n = Node(n)
n = None
fs = frozenset()
for i in range(100000):
    fs = frozenset([fs])
fs = None
e = None
for i in range(100000):
    e = iter([e])
e = None
print("freed")

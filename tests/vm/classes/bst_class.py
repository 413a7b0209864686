class BST:
    class _Node:
        def __init__(self, k, v):
            self.k, self.v, self.left, self.right = k, v, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, k, v):
        def ins(node):
            if node is None:
                self.n += 1
                return BST._Node(k, v)
            if k < node.k: node.left = ins(node.left)
            elif k > node.k: node.right = ins(node.right)
            else: node.v = v
            return node
        self.root = ins(self.root)
    def __getitem__(self, k):
        node = self.root
        while node:
            if k == node.k: return node.v
            node = node.left if k < node.k else node.right
        raise KeyError(k)
    def __contains__(self, k):
        try:
            self[k]
            return True
        except KeyError:
            return False
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.k
                yield from walk(n.right)
        return walk(self.root)
    def __len__(self): return self.n
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t[k] = str(k)
print(list(t), len(t), t.height(), t[40], 65 in t, 60 in t)
try:
    t[99]
except KeyError as e:
    print("KeyError", e)
print(type(t.root).__qualname__)

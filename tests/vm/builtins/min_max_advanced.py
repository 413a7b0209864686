data = [("a", 3), ("b", 1), ("c", 3), ("d", 0)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([1, 2, 2.0]), max([2.0, 2, 1]), min([0, False]), min([False, 0]))
print(max("hello", "help", "helm"), min(["b", "a"], ["a", "z"]))
print(max(range(0)) if False else max(range(5)), max({3: 'x', 9: 'y'}), min({(1, 2), (0, 5)}))
print(max([], key=len, default="d"), min((), default=0))
try:
    max([1], [2], default=5)
except TypeError as e:
    print("TypeError", e)
class V:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print(f"gt {self.v} {o.v}"); return self.v > o.v
    def __lt__(self, o): print(f"lt {self.v} {o.v}"); return self.v < o.v
    def __repr__(self): return f"V{self.v}"
print(max(V(1), V(3), V(2)))
print(min(V(1), V(3), V(0)))

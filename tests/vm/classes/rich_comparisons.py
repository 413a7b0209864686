class Ver:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o): return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    __hash__ = None
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Ver("1.2"), Ver("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Ver("1.2"), a != Ver("1.2"))
print(a == "1.2", a != "1.2")
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})")
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
try:
    x <= y
except TypeError as e:
    print("TypeError", e)
class Logger:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"{self.n}.__eq__({o.n})")
        return NotImplemented
p, q = Logger("p"), Logger("q")
print(p == q, p != q)
print(p == p)

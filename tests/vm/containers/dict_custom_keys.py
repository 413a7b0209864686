class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(0, 0) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))
class BadHash:
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self is other
    def __repr__(self):
        return "BH"
keys = [BadHash() for _ in range(5)]
d2 = {k: i for i, k in enumerate(keys)}
print(len(d2), [d2[k] for k in keys])
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, other): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
print({(1, 2): "tuple", frozenset({1}): "fs", 3.0: "float"}[3])

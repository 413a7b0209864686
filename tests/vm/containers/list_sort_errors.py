try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
print(max([Cmp(3), Cmp(1)], key=lambda c: c.v), min(Cmp(5), Cmp(4), key=lambda c: c.v))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, other): return self.v > other.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]))
l = [3, 2, 1]
def bad_key(x):
    if x == 1:
        raise ValueError("key failed")
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, l)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError", e)

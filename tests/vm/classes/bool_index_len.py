class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self):
        print("__bool__", self.on)
        return self.on
print("yes" if Flag(True) else "no", not Flag(False), Flag(True) and "and-result", Flag(False) or "or-result")
while Flag(False):
    pass
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
lst = list("abcdefg")
print(lst[Idx(2)], lst[Idx(1):Idx(5):Idx(2)], "xyz"[Idx(-1)], [0] * Idx(3), hex(Idx(255)), range(Idx(4)))
print(int(Idx(9)), bin(Idx(5)), (10).to_bytes(Idx(2), "big"), bytes(Idx(2)))
import math
print(math.factorial(Idx(5)) if False else "skip", operator_index := Idx(3).__index__())
class Length:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(Length(4)), bool(Length(0)), bool(Length(2)))
try:
    len(Length(-1))
except ValueError as e:
    print("ValueError", e)
try:
    len(Length(2 ** 70))
except OverflowError as e:
    print("OverflowError", e)

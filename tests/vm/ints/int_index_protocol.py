class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("__index__ called")
        return self.v
lst = list(range(10))
print(lst[Idx(3)])
print(lst[Idx(1):Idx(4)])
print("abcdef"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)))
print([0] * Idx(2))
print(int.__index__(7))
import math
print(math.comb(Idx(5), 2) if hasattr(math, 'comb') else 0)
try:
    lst[2 ** 64]
except IndexError as e:
    print("IndexError", e)
try:
    lst[1.5]
except TypeError as e:
    print("TypeError", e)
print(lst[-(2 ** 70):2 ** 70])
print(lst[2 ** 62:], lst[:-(2 ** 62)])

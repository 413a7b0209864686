objs = [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), "", " ", b"", range(0), range(1), bytearray()]
for o in objs:
    print(repr(o), bool(o), len(o))
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(3)), len(Sized(7)))
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()), len(Both()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class FloatLen:
    def __len__(self): return 1.5
try:
    bool(FloatLen())
except TypeError as e:
    print("TypeError", e)

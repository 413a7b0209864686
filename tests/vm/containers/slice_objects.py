s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(100).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
l = list(range(10))
print(l[s], l[slice(None, None, -2)], "abcdef"[slice(1, -1)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[:, 1:], r[1:2:3, ...])
print(repr(slice(1, "a", None)))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError", e)

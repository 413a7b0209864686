print(list(enumerate("ab", 2 ** 62 - 1)))
print(list(enumerate("abc", 2 ** 64)))
print(list(enumerate("ab", -(2 ** 63) - 1)))
e = enumerate(range(3), start=True)
print(list(e))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self): return 7
print(list(enumerate("xy", Idx())))

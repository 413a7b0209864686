print(repr(1), repr("s"), repr([1, "a"]), repr(None), repr(1.0), repr(b"x"), repr((1,)), repr({"k": {1}}))
class Rp:
    def __repr__(self): return "<Rp>"
print(repr(Rp()), [Rp()], str(Rp()))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class Rev:
    def __reversed__(self): return iter(["custom", "reversed"])
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(Rev())), list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted([-3, 1, -2], key=abs))
print(sorted({3: "a", 1: "b"}), sorted([(1, "b"), (1, "a")]), sorted([], reverse=True))

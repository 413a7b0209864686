print(list("abc"), list((1, 2)), list({3: 4}), list(range(2)), list(x for x in "hi"))
print(tuple([1, 2]), tuple("ab"), tuple({5}), tuple(iter([7])))
print(set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(3)), set())
print(frozenset([2, 2, 3]), frozenset())
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, x=3), dict(zip("ab", "cd")), dict(dict(k=1)))
class KeysOnly:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(dict(KeysOnly()))
for bad in [lambda: list(1), lambda: tuple(None), lambda: set(5), lambda: dict(5), lambda: dict(["ab", "c"])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

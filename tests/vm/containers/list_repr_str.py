class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str-R"
print([R()], str([R()]), (R(),), {R(): R()} if False else {1: R()})
print([1.0, -0.0, 1e100, float("nan")], ["a'b", 'c"d', "e\nf"])
print([[], [[]], ([],)], [None, True, ...])
print(repr([1, 2]) == str([1, 2]), repr(["x"]))
print({"k": [1, {"n": (2,)}]}, {(): frozenset()})
print(list(range(3)).__repr__(), [].__str__())
l = [1]
l.append([l, (l,)])
print(l)

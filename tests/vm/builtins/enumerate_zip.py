print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), type(e).__name__)
try:
    next(e)
except StopIteration:
    print("StopIteration")
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], [3, 4], strict=True)))
def counting(n):
    for i in range(n):
        print("gen", i)
        yield i
print(list(zip(counting(5), "ab")))

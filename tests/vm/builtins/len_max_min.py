print(len([1, 2]), len("héllo"), len({}), len(range(10, 0, -3)), len(b"ab"), len({1, 2}), len((1,)))
print(max(3, 1, 2), max([3, 1, 2]), max("abc"), max([1, 5], [1, 10]), max((2, "a"), (2, "b")))
print(min(3, 1, 2), min([3, 1, 2]), min("abc"), min([], default="empty"), max([], default=None))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([4, 2, 5, 3], key=lambda x: x % 2))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(iter([5, 8, 2])), min(x * x for x in range(-3, 3)))

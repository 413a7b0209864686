FIDX = 1.0
tests = [
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: 1 < "a",
    lambda: int(None),
    lambda: int([1]),
    lambda: int("abc", 10),
    lambda: (1).to_bytes(1, "middle"),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: 2 ** 10000 * 1.0,
    lambda: float(2 ** 2000),
    lambda: -1 ** 0.5 + None,
    lambda: divmod(1, "2"),
    lambda: ~1.5,
    lambda: 1 << 1.0,
    lambda: [1][FIDX],
]
for t in tests:
    try:
        r = t()
        print("no error", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

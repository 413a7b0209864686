import math
cases = [
    lambda: 1 / 0,
    lambda: [][0],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: None.attr,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: len(1),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: (1, 2).append(3),
    lambda: math.sqrt(-1),
    lambda: float("abc"),
    lambda: "abc".index("z"),
    lambda: [1, 2].remove(3),
    lambda: next(iter([])),
    lambda: int.from_bytes("x", "big"),
    lambda: chr(-1),
    lambda: 2 ** 10000 * 1.5,
    lambda: object().__getattribute__(5),
    lambda: tuple(1),
    lambda: {[]: 1},
    lambda: "x" * "y",
    lambda: import_missing(),
]
def import_missing():
    import no_such_module_xyz
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)

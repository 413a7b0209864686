# `c[i] op= v` (COPY 2; COPY 2; BINARY_SUBSCR ... SWAP 3; SWAP 2; STORE_SUBSCR): the
# fused list/dict forms against every way the read or the write goes stale -- another
# container type, a list subclass, a bad or huge index, a list shrunk by the value's own
# __iadd__, dict keys that are missing, unhashable, or raise in __eq__ -- and where the
# traceback points.
import traceback


class Shrinker:
    """A value whose += empties the list it lives in before the store."""

    def __init__(self, victim):
        self.victim = victim

    def __iadd__(self, other):
        self.victim.clear()
        return self


class Box:
    def __init__(self):
        self.items = {}

    def __getitem__(self, k):
        return self.items.get(k, 0)

    def __setitem__(self, k, v):
        self.items[k] = v * 10


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) + 100


class BadEq:
    """Equal to any other BadEq; the comparison numbered `fail_at` raises."""
    compares = 0
    fail_at = -1

    def __hash__(self):
        return 7

    def __eq__(self, other):
        BadEq.compares += 1
        if BadEq.compares == BadEq.fail_at:
            raise ValueError("eq call %d" % BadEq.compares)
        return isinstance(other, BadEq)


def bump(containers, key, by):
    out = []
    for n, c in enumerate(containers):
        try:
            c[key] += by
            c[key] -= by // 2
            out.append(c[key] if not isinstance(c, Box) else sorted(c.items.items()))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out[0], out[-8:]


lists = [[1, 2, 3] for _ in range(1200)]
print(bump(lists + [(1, 2, 3), "abc", {1: 5}, Box(), MyList([1, 2, 3]), [1], [0, 0], {}], 1, 4))
print(bump([[1.5, 2.5]] * 1200 + [[1.5]], -1, 2))
dicts = [{"a": 1} for _ in range(1200)]
print(bump(dicts + [{}, [1], {"a": "x"}, {"a": 2.5}, Box(), {"b": 1}], "a", 2))
print(bump([{}] * 1100 + [{(1, 2): 0}], (1, 2), 1))

# an index that is no small int
def index_kinds(lst, keys):
    out = []
    for k in keys:
        try:
            lst[k] += 1
            out.append(lst[:4])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out[-6:]


print(index_kinds([0, 0, 0, 0, 0], [1] * 1100 + [True, -5, 5, 2 ** 70, 1.0, slice(1, 2)]))


# the value's own __iadd__ empties the list before the store
def shrink(rounds):
    lst = [0, 0]
    out = []
    for r in range(rounds):
        if r == rounds - 1:
            lst[:] = [Shrinker(lst), 0]
        try:
            lst[0] += 1
        except IndexError as e:
            out.append("IndexError: " + str(e))
    out.append(len(lst))
    return out


print(shrink(1100))


# keys whose __eq__ raises during the read, then during the write
def eq_errors(rounds):
    k1, k2 = BadEq(), BadEq()
    d = {k1: 0}
    out = []
    for r in range(rounds):
        if r >= rounds - 2:
            BadEq.fail_at = BadEq.compares + (1 if r == rounds - 2 else 2)
        try:
            d[k2] += 1
        except ValueError as e:
            out.append("ValueError: " + str(e))
    out.append(d[k1])
    out.append(BadEq.compares)
    return out


print(eq_errors(1100))


# unhashable key: the read raises
def unhashable(rounds):
    d = {"k": 0}
    keys = ["k"] * rounds + [["list"]]
    for k in keys:
        try:
            d[k] += 1
        except TypeError as e:
            return d["k"], "TypeError: " + str(e)


print(unhashable(1100))


# where the traceback points, fused and unfused
def missing(d, k):
    d[k] += 1


def out_of_range(lst, i):
    lst[i] *= 2


for _ in range(1100):
    missing({"x": 1}, "x")
    out_of_range([1, 2], 1)
for f, args in ((missing, ({}, "y")), (out_of_range, ([1], 3))):
    try:
        f(*args)
    except Exception:
        print("".join(traceback.format_exc().splitlines(keepends=True)[-4:]), end="")

# aliasing: the item read is the item written
vals = [1.25, 2.5]
for _ in range(1100):
    vals[0] += vals[0] - vals[0]
    vals[1] -= vals[1] * 0.5
print(vals)

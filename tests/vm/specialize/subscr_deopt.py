# BINARY_SUBSCR / STORE_SUBSCR / CONTAINS_OP specializations: dict subclasses with
# __getitem__ / __missing__, list/tuple/str indexing with negative and bad indexes.
class Upper(dict):
    def __getitem__(self, key):
        return key.upper()


class Default(dict):
    def __missing__(self, key):
        return "missing:" + key


def lookups(containers, key):
    out = []
    for i, d in enumerate(containers):
        try:
            v = d[key]
        except KeyError as e:
            v = "KeyError:" + repr(e.args)
        if i % 500 == 0 or i >= len(containers) - 4:
            out.append(v)
    return out


plain = {"k": "v"}
print(lookups([plain] * 1500 + [Upper(), Default(), {}, Default(k=1)], "k"))


def index(seqs, i):
    out = []
    for s in seqs:
        try:
            out.append(s[i])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out[0], out[-6:]


print(index([[1, 2, 3]] * 1200 + [(4, 5, 6), "xyz", [7], (8,), b"ab", {-1: "d"}], -1))
print(index([[1, 2, 3]] * 1200 + [[1, 2]], 2))


def stores(targets):
    for t in targets:
        t[0] = len(t)
    return targets[0], targets[-3:]


class Logging(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


print(stores([[0, 1]] * 1200 + [[5], {}, Logging()]))


def contains(containers):
    n = 0
    for c in containers:
        if (3 if not isinstance(c, str) else "3") in c:
            n += 1
    return n


class Never(dict):
    def __contains__(self, k):
        return False


print(contains([{3: 1}] * 1200 + [{3}, frozenset([3]), Never({3: 3}), [3], "a3"] * 3))

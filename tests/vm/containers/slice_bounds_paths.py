# Slice bounds: small ints and None (read without calls), and every other kind -- big
# ints, bools, __index__ objects, bad types, a zero step -- on lists, tuples, str, bytes.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise RuntimeError("no index")


seqs = [list(range(10)), tuple(range(10)), "abcdefghij", bytes(range(10)), bytearray(range(10))]
bounds = [None, 0, 3, -3, 9, 20, -20, 2**70, -2**70, True, Idx(2), Idx(-1), Idx(2**80)]
steps = [None, 1, 2, -1, -3, 2**70, -2**70, Idx(3), Idx(-2), False]
for seq in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            for c in steps:
                try:
                    out.append(seq[a:b:c])
                except (ValueError, TypeError) as e:
                    out.append(type(e).__name__ + ": " + str(e))
    errors = [i for i, x in enumerate(out) if isinstance(x, str) and ":" in x]
    print(type(seq).__name__, len(out), out[:3], out[-3:], len(errors), sum(errors))
    print(sum(i * len(x) + sum(map(ord, x) if isinstance(x, str) else x)
              for i, x in enumerate(out) if i not in errors))

for bad in ("x", 1.5, [1], BadIdx()):
    for pos in range(3):
        key = [None, None, None]
        key[pos] = bad
        try:
            print([0, 1, 2][slice(*key)])
        except Exception as e:
            print(pos, type(e).__name__, e)

# assignment and deletion through the same bounds
for a, b, c in [(1, 4, None), (Idx(1), 4, None), (None, None, -1), (2**70, None, None),
                (0, 10, 2), (-2**70, 3, None), (1, 8, Idx(3)), (0, 5, 0)]:
    lst = list(range(10))
    try:
        n = len(range(10)[a if not isinstance(a, int) or abs(a) < 100 else (10 if a > 0 else -10):
                          b:c])
        lst[a:b:c] = list(range(100, 100 + n))
        print("set", lst)
        del lst[a:b:c]
        print("del", lst)
    except Exception as e:
        print(type(e).__name__, e)

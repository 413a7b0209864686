# FOR_ITER / UNPACK_SEQUENCE specializations: a list mutated during iteration, an
# iterator swapped for a generator, tuples and lists of the wrong length.
def grow():
    items = [1, 2, 3]
    seen = 0
    for x in items:
        seen += x
        if len(items) < 2000:
            items.append(x + 1)
    return seen, len(items)


print("mutated list:", grow())


def shrink():
    items = list(range(3000))
    out = []
    for x in items:
        if x % 2 == 0:
            items.remove(x)
        out.append(x)
    return len(out), out[:5], out[-3:]


print("shrinking list:", shrink())


def gen(n):
    for i in range(n):
        yield i * 2


def consume(sources):
    total = 0
    for src in sources:
        for v in src:
            total += v
    return total


print("iterators:", consume([range(5)] * 400 + [gen(5), (1, 2), [3, 4], iter([5]), "ab" and (6,)] * 300))


def unpack(pairs):
    acc = []
    for p in pairs:
        try:
            a, b = p
            acc.append(a - b)
        except (ValueError, TypeError) as e:
            acc.append(str(e))
    return acc[0], acc[-5:], len(acc)


print("unpack:", unpack([(3, 1)] * 1200 + [[5, 1], (1, 2, 3), [1], "ab", range(2)]))


def unpack3(rows):
    s = 0
    for a, b, c in rows:
        s += a * b + c
    return s


print("unpack3:", unpack3([(1, 2, 3)] * 1100 + [[4, 5, 6]] * 1100 + [(7, 8, 9)]))

def round_robin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iters = alive
print(list(round_robin("ABC", "D", "EF")))
print(list(round_robin(range(3), [], (x * 10 for x in range(4)))))
def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(merge_sorted([1, 4, 7, 10], [2, 3, 8])))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 5])))

"""Generator-heavy pipelines: chained generators, generator expressions, yield from,
send()-driven coroutines and many short-lived generators.

Usage: generators.py [n]   (default 1000000)
"""
import sys


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(it, f):
    for x in it:
        yield f(x)


def filtered(it, pred):
    for x in it:
        if pred(x):
            yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_stats():
    count = total = 0
    biggest = None
    while True:
        x = yield (count, total, biggest)
        count += 1
        total += x
        if biggest is None or x > biggest:
            biggest = x


def tree(depth, label=1):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1)]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    pipeline = filtered(mapped(naturals(n), lambda x: x * x % 1009), lambda v: v & 1)
    s1 = sum(pipeline)
    s2 = sum(a * b - c for a, b, c in windows(naturals(n // 2), 3))
    stats = running_stats()
    next(stats)
    for v in (x % 977 for x in range(n)):
        result = stats.send(v)
    s3 = result
    s4 = sum(flatten(tree(14)))
    s5 = 0
    for i in range(n // 20):
        g = (j for j in range(i % 7))
        s5 += sum(g)
    evens = list(x for x in naturals(n // 4) if x % 2 == 0)
    print(f"checksum: generators n={n} s1={s1} s2={s2} stats={s3} tree={s4} small={s5} evens={len(evens)}")


if __name__ == "__main__":
    main()

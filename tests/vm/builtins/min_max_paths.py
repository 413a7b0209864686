# min()/max() without a key read their arguments, or one list's or tuple's items, in
# place; everything else (keys, defaults, other iterables, subclasses) iterates.
import math


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __gt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Rev({self.v})"


class Shrinker:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst

    def __gt__(self, other):
        if self.lst:
            self.lst.pop()
        return self.v > other.v

    __lt__ = __gt__

    def __repr__(self):
        return f"S({self.v})"


class Boom:
    def __gt__(self, other):
        raise RuntimeError("no order")

    __lt__ = __gt__


class L(list):
    pass


big = 2**80
cases = [
    (3, 1, 2), (1, 1.5), (big, -big, 7), (True, 1, 0.5), ("b", "a", "c"), (2, 2.0),
    (float("nan"), 1.0), (1.0, float("nan")), (-0.0, 0.0), (0.0, -0.0),
    (Rev(1), Rev(5), Rev(3)), ((1, 2), (1, 3)),
]
for c in cases:
    print(repr(min(*c)), repr(max(*c)), repr(min(list(c))), repr(max(tuple(c))),
          repr(min(iter(c))), repr(max(L(c))))
# ties: the first of the equal items
a, b = [1], [1]
print(max(a, b) is a, min([a, b]) is a, max((b, a)) is b)
for fn in (min, max):
    for arg in ([], (), L()):
        try:
            print(fn(arg))
        except ValueError as e:
            print("ValueError", e)
    print(fn([], default="d"), fn((), default=None), fn([5], default=0), fn([3, 9], key=None))
    try:
        fn(1, 2, default=3)
    except TypeError as e:
        print("TypeError", e)
    try:
        fn()
    except TypeError as e:
        print("TypeError", e)
    try:
        fn(5)
    except TypeError as e:
        print("TypeError", e)
    for bad in ((1, "a"), [1, None], (Boom(), Boom())):
        try:
            print(fn(bad) if isinstance(bad, list) else fn(*bad))
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__, e)
    lst = []
    lst.extend(Shrinker(v, lst) for v in (4, 8, 1, 9, 2, 7))
    print(fn(lst), len(lst))
    print(fn([3, 1, 2], key=lambda x: -x), fn("hello"), fn({3: 0, 1: 0}), fn(range(4)))

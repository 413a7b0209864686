# Counter(iterable) and update(): plain tallies, subclasses that override get or
# __setitem__ (their methods must be used), and errors raised mid-way.
from collections import Counter, OrderedDict


c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2))
c.update(x % 3 for x in range(10))
c.update(["a", "a"])
print(sorted(c.items(), key=repr))


class Logged(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


class Defaulted(Counter):
    def get(self, key, default=None):
        return 100 if default == 0 else default


Logged("aba")
print(sorted(Defaulted("xyx").items()))


class Boxes(OrderedDict):
    pass


class Counted(Counter, OrderedDict):
    pass


print(list(Counted("mississippi").items()))
c = Counter({"a": 1.5})
c.update("aa")
print(c)


def items():
    yield 1
    yield 2
    raise ValueError("stopped early")


c = Counter()
try:
    c.update(items())
except ValueError as e:
    print("ValueError:", e, sorted(c.items()))
try:
    Counter([1, [2], 3])
except TypeError as e:
    print("TypeError:", e)
c = Counter({"a": "x"})
try:
    c.update("a")
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)

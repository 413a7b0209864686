class Countdown:
    def __init__(self, start): self.n = start
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
for x in Countdown(3):
    print("loop", x)
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), max(r), 2 in r, sorted(r, reverse=True))
a, b, c2 = Range2(3)
print(a, b, c2)
class NotIter:
    def __iter__(self): return 42
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class Both:
    def __iter__(self): return iter([1, 2])
    def __getitem__(self, i): return "never"
print(list(Both()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)

import custom
from custom import Custom

c = Custom("Ada", "Lovelace", 3)
print(c, c.first, c.last, c.number, c.ratio, c.last_ro)
print(c.name(), c.bump(), c.bump(5), c.number)
print(len(c), c[0], c[2], c[-1], list(c))
c.first = "Grace"
c.number = 4
c.ratio = 0.5
print(repr(c), c.name(), c.ratio)
print(Custom(), Custom(last="X"), Custom.make("Z"))
print(type(c), type(c).__name__, Custom.__module__, Custom.__doc__)
print(Custom.name, Custom.first.__doc__ if hasattr(Custom.first, "__doc__") else None)
print(c == Custom(number=4), c < Custom(number=9), c != c)
print(sorted([Custom(number=3), Custom(number=1), Custom(number=2)]))

class Sub(Custom):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = "extra"

    def name(self):
        return "Sub:" + super().name()

s = Sub("S", "T", 1)
print(s.name(), s.extra, isinstance(s, Custom), s.number, Sub.__mro__)
for attempt in [lambda: setattr(c, "first", 5), lambda: delattr(c, "first"),
                lambda: setattr(c, "last_ro", "x"), lambda: setattr(c, "number", "x"),
                lambda: Custom(1), lambda: Custom("a", "b", "c"), lambda: c[10],
                lambda: c.bump("x"), lambda: c.name(1), lambda: setattr(c, "number", 2**70),
                lambda: delattr(c, "number")]:
    try:
        attempt()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
import gc
del c, s
gc.collect()
print("done")

# The specialized attribute forms under change: properties whose getter raises or is
# replaced, class and module attributes rebound mid-loop, slots emptied, dict-mode
# instances, and bound methods of builtin objects.
import sys


class V:
    scale = 2

    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        if self.x == 13:
            raise ValueError("thirteen")
        return self.x * 2


def doubles(n):
    out = []
    for i in range(n):
        try:
            out.append(V(i).double)
        except ValueError as exc:
            tb = exc.__traceback__
            lines = []
            while tb:
                lines.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            out.append((str(exc), lines))
    return out


print(doubles(15)[10:])
prop = V.__dict__["double"]
prop.__init__(lambda self: "replaced")
print(doubles(3))
V.double = property(lambda self, extra=1: self.x + extra)
print(doubles(3))


def scales(objs):
    return [V.scale + o.x for o in objs]


objs = [V(i) for i in range(4)]
print(scales(objs))
V.scale = 10
print(scales(objs))
V.scale = lambda: 0
print([V.scale() for _ in range(3)])
del V.scale
try:
    scales(objs)
except AttributeError as exc:
    print("AttributeError", exc)

mod = type(sys)("mod")
mod.f = lambda: "f1"
mod.value = 1
seen = []
for i in range(6):
    if i == 3:
        mod.f = lambda: "f2"
        mod.value = 2
    if i == 4:
        mod.extra = 0           # new key: the dict's keys version changes
    seen.append((mod.f(), mod.value))
print(seen)
del mod.value
try:
    for i in range(3):
        mod.value
except AttributeError as exc:
    print("AttributeError", exc)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


ss = [S(i) for i in range(5)]
for i, s in enumerate(ss):
    s.b = i * 10
del ss[3].b
got = []
for s in ss:
    try:
        got.append(s.a + s.b)
    except AttributeError as exc:
        got.append(str(exc))
print(got)

hint = [V(i) for i in range(5)]
for h in hint:
    vars(h)           # dict mode from here on
for round_ in range(3):
    for h in hint:
        h.x = h.x + 1
print([h.x for h in hint], [sorted(vars(h)) for h in hint[:1]])
hint[2].__dict__ = {"y": 1}
try:
    print([h.x for h in hint])
except AttributeError as exc:
    print("AttributeError", exc)

lst = []
for i in range(5):
    lst.append(i)
    lst.extend((i,))
print(lst, [n.bit_length() for n in (1, 255, 1 << 70)])

import heapmod
from heapmod import Vec

print(heapmod.__name__, heapmod.__doc__, heapmod.VERSION, heapmod.instances())
a, b = Vec(1, 2), Vec(y=5)
print(a, b, a + b, a * 2, 3 * b, -a, bool(Vec()), bool(a))
print(len(a), a[0], a[1], a[-1], list(a), tuple(b), a(10))
print(a == Vec(1, 2), a != b, hash(a) == hash(Vec(1.0, 2.0)), {a: 1}[Vec(1, 2)])
print(a.x, a.y, a.norm2(), a.count(), heapmod.instances())
a.x = 7
print(a, Vec.__name__, Vec.__module__, Vec.__doc__, type(a))

class Sub(Vec):
    pass

s = Sub(1, 1)
print(type(s).__name__, s.norm2(), isinstance(s, Vec))
for attempt in [lambda: a[2], lambda: setattr(a, "y", 1), lambda: Vec("x"),
                lambda: a(), lambda: a.count(1), lambda: Vec(1, 2, 3)]:
    try:
        print("no error", attempt())
    except Exception as e:
        print(type(e).__name__, e)

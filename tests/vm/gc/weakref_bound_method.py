# Weak references to bound methods (and weakref.WeakMethod, which is built on them).
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
m = c.bump
fired = []
r = weakref.ref(m, lambda ref: fired.append("method gone"))
print(r() is m, r()(), fired)
del m
print(r() is None, fired)

wm = weakref.WeakMethod(c.bump)
print(wm()(), wm() == c.bump, type(wm()).__name__)
del c
print(wm() is None)
print(weakref.getweakrefcount(Counter().bump))

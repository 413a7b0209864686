class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.radius
except AttributeError as e:
    print("AttributeError", e)
class Sub(Circle):
    @Circle.radius.getter
    def radius(self):
        return self._r * 100
s = Sub(1)
print(s.radius)
s.radius = 2
print(s.radius, s._r)
p = Circle.radius
print(p.fget.__name__, p.fset.__name__, p.fdel, type(p).__name__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return "computed"
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)

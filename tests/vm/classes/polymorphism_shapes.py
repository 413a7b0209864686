import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(4), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes))
print(f"{sum(s.area() for s in shapes):.4f}")
print(max(shapes, key=lambda s: s.area()).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
print([isinstance(s, Rect) for s in shapes])

# Method calls and class-constant reads over a list of instances of several subclasses
# (each overriding the method and setting its own constants), while a class-level counter
# changes on every instantiation: the sites settle on the polymorphic forms instead of
# deoptimizing again and again.
# expect: LOAD_METHOD deopt <= 3
# expect: LOAD_ATTR deopt <= 3


class Shape:
    created = 0
    sides = 0

    def __init__(self, size):
        Shape.created += 1
        self.size = size

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Line(Shape):
    sides = 1


total = 0
for rep in range(300):
    shapes = [Square(i) if i % 3 == 0 else Triangle(i) if i % 3 == 1 else Line(i) for i in range(20)]
    for s in shapes:
        total += s.area() + s.sides
print(total, Shape.created)

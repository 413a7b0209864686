# Arithmetic sites whose operands are sometimes ints and sometimes floats (a vector
# type built from both) settle on the _NUM forms instead of thrashing.
# expect: BINARY_OP deopt <= 10
# expect: BINARY_OP missed <= 600
# expect: BINARY_OP failed <= 40
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def add(self, o):
        return Vec(self.x + o.x, self.y - o.y)


vs = [Vec(1, 2), Vec(0.5, 1.5), Vec(3, 0), Vec(2.0, -1.0)]
total = 0.0
for i in range(20000):
    a, b = vs[i % 4], vs[(i * 3 + 1) % 4]
    total += a.dot(b) + a.add(b).x
print(total)

# Operators of a Python class (vector arithmetic) specialize to BINARY_OP_PY and stay so.
# expect: BINARY_OP as:BINARY_OP_PY >= 3
# expect: BINARY_OP deopt == 0


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)


acc = V(0)
for i in range(3000):
    acc = acc + V(i) - V(1) * 2
print(acc.x)

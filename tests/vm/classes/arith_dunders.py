class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return V(+self.x, +self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __and__(self, o): return V(self.x & o, self.y & o)
    def __or__(self, o): return V(self.x | o, self.y | o)
    def __xor__(self, o): return V(self.x ^ o, self.y ^ o)
    def __divmod__(self, k): return (self // k, self % k)
a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5))
print(-a, +a, abs(a), ~a, a @ b, a << 2, a >> 1, a & 1, a | 8, a ^ 7, divmod(a, 2))
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError", e)

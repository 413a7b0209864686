class Money(float):
    def __repr__(self):
        return f"Money({float(self):.2f})"
    def __add__(self, other):
        return Money(float(self) + float(other))
m = Money(1.5)
print(m, repr(m), m + 2, type(m + 2).__name__, 2 + m, type(2 + m).__name__)
print(m * 2, type(m * 2).__name__, isinstance(m, float), m == 1.5, hash(m) == hash(1.5))
class Pos(float):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-3.25)
print(p, type(p).__name__, p.is_integer(), p.as_integer_ratio())
print(Money("2.125"), float(Money(3)))
print(f"{Money(3.14159):.3f}", str(Money(7)))
print(sorted([Money(2), 1.0, Money(0.5)]))

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o):
        print("Num.__add__", o)
        return Num(self.v + (o.v if isinstance(o, Num) else o)) if isinstance(o, (int, Num)) else NotImplemented
    def __radd__(self, o):
        print("Num.__radd__", o)
        return Num(o + self.v)
    def __rsub__(self, o):
        print("Num.__rsub__", o)
        return Num(o - self.v)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __rpow__(self, o): return Num(o ** self.v)
    def __rmatmul__(self, o): return "rmatmul"
    def __rlshift__(self, o): return Num(o << self.v)
    def __rand__(self, o): return "rand"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
print(Num(1) + 2, 2 + Num(1), 10 - Num(3), 1 / Num(4), 2 ** Num(5), [] @ Num(0), 1 << Num(3), 1 & Num(0), 7 // Num(2), 7 % Num(2))
print(Num(1) + Num(2))
print("x" + Num(1) if False else sum([Num(1), Num(2)], 0))
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__ (subclass wins)", o)
        return Sub(0)
    def __add__(self, o):
        return NotImplemented
print(Num(5) + Sub(6))
class Neither:
    pass
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError", e)
try:
    1 - Neither()
except TypeError as e:
    print("TypeError", e)

class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __imul__(self, o):
        print("__imul__ returns new")
        return Acc(self.v * o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print("__sub__ fallback")
        return Acc(self.v - o)
    def __ipow__(self, o): self.v **= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __imatmul__(self, o): self.v = ("matmul", o); return self
a = Acc(1)
alias = a
a += 5
print(a, a is alias)
a *= 3
print(a, a is alias, alias)
a -= 1
print(a)
b = Acc(2)
b **= 10; print(b)
b //= 3; print(b)
b %= 100; print(b)
b <<= 2; print(b)
b >>= 1; print(b)
b &= 0xF; print(b)
b |= 0x30; print(b)
b ^= 0xFF; print(b)
b /= 4; print(b)
b @= "m"; print(b)
class OnlyAdd:
    def __init__(self): self.n = 0
    def __add__(self, o):
        r = OnlyAdd(); r.n = self.n + o; return r
x = OnlyAdd()
y = x
x += 1
print(x is y, x.n, y.n)

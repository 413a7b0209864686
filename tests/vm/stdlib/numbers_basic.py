import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in (1, True, 2.5, 1j, 'x', None, [1]):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Number), issubclass(float, Integral), issubclass(bool, Integral), issubclass(complex, Real))
print(Integral.__mro__)
print(sorted(Integral.__abstractmethods__))
try:
    Real()
except TypeError as e:
    print(str(e)[:48])
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return MyInt(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return MyInt(~self.v)
    def __hash__(self): return hash(self.v)
m = MyInt(7)
print(isinstance(m, Real), float(m), complex(m), int(m.numerator), m.denominator, int(m.real), m.imag, m.conjugate() == 7, [0, 1, 2, 3, 4, 5, 6, 7, 8][m])
print(int(m - 2), int(10 - m), divmod(m, 2)[0] == 3, bool(m), bool(MyInt(0)))
print(Number.__hash__, numbers.__all__)
